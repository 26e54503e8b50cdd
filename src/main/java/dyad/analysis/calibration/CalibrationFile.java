package dyad.analysis.calibration;

import dyad.scenario.FileKind;
import dyad.batch.SweepLoader;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.model.rules.RuleSet;
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
 * A calibration file: the parts of a sweep file that say what to run (name, description, base scenario,
 * parameters with {@code {min, max}} bounds, replications, seed), the targets the parameters are fitted to and
 * the settings of the search.
 *
 * <pre>
 * targets:
 *   facts: all            # or a list of fact ids; each must pass by at least the margin
 *   margin: 0.05          # a fraction of each fact's scale (see dyad.check.FactSlack)
 *   series:
 *     unga: {file: ../data/x.csv, year: year, value: agreement, of: index, weight: 1}
 * validate: {start: 2002, end: 2007}   # years held out of the series' fit, to judge it on
 * max_evaluations: 300
 * population: 8           # CMA-ES's candidates per generation (default 4 + 3 ln k)
 * sigma: 0.3              # its initial step, as a fraction of each parameter's range
 * </pre>
 *
 * @param sweep  the parameters and runs, read by the sweep loader (its design is never run)
 * @param facts  the facts fitted to, in the scenario's order
 * @param margin by how much each fact must pass
 * @param validation the years held out of every series' fit, or null when the series are fitted on all their years
 * @param source the file as read
 */
