package dyad.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/** Names a sweep's parameters and points in chart text, shorter than their full paths where that stays clear. */
final class ParameterLabels {

    private static final int MIN_DECIMALS = 2;
    private static final int MAX_DECIMALS = 6;

    private final List<String> paths;
    private final int[] decimals;

    /** @param values the parameter values of the points shown, which set the decimals of each parameter */
    ParameterLabels(List<String> paths, List<double[]> values) {
        this.paths = List.copyOf(paths);
        this.decimals = new int[paths.size()];
        for (int j = 0; j < decimals.length; j++) {
            int column = j;
            decimals[j] = Decimals.needed(values.stream().map(v -> v[column]).toList(), MIN_DECIMALS, MAX_DECIMALS);
        }
    }

    /** An axis label: the path without its first segment ("agents", "events"), which every path shares. */
    String axisLabel(int parameter) {
        String path = paths.get(parameter);
        String[] segments = path.split("\\.");
        return segments.length < 3 ? path : String.join(".", Arrays.copyOfRange(segments, 1, segments.length));
    }

    /** The shortest ending of the path, by segments, that no other parameter's path has. */
    String shortName(int parameter) {
        String[] segments = paths.get(parameter).split("\\.");
        for (int n = 1; n < segments.length; n++) {
            String suffix = String.join(".", Arrays.copyOfRange(segments, segments.length - n, segments.length));
            if (paths.stream().filter(p -> p.equals(suffix) || p.endsWith("." + suffix)).count() == 1) {
                return suffix;
            }
        }
        return paths.get(parameter);
    }

    /** The last segment of the path, safe in a file name. */
    String fileName(int parameter) {
        String path = paths.get(parameter);
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]+", "_");
    }

    String value(int parameter, double value) {
        return Decimals.format(value, decimals[parameter]);
    }

    /** The values of a parameter, formatted. */
    List<String> values(int parameter, List<Double> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(value(parameter, v)));
        return texts;
    }

    /** A point by its number and parameter values, e.g. "point 3: oil_dependence 0.10, containment 0.00". */
    String point(int point, double[] values) {
        StringJoiner text = new StringJoiner(", ", "point " + point + ": ", "");
        for (int j = 0; j < values.length; j++) {
            text.add(shortName(j) + " " + value(j, values[j]));
        }
        return text.toString();
    }
}
