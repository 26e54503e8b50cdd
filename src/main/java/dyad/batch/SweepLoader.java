package dyad.batch;

import dyad.batch.design.Design;
import dyad.check.PaperCheck;
import dyad.check.Window;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.ParameterPath;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioException;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a sweep file, including that every parameter exists in the base scenario and its range is allowed there. */
public final class SweepLoader {

    static final int MAX_RUNS = 100_000_000;

    private SweepLoader() {
    }

    public static SweepSpec load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        Fields root = new Fields(tree, "");
        String name = root.string("name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.error("name", "'" + name + "' cannot be used as a folder name: use letters, digits, '.', '_' and '-'");
        }
        String description = root.string("description", "");
        Path base = file.getParent() == null ? Path.of(root.string("scenario"))
                : file.getParent().resolve(root.string("scenario")).normalize();
        if (!Files.isRegularFile(base)) {
            throw root.error("scenario", "the base scenario was not found: " + base);
        }
        Scenario scenario = ScenarioLoader.load(base);
        YamlValue.Mapping scenarioTree = ScenarioLoader.tree(base);

        String designName = root.string("design", "grid");
        if (!Design.NAMES.contains(designName)) {
            throw root.error("design", "'" + designName + "' is not one of " + String.join(", ", Design.NAMES));
        }
        int points = designName.equals("grid") ? 0 : (int) root.integer("points", 1, 1_000_000);
        if (designName.equals("grid") && root.has("points")) {
            throw root.error("points", "a grid has as many points as combinations of values; remove 'points'");
        }
        int replications = (int) root.integer("replications", 1, 1, 1_000_000);
        long seed = root.integer("seed", 1, 0, Long.MAX_VALUE);

        Fields parameterFields = root.mapping("parameters");
        parameterFields.acceptAllKeys();
        List<SweepParameter> parameters = new ArrayList<>();
        for (String path : parameterFields.keys()) {
            parameters.add(bindParameter(parameterFields, path, designName, scenarioTree, base));
        }
        if (parameters.isEmpty()) {
            throw root.error("parameters", "name at least one parameter to vary");
        }
        Design design = Design.of(designName, points);
        // counted, not laid out: a grid of a few parameters with many steps can have more points than memory
        long pointCount = design.pointCount(parameters);
        if (pointCount > MAX_RUNS / replications) {
            String runs = pointCount > Long.MAX_VALUE / replications ? "more than " + Long.MAX_VALUE
                    : String.valueOf(pointCount * replications);
            throw root.error("replications", "the sweep has " + runs + " runs (" + pointCount + " points x "
                    + replications + (replications == 1 ? " replication" : " replications") + "), more than "
                    + MAX_RUNS + ": use fewer points or replications");
        }

