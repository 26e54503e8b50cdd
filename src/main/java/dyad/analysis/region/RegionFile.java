package dyad.analysis.region;

import dyad.scenario.FileKind;
import dyad.batch.MetricGroup;
import dyad.batch.PointsTable;
import dyad.batch.RunMetrics;
import dyad.batch.SweepLoader;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.BadInputException;
import dyad.scenario.FactSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A region file: a sweep file (name, scenario, parameters as uniform priors {@code {min, max}}, replications,
 * seed, windows, labels) without {@code design}, {@code points}, {@code metrics} and {@code twins}, plus
 * {@code samples} (draws from the priors, laid out by the {@code sampling} design), the {@code facts} a draw must
 * satisfy ({@code all} or a list of ids) and {@code accept}, what satisfying a fact means at a draw.
 *
 * @param sweep    the sweep that runs the draws, with common random numbers
 * @param facts    the facts a draw must satisfy, in the scenario's order
 * @param accept   what satisfying a fact means
 * @param source   the file as read
 * @param generations the generations of sequential Monte Carlo ({@code sampling: smc}), or 0 for rejection
 */
public record RegionFile(SweepSpec sweep, List<FactSpec> facts, Accept accept, YamlValue.Mapping source,
                         int generations) {

    /**
     * When a draw satisfies a fact: on the mean path of its replications (as {@code dyad run} checks a scenario),
     * or in at least a share of its replications.
     *
     * @param share the least share of replications, or NaN for the mean path
     */
    public record Accept(double share) {

        public static final Accept MEAN_PATH = new Accept(Double.NaN);
        static final String MEAN_PATH_KEY = "mean_path";

        public boolean onMeanPath() {
            return Double.isNaN(share);
        }

        /** The column of points.csv that says whether a fact holds at a point. */
        public String column(FactSpec fact) {
            return RunMetrics.factMetric(fact) + (onMeanPath() ? PointsTable.ON_MEAN_PATH : "_mean");
        }

        /** Whether a fact, whose column has this value at a point, comes out there as its scenario expects. */
        public boolean satisfied(FactSpec fact, double value) {
            boolean holds = onMeanPath() ? value == 1 : value >= share - 1e-9;
            return holds == fact.expectedToHold();
        }
    }

    /** The designs that draw from the priors. */
    public static final List<String> SAMPLINGS = List.of("sobol", "lhs", "random");
    /** The sampling that runs sequential Monte Carlo instead of drawing once from the priors. */
    public static final String SMC = "smc";
    /** Generations of sequential Monte Carlo when the file gives none. */
    public static final int DEFAULT_GENERATIONS = 5;
    /** The name of the resolved region file in a results folder. */
    public static final String FILE = "region.yaml";
    static final String WHOLE_NUMBER = SweepLoader.WHOLE_NUMBER + ": a region's priors are continuous ranges, whose"
            + " draws are fractions, so it cannot be a region parameter; fix it in the scenario, or sweep its values"
            + " with 'dyad sweep'";
    private static final List<String> OWN_KEYS = List.of("samples", "sampling", "facts", "accept",
            "generations");

    public RegionFile {
        facts = List.copyOf(facts);
    }

    /** Whether the file asks for sequential Monte Carlo. */
    public boolean sequential() {
        return generations > 0;
    }

    /** The facts' ids, in order. */
    public List<String> factIds() {
        return facts.stream().map(FactSpec::id).toList();
    }

    /**
     * Writes {@code region.yaml} into {@code dir}: the file as written, with {@code scenario} naming the
     * {@code scenario.yaml} the sweep's results keep beside it, and its seed and replications written out.
     */
    public void writeResolved(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), resolvedText(), StandardCharsets.UTF_8);
    }

    /** The text of {@code region.yaml}, as {@link #writeResolved} writes it. */
    public String resolvedText() {
        YamlValue.Mapping resolved = dyad.analysis.ResolvedAnalysisFile.of(source, sweep);
        return YamlWriter.write(resolved, "Region analysis " + sweep.name()
                + " as run; its base scenario, with everything it extends and reads, is " + ResolvedScenario.FILE
                + ". dyad region this file (with --out) to reproduce the results.");
    }

    /**
     * Reads and checks a region file and the sweep it makes.
     *
     * @throws BadInputException with the file, line and field of the first problem
     */
    public static RegionFile load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        FileKind.REGION.requireKindOf(tree);
        Fields root = new Fields(tree, "");
        for (String key : List.of("design", "points")) {
            if (root.has(key)) {
                throw root.error(key, "a region file draws its points from the priors: remove '" + key
                        + "' and give 'samples' (and 'sampling': " + String.join(", ", SAMPLINGS) + ")");
            }
        }
        if (root.has("metrics")) {
            throw root.error("metrics", "a region file records the facts it checks: remove 'metrics'");
        }
        if (root.has("twins")) {
            throw root.error("twins", "a region file replays the twin scenarios its facts need: remove 'twins'"
                    + " (leave a twin fact out of 'facts' to skip its replays)");
        }
        FileKind.REGION.rejectUnknownKeys(tree);
        long samples = root.integer("samples", 1, 1_000_000);
        String sampling = root.string("sampling", "sobol");
        List<String> samplings = new ArrayList<>(SAMPLINGS);
        samplings.add(SMC);
        if (!samplings.contains(sampling)) {
            throw root.error("sampling", "'" + sampling + "' is not one of " + String.join(", ", SAMPLINGS)
                    + " (draws kept by rejection) or " + SMC + " (sequential Monte Carlo)"
                    + Fields.didYouMean(sampling, samplings));
        }
        boolean sequential = sampling.equals(SMC);
        if (root.has("generations") && !sequential) {
            throw root.error("generations", "only sequential Monte Carlo runs in generations: write 'sampling: "
                    + SMC + "' or remove 'generations'");
        }
        int generations = sequential ? (int) root.integer("generations", DEFAULT_GENERATIONS, 1, 100) : 0;
        Accept accept = accept(root);
        if (sequential && !accept.onMeanPath()) {
            throw root.error("accept", "sequential Monte Carlo measures how far each fact is from holding on the"
                    + " mean path: write 'accept: " + Accept.MEAN_PATH_KEY + "' or remove 'accept'");
        }
        refuseValueLists(root);

        Path scenarioFile = root.file("scenario");
        FileKind.requireScenario(root, scenarioFile);
        Scenario scenario = Files.isRegularFile(scenarioFile) ? ScenarioLoader.template(scenarioFile).bind(Map.of())
                : null;
        List<FactSpec> facts = scenario == null ? List.of() : facts(root, scenario);
        boolean twins = facts.stream().anyMatch(fact -> !fact.test().twins().isEmpty());

        Location at = tree.location();
        YamlValue.Mapping sweepTree = tree;
        for (String key : OWN_KEYS) {
            sweepTree = sweepTree.without(key);
        }
        // sequential Monte Carlo draws its own points; the sweep only checks the parameters and runs nothing
        sweepTree = sweepTree.with("design", new YamlValue.Scalar(sequential ? "random" : sampling, "str", at))
                .with("points", new YamlValue.Scalar(Long.toString(samples), "int", root.value("samples").location()))
                .with("metrics", new YamlValue.Sequence(List.of(new YamlValue.Scalar(MetricGroup.FACTS.key(), "str",
                        at)), at))
                .with("twins", new YamlValue.Scalar(Boolean.toString(twins), "bool", at));
        SweepSpec sweep;
        try {
            sweep = SweepLoader.load(file, sweepTree);
        } catch (BadInputException e) {
            if (e.problem().startsWith(SweepLoader.WHOLE_NUMBER)) {
                throw new BadInputException(e.location(), e.field(), WHOLE_NUMBER);
            }
            throw e;
        }
        for (SweepParameter parameter : sweep.parameters()) {
            if (!(parameter.max() > parameter.min())) {
                Fields parameters = root.mapping("parameters");
                parameters.acceptAllKeys();
                throw parameters.mapping(parameter.path()).error("max", "a prior needs a range: max ("
                        + Fields.format(parameter.max()) + ") must be above min (" + Fields.format(parameter.min())
                        + ")");
            }
        }
        return new RegionFile(sweep, facts, accept, tree, generations);
    }

    private static Accept accept(Fields root) {
        if (!root.has("accept")) {
            return Accept.MEAN_PATH;
        }
        YamlValue value = root.value("accept");
        if (value instanceof YamlValue.Scalar scalar) {
            if (!scalar.text().equals(Accept.MEAN_PATH_KEY)) {
                throw root.error("accept", "'" + scalar.text() + "' is not a way to accept a draw: write '"
                        + Accept.MEAN_PATH_KEY + "' (each fact holds on the mean path of the draw's replications) or"
                        + " {share: 0.5} (each fact holds in at least that share of them)");
            }
            return Accept.MEAN_PATH;
        }
        Fields accept = root.mapping("accept");
        double share = Fields.parseNumber(accept.value("share"), accept.pathOf("share"));
        if (share == 0) {
            throw accept.error("share", "a share of 0 accepts every draw: give a share above 0 and at most 1");
        }
        if (!(share > 0 && share <= 1)) {
            throw accept.error("share", "value " + Fields.format(share) + " is out of range: a share is above 0 and"
                    + " at most 1");
        }
        accept.rejectUnknownKeys();
        return new Accept(share);
    }

    /** Priors are ranges: a list of values would be a prior of its own kind, which the analysis does not know. */
    private static void refuseValueLists(Fields root) {
        if (!root.has("parameters") || !(root.value("parameters") instanceof YamlValue.Mapping)) {
            return;
        }
        Fields parameters = root.mapping("parameters");
        parameters.acceptAllKeys();
        for (String path : parameters.keys()) {
            YamlValue value = parameters.value(path);
            if (value instanceof YamlValue.Mapping mapping && mapping.entries().containsKey("values")) {
                throw new BadInputException(mapping.entries().get("values").location(), "parameters." + path
                        + ".values", "a region's priors are uniform ranges: give {min: ..., max: ...} instead of"
                        + " values");
            }
        }
    }

    private static List<FactSpec> facts(Fields root, Scenario scenario) {
        List<FactSpec> all = scenario.facts();
        if (!root.has("facts")) {
            if (all.isEmpty()) {
                throw root.error("scenario", "the base scenario states no facts, so no draw can tell its story: give"
                        + " it 'facts' (see scenario-format.md)");
            }
            return all;
        }
        return dyad.analysis.FactChoice.read(root, "facts", all, fact -> true, id -> "");
    }
}
