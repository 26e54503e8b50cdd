package dyad.batch;

import dyad.batch.design.Design;
import dyad.batch.design.MorrisDesign;
import dyad.check.FactCheck;
import dyad.scenario.Window;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.ParameterPath;
import dyad.scenario.Scenario;
import dyad.scenario.Text;
import dyad.scenario.BadInputException;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a sweep file, including that every parameter exists in the base scenario and its range is allowed there. */
public final class SweepLoader {

    /** How a message about a whole-number parameter starts, so that an analysis file can say what it needs. */
    public static final String WHOLE_NUMBER = "a whole-number field";
    static final int MAX_RUNS = 100_000_000;
    static final int MAX_POINTS = 1_000_000;
    static final int MAX_PARAMETERS = 100;
    /** The columns runs.csv has besides the parameters and metrics, which no metric may be named after. */
    static final Set<String> RUNS_COLUMNS = Set.of("point", "replication", "seed", "status", "error");

    private SweepLoader() {
    }

    public static SweepSpec load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        dyad.scenario.FileKind.SWEEP.requireKindOf(tree);
        return load(file, tree);
    }

    /**
     * Reads a sweep from {@code tree}, as if it were the text of {@code file} (whose folder relative paths start
     * from, and which messages name with the tree's own lines): for files that hold a sweep among other keys.
     */
    public static SweepSpec load(Path file, YamlValue.Mapping tree) {
        Fields root = new Fields(tree, "");
        String name = root.string("name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.error("name", "'" + name + "' cannot be used as a folder name: use letters, digits, '.', '_' and '-'");
        }
        String description = root.string("description", "");
        Path base = root.file("scenario");
        if (!Files.isRegularFile(base)) {
            throw root.error("scenario", "the base scenario was not found: " + base);
        }
        dyad.scenario.FileKind.requireScenario(root, base);
        ScenarioLoader.Template template = ScenarioLoader.template(base);
        Scenario scenario = template.bind(Map.of());

        String designName = root.string("design", "grid");
        if (!Design.NAMES.contains(designName)) {
            throw root.error("design", "'" + designName + "' is not one of " + String.join(", ", Design.NAMES));
        }
        boolean grid = designName.equals("grid");
        int points = grid ? 0 : (int) root.integer("points", designName.equals("saltelli")
                || designName.equals("morris") ? 2 : 1, MAX_POINTS);
        if (grid && root.has("points")) {
            throw root.error("points", "a grid has as many points as combinations of values; remove 'points'");
        }
        int levels = designName.equals("morris") ? (int) root.integer("levels", MorrisDesign.LEVELS, 2, 100)
                : MorrisDesign.LEVELS;
        if (levels % 2 != 0) {
            throw root.error("levels", "Morris's levels must be even (the usual 4), not " + levels);
        }
        int replications = (int) root.integer("replications", 1, 1_000_000);
        long seed = root.integer("seed", 0, Long.MAX_VALUE);

        Fields parameterFields = root.mapping("parameters");
        parameterFields.acceptAllKeys();
        List<SweepParameter> parameters = new ArrayList<>();
        for (String path : parameterFields.keys()) {
            parameters.add(ChoiceLoader.isChoice(path) ? ChoiceLoader.bind(parameterFields, path, base, scenario)
                    : bindParameter(parameterFields, path, designName, template, base));
        }
        if (parameters.isEmpty()) {
            throw root.error("parameters", "name at least one parameter to vary");
        }
        if (parameters.size() > MAX_PARAMETERS) {
            throw root.error("parameters", "a sweep varies at most " + MAX_PARAMETERS + " parameters, not "
                    + parameters.size());
        }
        for (SweepParameter parameter : parameters) {
            if (designName.equals("morris") && parameter.isChoice() && parameter.choice().size() > levels) {
                // Morris's grid of p levels reaches at most p of a choice's levels
                throw new BadInputException(parameterFields.locationOf(parameter.path()), "parameters."
                        + parameter.path(), "a choice of " + parameter.choice().size() + " levels needs Morris's"
                        + " levels to be at least as many, not " + levels + ": write levels: "
                        + (parameter.choice().size() + parameter.choice().size() % 2));
            }
        }
        Design design = Design.of(designName, points, levels);
        long pointCount = grid ? gridSize(parameters, replications, root) : design.pointCount(parameters);
        if (!grid && pointCount > MAX_POINTS) {
            throw root.error("points", "the " + designName + " design of " + points + " gives " + pointCount
                    + " points for " + parameters.size() + " parameters, more than " + MAX_POINTS);
        }
        long runs = pointCount * replications;
        if (runs > MAX_RUNS) {
            throw root.error("replications", "the sweep has " + runs + " runs, more than " + MAX_RUNS);
        }

        Set<MetricGroup> metrics = bindMetrics(root, scenario);
        Map<String, Window> windows = bindWindows(root, scenario);
        if (root.has("paired_low_oil")) {
            throw root.error("paired_low_oil", "paired low-oil runs are now the twins of the scenario's facts:"
                    + " write 'twins: true' to replay every run on each twin scenario its facts name");
        }
        boolean twins = root.bool("twins", false);
        if (twins && FactCheck.twins(scenario).isEmpty()) {
            throw root.error("twins", "the base scenario's facts name no twin scenario to replay");
        }

        String chartMetric = null;
        Location chartMetricAt = null;
        List<Integer> fanPoints = new ArrayList<>();
        if (root.has("chart")) {
            Fields chart = root.mapping("chart");
            chartMetric = chart.string("metric", null);
            chartMetricAt = chartMetric == null ? null : chart.value("metric").location();
            if (chart.has("fan_points")) {
                fanPoints = bindFanPoints(chart, pointCount);
            }
            chart.rejectUnknownKeys();
        }
        Map<String, Text> metricLabels = new LinkedHashMap<>();
        Fields labelFields = root.has("labels") ? root.mapping("labels") : null;
        if (labelFields != null) {
            labelFields.acceptAllKeys();
            for (String metric : labelFields.keys()) {
                metricLabels.put(metric, label(labelFields, metric));
            }
        }
        root.rejectUnknownKeys();
        SweepSpec spec = new SweepSpec(name, description, file, base, design, parameters, replications, seed,
                metrics, windows, twins, chartMetric, fanPoints, metricLabels, tree);
        checkMetricNames(spec, scenario, root, chartMetricAt);
        if (parameters.stream().anyMatch(SweepParameter::isChoice)) {
            ChoiceLoader.check(spec, scenario);
        }
        if (labelFields != null) {
            checkLabelledMetrics(spec, scenario, labelFields);
        }
        return spec;
    }

    /**
     * The number of points of a full grid, found without listing them: a mistyped steps could ask for billions. A
     * grid's points are computed from their index, never held, so it is bounded by its runs alone; whether a
     * process has the memory for it is checked before it runs ({@link SweepMemory}).
     */
    private static long gridSize(List<SweepParameter> parameters, int replications, Fields root) {
        long size = 1;
        for (SweepParameter parameter : parameters) {
            size *= parameter.values().isEmpty() ? parameter.steps() : parameter.values().size();
            if (size > MAX_RUNS / replications) {
                throw root.error("parameters", String.format(java.util.Locale.ROOT, "the grid has at least %,d"
                        + " points, which with %d replication%s is more than the %,d runs a sweep may have", size,
                        replications, replications == 1 ? "" : "s", MAX_RUNS));
            }
        }
        return size;
    }

    private static Set<MetricGroup> bindMetrics(Fields root, Scenario scenario) {
        if (!root.has("metrics")) {
            return MetricGroup.defaults();
        }
        Set<MetricGroup> metrics = EnumSet.noneOf(MetricGroup.class);
        List<YamlValue> items = root.list("metrics");
        List<String> names = java.util.Arrays.stream(MetricGroup.values()).map(MetricGroup::key).toList();
        if (items.isEmpty()) {
            throw root.error("metrics", "name at least one metric group: " + String.join(", ", names)
                    + " (or leave 'metrics' out to record all but " + String.join(", ", MetricGroup.ONLY_WHEN_NAMED
                    .stream().map(MetricGroup::key).toList()) + ")");
        }
        for (int i = 0; i < items.size(); i++) {
            String field = root.pathOf("metrics") + "[" + i + "]";
            String text = Fields.parseText(items.get(i), field);
            if (!names.contains(text)) {
                throw new BadInputException(items.get(i).location(), field, "'" + text + "' is not one of "
                        + String.join(", ", names) + Fields.didYouMean(text, names));
            }
            MetricGroup group = MetricGroup.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            if (MetricGroup.BY_AREA.contains(group) && !scenario.hasAreas()) {
                throw new BadInputException(items.get(i).location(), field, "'" + text + "' records each issue area,"
                        + " but the base scenario declares no areas ('areas' at its top)");
            }
            metrics.add(group);
        }
        return metrics;
    }

    private static Map<String, Window> bindWindows(Fields root, Scenario scenario) {
        Map<String, Window> windows = new LinkedHashMap<>();
        if (root.has("windows")) {
            Fields windowFields = root.mapping("windows");
            windowFields.acceptAllKeys();
            for (String id : windowFields.keys()) {
                Fields window = windowFields.mapping(id);
                YearMonth start = window.month("start");
                YearMonth end = window.month("end");
                window.rejectUnknownKeys();
                if (end.isBefore(start)) {
                    throw new BadInputException(window.value("start").location(), window.pathOf("start"), "the window"
                            + " starts (" + start + ") after it ends (" + end + "): start must be on or before end");
                }
                if (start.isBefore(scenario.start()) || end.isAfter(scenario.end())) {
                    throw new BadInputException(window.location(), window.path(), "the window " + start + " to " + end
                            + " must lie inside the scenario's period " + scenario.start() + " to " + scenario.end());
                }
                if (!id.matches("[A-Za-z0-9_]+")) {
                    throw new BadInputException(windowFields.locationOf(id), windowFields.pathOf(id),
                            "window names may hold only letters, digits and '_'");
                }
                windows.put(id, new Window(start, end));
            }
        }
        return windows;
    }

    private static List<Integer> bindFanPoints(Fields chart, long pointCount) {
        List<Integer> fanPoints = new ArrayList<>();
        List<YamlValue> items = chart.list("fan_points");
        for (int i = 0; i < items.size(); i++) {
            String field = chart.pathOf("fan_points") + "[" + i + "]";
            Location at = items.get(i).location();
            double point = Fields.parseNumber(items.get(i), field);
            if (point != Math.rint(point) || point < 0) {
                throw new BadInputException(at, field, "a point is a whole number from 0");
            }
            if (point >= pointCount) {
                throw new BadInputException(at, field, "point " + Fields.format(point)
                        + " does not exist: the sweep has points 0 to " + (pointCount - 1));
            }
            if (fanPoints.contains((int) point)) {
                throw new BadInputException(at, field, "point " + (int) point + " is listed twice");
            }
            fanPoints.add((int) point);
        }
        return fanPoints;
    }

    /** The metric groups must give this scenario at least one metric, each under its own name. */
    private static void checkMetricNames(SweepSpec spec, Scenario scenario, Fields root, Location chartMetricAt) {
        List<String> names = RunMetrics.names(spec, scenario);
        String where = root.has("metrics") ? "metrics" : "windows";
        if (names.isEmpty()) {
            throw root.error(where, "the metric groups named give no metric for this scenario (it has no"
                    + " windows, phases or facts to record): add mean_index");
        }
        Map<String, String> factOfMetric = new HashMap<>();
        RunMetrics.facts(spec, scenario)
                .forEach(fact -> factOfMetric.putIfAbsent(RunMetrics.factMetric(fact), fact.id()));
        Set<String> seen = new HashSet<>(RUNS_COLUMNS);
        for (String metric : names) {
            if (seen.add(metric)) {
                continue;
            }
            String what = RUNS_COLUMNS.contains(metric) ? "a column of runs.csv" : "another metric's name";
            if (factOfMetric.containsKey(metric)) {
                throw root.error(root.has("metrics") ? "metrics" : "scenario", "the scenario's fact '"
                        + factOfMetric.get(metric) + "' would be recorded as '" + metric + "', which is already " + what
                        + ": rename the fact in the scenario, or leave 'facts' out of 'metrics'");
            }
            if (areaMetrics(spec, scenario).contains(metric)) {
                throw root.error(where, "two metrics would be called '" + metric + "' (an issue area's metric and"
                        + " another, named from the ids of areas, agents and windows): rename an area in the"
                        + " scenario or a window here");
            }
            throw root.error(root.has("windows") ? "windows" : where, "two metrics would be called '" + metric
                    + "' (a window and a phase, or two phases whose ids differ only in case or '-'): rename one");
        }
        if (spec.chartMetric() != null && !names.contains(spec.chartMetric())) {
            throw new BadInputException(chartMetricAt, "chart.metric", "'" + spec.chartMetric()
                    + "' is not a metric of this sweep" + Fields.didYouMeanThen(spec.chartMetric(), names,
                    "its metrics are " + Fields.listed(names)));
        }
    }

    /** The metrics the area groups the sweep names give the scenario. */
    private static Set<String> areaMetrics(SweepSpec spec, Scenario scenario) {
        Set<String> names = new HashSet<>();
        for (dyad.scenario.IssueArea area : scenario.areas()) {
            if (spec.metrics().contains(MetricGroup.AREA_INDEX)) {
                names.add(RunMetrics.areaIndexMetric(area));
                spec.windows().keySet().forEach(window -> names.add(RunMetrics.areaIndexMetric(area, window)));
            }
            for (dyad.scenario.AgentSpec agent : spec.metrics().contains(MetricGroup.AREA_SHARES)
                    ? scenario.agents() : List.<dyad.scenario.AgentSpec>of()) {
                names.add(RunMetrics.areaShareMetric(agent, area));
                spec.windows().keySet().forEach(window -> names.add(RunMetrics.areaShareMetric(agent, area, window)));
            }
        }
        return names;
    }

    /**
     * A label the charts show: a text, or a mapping of language tags to texts ({@code {en: ..., zh-TW: ...}}),
     * none of them empty.
     */
    static Text label(Fields fields, String key) {
        Text text = fields.text(key);
        if (text.all().stream().anyMatch(String::isBlank)) {
            throw fields.error(key, "a label cannot be empty: write the words the charts should show, or leave"
                    + " the label out for the one Dyad derives from the scenario");
        }
        return text;
    }

    /** Every metric given a label must be one the sweep records. */
    private static void checkLabelledMetrics(SweepSpec spec, Scenario scenario, Fields labels) {
        List<String> names = RunMetrics.names(spec, scenario);
        for (String metric : labels.keys()) {
            if (!names.contains(metric)) {
                throw new BadInputException(labels.locationOf(metric), labels.pathOf(metric), "'" + metric
                        + "' is not a metric of this sweep" + Fields.didYouMeanThen(metric, names, "its metrics are "
                        + Fields.listed(names) + " (a parameter's label goes under the parameter: {min: ..., max:"
                        + " ..., label: ...})"));
            }
        }
    }

    /**
     * A suggestion from the keys beside the first step of the path that the scenario lacks: those it writes and
     * those it leaves at their defaults.
     */
    private static String nearestPath(YamlValue.Mapping tree, Map<String, Double> defaults, String path) {
        int cut = path.lastIndexOf('.');
        while (cut > 0) {
            String parent = path.substring(0, cut);
            java.util.Set<String> beside = new java.util.TreeSet<>();
            if (ParameterPath.get(tree, parent).orElse(null) instanceof YamlValue.Mapping mapping) {
                beside.addAll(mapping.entries().keySet());
            }
            for (String known : defaults.keySet()) {
                if (known.startsWith(parent + ".")) {
                    String after = known.substring(parent.length() + 1);
                    beside.add(after.split("[.\\[]", 2)[0]);
                }
            }
            if (!beside.isEmpty()) {
                String rest = path.substring(cut + 1);
                String step = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                String hint = Fields.didYouMean(step, beside);
                return hint.isEmpty() ? "" : "; did you mean '" + parent + "." + hint.substring(
                        "; did you mean '".length());
            }
            cut = parent.lastIndexOf('.');
        }
        return "";
    }

    /**
     * The numbers a sweep may add to its base scenario, by path, with their defaults: the fields the scenario
     * leaves out, and every rule's weight (0) of every agent that writes no value for it.
     */
    static Map<String, Double> defaults(ScenarioLoader.Template template) {
        Map<String, Double> defaults = new java.util.LinkedHashMap<>(template.defaults());
        if (ParameterPath.get(template.tree(), "agents").orElse(null) instanceof YamlValue.Mapping agents) {
            for (String agent : agents.entries().keySet()) {
                for (String rule : dyad.model.rules.RuleSet.STANDARD.keys()) {
                    defaults.putIfAbsent("agents." + agent + ".weights." + rule, 0.0);
                }
            }
        }
        return defaults;
    }

    private static SweepParameter bindParameter(Fields all, String path, String design,
                                                ScenarioLoader.Template template, Path base) {
        Location at = all.locationOf(path);
        String field = "parameters." + path;
        if (!ParameterPath.isValid(path)) {
            throw new BadInputException(at, field, "not a parameter path: write it like"
                    + " agents.<agent id>.oil_dependence or events.<event id>.effects[0].change (or 'scenario' or"
                    + " events.<event id> for a choice)");
        }
        YamlValue.Mapping scenarioTree = template.tree();
        YamlValue current = ParameterPath.get(scenarioTree, path).orElse(null);
        if (current == null) {
            // a field the scenario leaves at its default is swept from that default, and written in by the sweep
            Map<String, Double> defaults = defaults(template);
            Double fallback = defaults.get(path);
            if (fallback == null) {
                throw new BadInputException(at, field, "the base scenario " + base + " has no parameter at this path"
                        + " (neither written nor with a default)" + nearestPath(scenarioTree, defaults, path));
            }
            current = new YamlValue.Scalar(Fields.format(fallback), fallback == Math.rint(fallback) ? "int" : "float",
                    at);
        }
        if (!(current instanceof YamlValue.Scalar scalar) || !("int".equals(scalar.tag()) || "float".equals(scalar.tag()))) {
            throw new BadInputException(at, field, "the base scenario's value at this path is not a number");
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
                throw parameter.error("max", "max (" + Fields.format(max) + ") is below min (" + Fields.format(min) + ")");
            }
            if (!Double.isFinite(max - min)) {
                throw parameter.error("max", "the range from min to max is too wide to divide");
            }
            if (design.equals("grid")) {
                steps = (int) parameter.integer("steps", 1, 10_000);
            }
        }
        Text label = parameter.has("label") ? label(parameter, "label") : null;
        parameter.rejectUnknownKeys();
        SweepParameter bound = new SweepParameter(path, values, min, max, steps, label,
                Fields.parseNumber(scalar, field));
        if (template.takesWholeNumbers(path)) {
            requireWholeNumbers(bound, design, at, field);
        }
        List<Double> extremes = values.isEmpty() ? List.of(min, max) : values;
        for (double value : extremes) {
            try {
                template.bind(Map.of(path, value));
            } catch (BadInputException e) {
                throw new BadInputException(at, field, "the value " + Fields.format(value)
                        + " is not allowed in the scenario: " + e.getMessage());
            }
        }
        return bound;
    }

    /**
     * A whole-number field (such as {@code issues_per_month} or an effect's {@code hold_months}) is swept
     * over whole numbers only: a grid's or list's values are checked one by one, and a sampled range, whose
     * draws are fractions, is refused rather than rounded, so that every point is a value the user wrote.
     */
    private static void requireWholeNumbers(SweepParameter parameter, String design, Location at, String field) {
        String problem = WHOLE_NUMBER + ", but ";
        if (parameter.values().isEmpty() && !design.equals("grid")) {
            throw new BadInputException(at, field, problem + "the " + design + " design draws fractions from min to"
                    + " max: list its values ({values: [1, 2, 3]}) or use a grid whose steps are whole numbers");
        }
        for (double value : parameter.gridValues()) {
            if (value != Math.rint(value)) {
                throw new BadInputException(at, field, problem + (parameter.values().isEmpty()
                        ? "the grid from " + Fields.format(parameter.min()) + " to " + Fields.format(parameter.max())
                                + " in " + parameter.steps() + " steps gives " + Fields.format(value)
                                + ": choose min, max and steps so that every step is a whole number"
                        : Fields.format(value) + " is not a whole number"));
            }
        }
    }
}