        Set<MetricGroup> metrics = EnumSet.allOf(MetricGroup.class);
        if (root.has("metrics")) {
            metrics = EnumSet.noneOf(MetricGroup.class);
            List<YamlValue> items = root.list("metrics");
            for (int i = 0; i < items.size(); i++) {
                String field = root.pathOf("metrics") + "[" + i + "]";
                String text = Fields.parseText(items.get(i), field);
                List<String> names = java.util.Arrays.stream(MetricGroup.values()).map(MetricGroup::key).toList();
                if (!names.contains(text)) {
                    throw new ScenarioException(items.get(i).location(), field, "'" + text + "' is not one of "
                            + String.join(", ", names) + Fields.suggestion(text, names));
                }
                metrics.add(MetricGroup.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        Map<String, Window> windows = new LinkedHashMap<>();
        if (root.has("windows")) {
            Fields windowFields = root.mapping("windows");
            windowFields.acceptAllKeys();
            for (String id : windowFields.keys()) {
                Fields window = windowFields.mapping(id);
                YearMonth start = window.month("start");
                YearMonth end = window.month("end");
                window.rejectUnknownKeys();
                if (end.isBefore(start) || start.isBefore(scenario.start()) || end.isAfter(scenario.end())) {
                    throw new ScenarioException(window.location(), window.path(), "the window " + start + " to " + end
                            + " must lie inside the scenario's period " + scenario.start() + " to " + scenario.end());
                }
                if (!id.matches("[A-Za-z0-9_]+")) {
                    throw new ScenarioException(windowFields.locationOf(id), windowFields.pathOf(id),
                            "window names may hold only letters, digits and '_'");
                }
                windows.put(id, new Window(start, end));
            }
        }
        if (windows.isEmpty() && PaperCheck.ASSERTIVE_YEARS.within(scenario)) {
            windows.put("2004_2007", PaperCheck.ASSERTIVE_YEARS);
        }
        boolean pairedLowOil = root.bool("paired_low_oil", false);
        if (pairedLowOil && scenario.oilPriceSeries().isEmpty()) {
            throw root.error("paired_low_oil", "the base scenario has no oil price to hold low");
        }
        String chartMetric = null;
        List<Integer> fanPoints = new ArrayList<>();
        if (root.has("chart")) {
            Fields chart = root.mapping("chart");
            chartMetric = chart.string("metric", null);
            if (chart.has("fan_points")) {
                List<YamlValue> items = chart.list("fan_points");
                for (int i = 0; i < items.size(); i++) {
                    String field = chart.pathOf("fan_points") + "[" + i + "]";
                    double point = Fields.parseNumber(items.get(i), field);
                    if (point != Math.rint(point) || point < 0) {
                        throw new ScenarioException(items.get(i).location(), field, "a point is a whole number from 0");
                    }
                    fanPoints.add((int) point);
                }
            }
            chart.rejectUnknownKeys();
        }
        root.rejectUnknownKeys();
        SweepSpec spec = new SweepSpec(name, description, file, base, design, parameters, replications, seed,
                metrics, windows, pairedLowOil, chartMetric, fanPoints);
        checkChartChoices(spec, scenario, root);
        return spec;
    }

    private static void checkChartChoices(SweepSpec spec, Scenario scenario, Fields root) {
        long points = spec.design().pointCount(spec.parameters());
        for (int point : spec.fanPoints()) {
            if (point >= points) {
                throw new ScenarioException(root.location(), "chart.fan_points",
                        "point " + point + " does not exist: the sweep has points 0 to " + (points - 1));
            }
        }
        if (spec.chartMetric() != null) {
            List<String> names = RunMetrics.names(spec, scenario);
            if (!names.contains(spec.chartMetric())) {
                throw new ScenarioException(root.location(), "chart.metric", "'" + spec.chartMetric()
                        + "' is not a metric of this sweep; its metrics are " + String.join(", ", names));
            }
        }
    }

    /** A suggestion from the keys beside the first step of the path that the scenario lacks. */
    private static String nearestPath(YamlValue.Mapping tree, String path) {
        int cut = path.lastIndexOf('.');
        while (cut > 0) {
            String parent = path.substring(0, cut);
            if (ParameterPath.get(tree, parent).orElse(null) instanceof YamlValue.Mapping mapping) {
                String rest = path.substring(cut + 1);
                String step = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                String hint = Fields.suggestion(step, mapping.entries().keySet());
                return hint.startsWith("; did you mean") ? "; did you mean '" + parent + "." + hint.substring(
                        "; did you mean '".length()) : "";
            }
            cut = parent.lastIndexOf('.');
        }
        return "";
    }

    private static SweepParameter bindParameter(Fields all, String path, String design, YamlValue.Mapping scenarioTree,
                                                Path base) {
        Location at = all.locationOf(path);
        String field = "parameters." + path;
        if (!ParameterPath.isValid(path)) {
            throw new ScenarioException(at, field, "not a parameter path: write it like agents.russia.oil_dependence");
        }
        YamlValue current = ParameterPath.get(scenarioTree, path).orElseThrow(() -> new ScenarioException(at, field,
                "the base scenario " + base + " has no value at this path; a swept parameter must be written there"
                        + nearestPath(scenarioTree, path)));
        if (!(current instanceof YamlValue.Scalar scalar) || !("int".equals(scalar.tag()) || "float".equals(scalar.tag()))) {
            throw new ScenarioException(at, field, "the base scenario's value at this path is not a number");
        }
        Fields parameter = all.mapping(path);
        List<Double> values = new ArrayList<>();
        double min = Double.NaN;
        double max = Double.NaN;
        int steps = 0;
        if (parameter.has("values")) {
            List<YamlValue> items = parameter.list("values");
            for (int i = 0; i < items.size(); i++) {
                values.add(Fields.parseNumber(items.get(i), parameter.pathOf("values") + "[" + i + "]"));
            }
            if (values.isEmpty()) {
                throw parameter.error("values", "give at least one value");
            }
        } else {
            min = parameter.number("min", -Double.MAX_VALUE, Double.MAX_VALUE);
            max = parameter.number("max", -Double.MAX_VALUE, Double.MAX_VALUE);
            if (max < min) {
                throw parameter.error("max", "max (" + max + ") is below min (" + min + ")");
            }
            if (design.equals("grid")) {
                steps = (int) parameter.integer("steps", 1, 10_000);
            }
        }
        parameter.rejectUnknownKeys();
        SweepParameter bound = new SweepParameter(path, values, min, max, steps);
        List<Double> extremes = values.isEmpty() ? List.of(min, max) : values;
        for (double value : extremes) {
            try {
                ScenarioLoader.load(base, Map.of(path, value));
            } catch (ScenarioException e) {
                throw new ScenarioException(at, field, "the value " + value + " is not allowed in the scenario: "
                        + e.getMessage());
            }
        }
        return bound;
    }
}
