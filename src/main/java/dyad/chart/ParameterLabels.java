package dyad.chart;

import dyad.scenario.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a sweep's parameters and points in chart text, by their labels, with as many decimals as the values
 * shown need to be told apart.
 */
final class ParameterLabels {

    private static final int MIN_DECIMALS = 2;
    private static final int MAX_DECIMALS = 6;

    private final List<String> paths;
    private final List<String> labels;
    private final List<List<String>> levels;
    private final Texts texts;
    private final int[] decimals;

    /**
     * @param labels the parameters' labels, in the order of their paths
     * @param values the parameter values of the points shown, which set the decimals of each parameter
     */
    ParameterLabels(List<String> paths, List<String> labels, Texts texts, List<double[]> values) {
        this(paths, labels, java.util.Collections.nCopies(paths.size(), null), texts, values);
    }

    /** @param levels each choice's levels in words, by the parameter's position; null for a number */
    ParameterLabels(List<String> paths, List<String> labels, List<List<String>> levels, Texts texts,
                    List<double[]> values) {
        this.paths = List.copyOf(paths);
        this.labels = List.copyOf(labels);
        this.levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
        this.texts = texts;
        this.decimals = new int[paths.size()];
        for (int j = 0; j < decimals.length; j++) {
            int column = j;
            decimals[j] = Decimals.needed(values.stream().map(v -> v[column]).toList(), MIN_DECIMALS, MAX_DECIMALS);
        }
    }

    /** The labels of a sweep's results, for the values of these points. */
    static ParameterLabels of(SweepResults results, List<double[]> values) {
        List<List<String>> levels = new ArrayList<>();
        for (int j = 0; j < results.parameters().size(); j++) {
            levels.add(results.labels().levels(j));
        }
        return new ParameterLabels(results.parameters(), results.labels().parameters(), levels,
                results.labels().texts(), values);
    }

    /** Whether the parameter is a choice, whose values are its levels' indices. */
    boolean isChoice(int parameter) {
        return levels.get(parameter) != null;
    }

    /** A choice's levels in words. */
    List<String> levels(int parameter) {
        return levels.get(parameter);
    }

    /** An axis label: the parameter's label. */
    String axisLabel(int parameter) {
        return labels.get(parameter);
    }

    /** The last segment of the path, safe in a file name. */
    String fileName(int parameter) {
        String path = paths.get(parameter);
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]+", "_");
    }

    /** A value in words: a number with the parameter's decimals, or a choice's level. */
    String value(int parameter, double value) {
        if (isChoice(parameter)) {
            return levels.get(parameter).get((int) value);
        }
        return Decimals.format(value, decimals[parameter]);
    }

    /** The values of a parameter, formatted. */
    List<String> values(int parameter, List<Double> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(value(parameter, v)));
        return texts;
    }

    /** A parameter with its value in words, e.g. "Russia: oil dependence 0.10". */
    String withValue(int parameter, double value) {
        if (isChoice(parameter)) {
            // a scenario file's title says what it is; an event's level needs the event
            return paths.get(parameter).equals(dyad.batch.SweepChoice.SCENARIO) ? value(parameter, value)
                    : texts.get("sweep.choice.value", labels.get(parameter), value(parameter, value));
        }
        return texts.get("sweep.value", labels.get(parameter), value(parameter, value));
    }

    /** A parameter with the base scenario's value, with as many decimals as the scenario writes (up to six). */
    String withBaseValue(int parameter, double value) {
        if (isChoice(parameter)) {
            return withValue(parameter, value);
        }
        int shown = Math.max(decimals[parameter], Math.min(MAX_DECIMALS, Decimals.of(value)));
        return texts.get("sweep.value", labels.get(parameter), Decimals.format(value, shown));
    }

    /** Parameters with their values, e.g. "Russia: oil dependence 0.10, United States: weight of containment 0.00". */
    List<String> withValues(double[] values) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            parts.add(withValue(j, values[j]));
        }
        return parts;
    }

    /** Texts joined as a list in the language: "a, b, c". */
    String joined(List<String> parts) {
        return String.join(separator(), parts);
    }

    /**
     * A prefix and texts joined as a list, in lines no wider than {@code width} (unless one text alone is), each
     * broken after a separator.
     */
    List<String> wrapped(String prefix, List<String> parts, TextMetrics metrics, double width) {
        String separator = separator();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        boolean started = false;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i) + (i + 1 < parts.size() ? separator : "");
            if (started && metrics.width((line + part).strip()) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(part);
            started = true;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** What separates the items of a list in the language: ", " or "；". */
    private String separator() {
        return texts.get("sweep.pair", "", "");
    }
}