public record CalibrationFile(Path file, SweepSpec sweep, List<FactSpec> facts, double margin,
                              List<SeriesTarget> series, ValidationWindow validation, int maxEvaluations,
                              int population, double sigma, YamlValue.Mapping source) {

    /** The name of the calibration file as run, in a results folder. */
    public static final String FILE = "calibration.yaml";
    /** The margin unless the file says. */
    public static final double MARGIN = 0.05;
    /** The budget unless the file says. */
    public static final int MAX_EVALUATIONS = 300;
    /** CMA-ES's initial step unless the file says. */
    public static final double SIGMA = 0.3;
    private static final List<String> OWN_KEYS = List.of("targets", ValidationWindow.KEY, "max_evaluations",
            "population", "sigma");

    public CalibrationFile {
        facts = List.copyOf(facts);
        series = List.copyOf(series);
    }

    public List<String> parameterPaths() {
        return sweep.parameterPaths();
    }

    /** The base scenario's values of the calibrated parameters, in the file's order. */
    public double[] baseValues() {
        return sweep.parameters().stream().mapToDouble(SweepParameter::base).toArray();
    }

    public double[] lower() {
        return sweep.parameters().stream().mapToDouble(SweepParameter::min).toArray();
    }

    public double[] upper() {
        return sweep.parameters().stream().mapToDouble(SweepParameter::max).toArray();
    }

    /**
     * Reads and checks a calibration file, its base scenario and its series' data.
     *
     * @throws BadInputException with the file, line and field of the first problem
     */
    public static CalibrationFile load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        FileKind.CALIBRATION.requireKindOf(tree);
        FileKind.CALIBRATION.rejectUnknownKeys(tree);
        Fields root = new Fields(tree, "");
        if (root.has("scenario")) {
            FileKind.requireScenario(root, root.file("scenario"));
        }
        Location at = tree.location();
        YamlValue.Mapping sweepTree = tree;
        for (String key : OWN_KEYS) {
            sweepTree = sweepTree.without(key);
        }
        // the sweep loader checks the parameters; a random design of one point is never run
        sweepTree = sweepTree.with("design", new YamlValue.Scalar("random", "str", at))
                .with("points", new YamlValue.Scalar("1", "int", at))
                .with("metrics", new YamlValue.Sequence(List.of(new YamlValue.Scalar("mean_index", "str", at)), at));
        SweepSpec sweep;
        try {
            sweep = SweepLoader.load(file, sweepTree);
        } catch (BadInputException e) {
            if (e.problem().startsWith(SweepLoader.WHOLE_NUMBER)) {
                throw new BadInputException(e.location(), e.field(), SweepLoader.WHOLE_NUMBER + ": CMA-ES searches"
                        + " fractions, so it cannot be calibrated; fix it in the scenario or sweep it instead");
            }
            throw e;
        }
        Fields parameters = root.mapping("parameters");
        for (SweepParameter parameter : sweep.parameters()) {
            checkParameter(parameters, parameter);
        }
        Scenario base = ScenarioLoader.template(sweep.scenarioFile()).bind(Map.of());
        RuleSet.STANDARD.check(base);

        Fields targets = root.mapping("targets");
        double margin = targets.number("margin", MARGIN, 0, 0.5);
        List<FactSpec> facts = targets.has("facts") ? facts(targets, base) : List.of();
        List<SeriesTarget> series = new ArrayList<>();
        if (targets.has("series")) {
            Fields entries = targets.mapping("series");
            entries.acceptAllKeys();
            List<Path> dataRoots = List.of(folderOf(file), folderOf(sweep.scenarioFile()));
            for (String id : entries.keys()) {
                if (!id.matches("[A-Za-z0-9_]+")) {
                    throw new BadInputException(entries.locationOf(id), entries.pathOf(id),
                            "a series' name may hold only letters, digits and '_'");
                }
                series.add(SeriesTarget.load(entries.mapping(id), id, base, dataRoots));
            }
        }
        targets.rejectUnknownKeys();
        if (facts.isEmpty() && series.isEmpty()) {
            throw root.error("targets", "name at least one target: 'facts: all', a list of fact ids, or a series");
        }
        ValidationWindow validation = root.has(ValidationWindow.KEY) ? ValidationWindow.read(root, series) : null;
        if (validation != null) {
            series.replaceAll(target -> target.holdingOut(validation));
        }
        int maxEvaluations = (int) root.integer("max_evaluations", MAX_EVALUATIONS, 10, 100_000);
        int population = (int) root.integer("population",
                CmaesSearch.defaultPopulation(sweep.parameters().size()), 2, 10_000);
        double sigma = root.number("sigma", SIGMA, 0.001, 1);
        return new CalibrationFile(file, sweep, facts, margin, series, validation, maxEvaluations, population, sigma,
                tree);
    }

    private static Path folderOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? Path.of("").toAbsolutePath() : folder;
    }

    /** A parameter is fitted within a range that holds its base value, and written back as a scenario's field. */
    private static void checkParameter(Fields parameters, SweepParameter parameter) {
        String path = parameter.path();
        Location at = parameters.locationOf(path);
        String field = parameters.pathOf(path);
        if (!parameter.values().isEmpty()) {
            throw new BadInputException(at, field, "a calibrated parameter is searched within bounds: give {min, max}"
                    + " instead of values");
        }
        if (path.contains("[")) {
            throw new BadInputException(at, field, "a parameter inside a list (such as an event's effects) cannot be"
                    + " written back on its own into the fitted scenario: calibrate agents' fields or other"
                    + " top-level numbers");
        }
        if (!(parameter.max() > parameter.min())) {
            throw new BadInputException(at, field + ".max", "max (" + Fields.format(parameter.max()) + ") must be"
                    + " above min (" + Fields.format(parameter.min()) + "): a calibrated parameter needs room to move");
        }
        if (parameter.base() < parameter.min() || parameter.base() > parameter.max()) {
            throw new BadInputException(at, field, "the base scenario's value " + Fields.format(parameter.base())
                    + " lies outside min " + Fields.format(parameter.min()) + " to max "
                    + Fields.format(parameter.max()) + ": the search starts there, so widen the range");
        }
    }

    /** {@code all} (the facts the scenario expects to hold) or a list of fact ids. */
    private static List<FactSpec> facts(Fields targets, Scenario base) {
        return dyad.analysis.FactChoice.read(targets, "facts", base.facts(), FactSpec::expectedToHold, id -> "the base"
                + " scenario expects fact '" + id + "' to fail: a calibration fits only facts that should pass");
    }

    /**
     * Writes {@code calibration.yaml} into {@code dir}: the file as written, with {@code scenario} naming the
     * resolved base scenario kept beside it, each series' data file copied beside it too, and its seed and
     * replications written out, so that the folder alone repeats the calibration.
     */
    public void writeResolved(Path dir) throws IOException {
        Location at = source.location();
        YamlValue.Mapping resolved = dyad.analysis.ResolvedAnalysisFile.of(source, sweep);
        if (!series.isEmpty()) {
            YamlValue.Mapping targets = (YamlValue.Mapping) source.entries().get("targets");
            YamlValue.Mapping entries = (YamlValue.Mapping) targets.entries().get("series");
            for (SeriesTarget target : series) {
                String copy = target.file().getFileName().toString();
                // written anew rather than copied, so that it gets the user's usual permissions, not the source's
                Files.write(dir.resolve(copy), Files.readAllBytes(target.file()));
                dyad.batch.DataPackage.copied(dir.resolve(copy), "the outside series the calibration fits, as given",
                        List.of(dyad.batch.Column.integer(target.yearColumn(), "the year"),
                                dyad.batch.Column.number(target.valueColumn(), "the value of outside series "
                                        + target.id() + " in the year", null)));
                YamlValue.Mapping entry = (YamlValue.Mapping) entries.entries().get(target.id());
                entries = entries.with(target.id(), entry.with("file", new YamlValue.Scalar(copy, "str", at)));
            }
            resolved = resolved.with("targets", targets.with("series", entries));
        }
        Files.writeString(dir.resolve(FILE), YamlWriter.write(resolved, "Calibration " + sweep.name() + " as run;"
                + " its base scenario, with everything it extends and reads, is " + ResolvedScenario.FILE
                + ". dyad calibrate this file (with --out) to repeat it."), StandardCharsets.UTF_8);
    }
}
