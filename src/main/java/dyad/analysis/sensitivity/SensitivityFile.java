package dyad.analysis.sensitivity;

import dyad.scenario.FileKind;
import dyad.batch.MetricGroup;
import dyad.batch.RunMetrics;
import dyad.batch.SweepLoader;
import dyad.batch.SweepSpec;
import dyad.scenario.BadInputException;
import dyad.scenario.FactSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.ParameterPath;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A sensitivity file: a sweep file (name, scenario, parameters with ranges, windows, replications, seed, labels)
 * without {@code design} and {@code points}, plus the outputs to analyse and the method, which sets the design:
 * {@code sobol} (Saltelli's sampling, {@code base_samples} base rows, {@code bootstrap} resamples for the 95 %
 * intervals) or {@code morris} ({@code trajectories} on {@code levels} levels).
 *
 * @param sweep     the sweep that evaluates the design, with common random numbers
 * @param outputs   the metrics analysed, each a metric of the sweep
 * @param method    how the indices are estimated
 * @param bootstrap resamples of the Sobol indices' intervals
 * @param source    the file as read
 */
public record SensitivityFile(SweepSpec sweep, List<String> outputs, Method method, int bootstrap,
                              YamlValue.Mapping source) {

    /** How the indices are estimated, and the design that serves each. */
    public enum Method {
        /** First-order and total Sobol indices on Saltelli's design. */
        SOBOL("saltelli", "base_samples"),
        /** Morris's elementary effects on trajectories. */
        MORRIS("morris", "trajectories");

        private final String design;
        private final String size;

        Method(String design, String size) {
            this.design = design;
            this.size = size;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The most bootstrap resamples. */
    public static final int MAX_BOOTSTRAP = 100_000;
    /** The resamples unless the file says. */
    public static final int BOOTSTRAP = 1000;
    private static final List<String> OWN_KEYS = List.of("outputs", "method", "base_samples", "trajectories",
            "bootstrap");

    /** The name of the resolved sensitivity file in a results folder. */
    public static final String FILE = "sensitivity.yaml";

    public SensitivityFile {
        outputs = List.copyOf(outputs);
    }

    /**
     * Writes {@code sensitivity.yaml} into {@code dir}: the file as written, with {@code scenario} naming the
     * {@code scenario.yaml} that the sweep's results keep beside it, and its seed and replications written out.
     */
    public void writeResolved(Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve(FILE), resolvedText(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text of {@code sensitivity.yaml}, as {@link #writeResolved} writes it. */
    public String resolvedText() {
        YamlValue.Mapping resolved = dyad.analysis.ResolvedAnalysisFile.of(source, sweep);
        return dyad.scenario.YamlWriter.write(resolved, "Sensitivity"
                + " analysis " + sweep.name() + " as run; its base scenario, with everything it extends and reads, is "
                + dyad.scenario.ResolvedScenario.FILE + ". dyad sensitivity this file (with --out) to reproduce the"
                + " results.");
    }

    /**
     * Reads and checks a sensitivity file and the sweep it makes.
     *
     * @throws BadInputException with the file, line and field of the first problem
     */
    public static SensitivityFile load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        FileKind.SENSITIVITY.requireKindOf(tree);
        Fields root = new Fields(tree, "");
        for (String key : List.of("design", "points")) {
            if (root.has(key)) {
                throw root.error(key, "a sensitivity file's method sets the design and its points: remove '" + key
                        + "' and give 'method' (sobol with base_samples, or morris with trajectories)");
            }
        }
        FileKind.SENSITIVITY.rejectUnknownKeys(tree);
        if (root.has("scenario")) {
            FileKind.requireScenario(root, root.file("scenario"));
        }
        List<String> methods = Arrays.stream(Method.values()).map(Method::key).toList();
        String methodName = root.string("method");
        if (!methods.contains(methodName)) {
            throw root.error("method", "'" + methodName + "' is not one of " + String.join(", ", methods)
                    + Fields.didYouMean(methodName, methods));
        }
        Method method = Method.valueOf(methodName.toUpperCase(java.util.Locale.ROOT));
        for (Method other : Method.values()) {
            if (other != method && root.has(other.size)) {
                throw root.error(other.size, "'" + other.size + "' belongs to the " + other.key() + " method; the "
                        + method.key() + " method takes '" + method.size + "'");
            }
        }
        long size = root.integer(method.size, 2, 1_000_000);
        if (method == Method.SOBOL && root.has("levels")) {
            throw root.error("levels", "'levels' belongs to the morris method");
        }
        if (method == Method.MORRIS && root.has("bootstrap")) {
            throw root.error("bootstrap", "Morris's effects have no bootstrap intervals here: remove 'bootstrap'");
        }
        int bootstrap = (int) root.integer("bootstrap", BOOTSTRAP, 10, MAX_BOOTSTRAP);
        List<YamlValue> items = root.list("outputs");
        if (items.isEmpty()) {
            throw root.error("outputs", "name at least one output: a metric of the sweep, such as mean_index");
        }
        Location at = tree.location();
        YamlValue.Mapping sweepTree = tree;
        for (String key : OWN_KEYS) {
            sweepTree = sweepTree.without(key);
        }
        sweepTree = sweepTree.with("design", new YamlValue.Scalar(method.design, "str", at))
                .with("points", new YamlValue.Scalar(Long.toString(size), "int", root.value(method.size).location()));
        boolean allGroups = !tree.entries().containsKey("metrics");
        if (allGroups) {
            sweepTree = withGroups(sweepTree, false, at);
        }
        SweepSpec sweep = loadSweep(file, sweepTree, method);
        Scenario scenario = ScenarioLoader.template(sweep.scenarioFile()).bind(Map.of());
        if (allGroups && scenario.hasAreas()) {
            // the area groups only for a scenario that has areas, which only the loaded sweep tells
            sweep = loadSweep(file, withGroups(sweepTree, true, at), method);
        }
        List<String> names = RunMetrics.names(sweep, scenario);
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = root.pathOf("outputs") + "[" + i + "]";
            String output = Fields.parseText(items.get(i), field);
            if (!names.contains(output)) {
                throw new BadInputException(items.get(i).location(), field, notAnOutput(output, sweep, scenario,
                        names));
            }
            if (outputs.contains(output)) {
                throw new BadInputException(items.get(i).location(), field, "'" + output + "' is listed twice");
            }
            outputs.add(output);
        }
        return new SensitivityFile(sweep, outputs, method, bootstrap, tree);
    }

    /** The sweep's tree recording every metric group: those by area too, or all but them. */
    private static YamlValue.Mapping withGroups(YamlValue.Mapping sweepTree, boolean byArea, Location at) {
        List<YamlValue> groups = new ArrayList<>();
        for (MetricGroup group : MetricGroup.values()) {
            if (byArea || !MetricGroup.BY_AREA.contains(group)) {
                groups.add(new YamlValue.Scalar(group.key(), "str", at));
            }
        }
        return sweepTree.with("metrics", new YamlValue.Sequence(groups, at));
    }

    private static SweepSpec loadSweep(Path file, YamlValue.Mapping sweepTree, Method method) {
        try {
            return SweepLoader.load(file, sweepTree);
        } catch (BadInputException e) {
            if (e.problem().startsWith(SweepLoader.WHOLE_NUMBER)) {
                throw new BadInputException(e.location(), e.field(), SweepLoader.WHOLE_NUMBER + ", but the "
                        + method.key() + " method draws fractions from min to max: list its values ({values: [4, 8,"
                        + " 12]})");
            }
            throw e;
        }
    }

    /** Why a name is not an output: a fact the sweep does not record, a parameter, or a misspelt metric. */
    private static String notAnOutput(String output, SweepSpec sweep, Scenario scenario, List<String> names) {
        for (FactSpec fact : scenario.facts()) {
            if (RunMetrics.factMetric(fact).equals(output)) {
                boolean twin = !fact.test().twins().isEmpty();
                List<String> missing = new ArrayList<>();
                if (!sweep.metrics().contains(MetricGroup.FACTS)) {
                    missing.add("'facts' to 'metrics'");
                }
                if (twin && !sweep.twins()) {
                    missing.add("'twins: true'");
                }
                return "'" + output + "' is " + (twin ? "a twin fact" : "a fact") + ": add " + String.join(" and ",
                        missing) + " to record it";
            }
        }
        if (sweep.parameterPaths().contains(output) || output.contains(".") && ParameterPath.isValid(output)) {
            return "'" + output + "' is a parameter, not an output: name a metric the sweep records, such as "
                    + names.get(0);
        }
        return "'" + output + "' is not a metric of this sweep" + Fields.didYouMeanThen(output, names,
                "its metrics are " + Fields.listed(names) + " (a window's metrics need the window under 'windows')");
    }
}
