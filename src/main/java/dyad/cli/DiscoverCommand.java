package dyad.cli;

import dyad.analysis.Condition;
import dyad.analysis.Discovery;
import dyad.analysis.SweepTable;
import dyad.batch.Manifest;
import dyad.batch.ResultsFolder;
import dyad.chart.DiscoverChart;
import dyad.chart.DiscoveredBox;
import dyad.scenario.BadInputException;
import dyad.scenario.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad discover}: which parameter values of a finished sweep give a condition on its metrics (PRIM). */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery on a finished sweep: find the box of parameter values where a condition on"
                + " the metrics holds (PRIM, the patient rule induction method), and say it in words.",
                "Results go to results/<sweep name>-discover/ (or --out): trajectory.csv, box.csv,"
                        + " trajectory.png/.svg/.pdf and manifest.json."})
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A finished sweep's results folder, e.g. results/quick.")
    private Path results;

    @Option(names = "--where", required = true, paramLabel = "EXPR",
            description = "The condition, e.g. \"mean_index_2004_2007 < -0.5 and sf4 == 1\": metric < number (or <=, >,"
                    + " >=, ==, !=), combined with and, or, not and parentheses.")
    private String where;

    @Option(names = "--table", paramLabel = "TABLE",
            description = "The table whose rows are classified: runs (runs.csv, default) or points (points.csv, whose"
                    + " metrics are named <metric>_mean and so on); in the results of 'dyad futures', futures"
                    + " (futures.csv, default there: which drawn series and events lead to a state, e.g."
                    + " --where \"confrontation_any == 1\").")
    private String table;

    @Option(names = "--threshold", paramLabel = "SHARE", defaultValue = "0.8",
            description = "Choose the largest box on the trajectory whose density is at least this (default 0.8).")
    private double threshold;

    @Option(names = "--box", paramLabel = "STEP", description = "Choose this step of the trajectory instead.")
    private Integer box;

    @Option(names = "--alpha", paramLabel = "SHARE", defaultValue = "0.05",
            description = "The share of the box's rows each peel cuts off (default 0.05).")
    private double alpha;

    @Option(names = "--min-support", paramLabel = "SHARE", defaultValue = "0.05",
            description = "The smallest share of all rows a box may keep (default 0.05).")
    private double minSupport;

    @Option(names = "--paste", description = "Widen the chosen box again while that keeps its density (pasting).")
    private boolean paste;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<sweep name>-discover).")
    private Path out;

    @Mixin
    private FigureOptions figureOptions;

    @Override
    public Integer call() throws Exception {
        share("--alpha", alpha, 0.5);
        share("--min-support", minSupport, 1);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be above 0 and at most 1, not " + threshold);
        }
        if (box != null && box < 0) {
            throw new ParameterException(spec.commandLine(), "--box must be 0 or more, not " + box);
        }
        ResultsFolder.Kind kind = ResultsFolder.kindOfExisting(results, "RESULTS");
        boolean futures = kind == ResultsFolder.Kind.FUTURES;
        SweepTable.Which which = switch (table == null ? (futures ? "futures" : "runs") : table) {
            case "runs" -> SweepTable.Which.RUNS;
            case "points" -> SweepTable.Which.POINTS;
            case "futures" -> {
                if (!futures) {
                    throw new ParameterException(spec.commandLine(), "--table futures goes with the results of"
                            + " 'dyad futures'; " + results + " holds " + kind.article());
                }
                yield SweepTable.Which.FUTURES;
            }
            default -> throw new ParameterException(spec.commandLine(), "--table must be runs or points (or futures, in"
                    + " the results of 'dyad futures'), not '" + table + "'");
        };
        if (kind != ResultsFolder.Kind.SWEEP && !futures) {
            throw new BadInputException(null, "RESULTS", results + " holds the results of " + kind.article()
                    + ", not a sweep: give the folder of a finished 'dyad sweep' or 'dyad futures'");
        }
        // finishes a commit that a killed process left half done, so that what is read is the latest result
        try (ResultsFolder folder = ResultsFolder.open(results, kind, "RESULTS", "dyad discover")) {
            if (folder.files().isEmpty()) {
                throw new BadInputException(null, "RESULTS", kind.unfinished(results));
            }
        }
        SweepTable sweep = SweepTable.open(results, which);
        Condition condition = Condition.parse(where, sweep.metrics(), sweep::hint, "--where", which.file());
        Discovery discovery = Discovery.of(sweep, condition, new Discovery.Options(alpha, minSupport, threshold, box,
                paste));
        DiscoveredBox box = DiscoveredBox.of(discovery, figureOptions.first());
        Path target = out != null ? out : Path.of("results", sweep.sweep() + "-discover");
        try (ResultsFolder folder = ResultsFolder.open(target, ResultsFolder.Kind.DISCOVER, "--out",
                "dyad discover " + sweep.sweep())) {
            Path dir = folder.stage();
            discovery.write(dir);
            for (dyad.batch.FigureOutput output : figureOptions.figures().outputs()) {
                DiscoverChart.write(DiscoveredBox.of(discovery, output.language()), dir, output);
            }
            Map<String, Object> manifest = manifest(discovery);
            manifest.put(dyad.batch.Figures.KEY, figureOptions.figures().toManifest());
            Manifest.writeJson(dir.resolve("manifest.json"), manifest);
            folder.commit(dir, true);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Texts texts = box.texts();
        for (String line : words(box)) {
            stdout.println(line);
        }
        stdout.println(texts.get("discover.written", target.toString().replace('\\', '/') + "/"));
        stdout.flush();
        return 0;
    }

    /** The chosen box in words: coverage, density and support, then each restriction with its quasi-p-value. */
    static List<String> words(DiscoveredBox box) {
        Discovery discovery = box.discovery();
        Texts texts = box.texts();
        List<String> lines = new java.util.ArrayList<>();
        if (discovery.options().step() == null && !discovery.pasted()
                && discovery.box().density() < discovery.options().threshold()) {
            lines.add(texts.get("discover.notReached", DiscoverChart.percent(discovery.options().threshold())));
        }
        lines.add(box.summary());
        List<String> restrictions = box.restrictions();
        if (restrictions.isEmpty()) {
            lines.add("  " + texts.get("discover.noRestriction"));
        }
        restrictions.forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static Map<String, Object> manifest(Discovery discovery) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("dyad_version", dyad.Version.current());
        manifest.put("sweep", discovery.table().sweep());
        manifest.put("table", discovery.table().file().toString().replace('\\', '/'));
        manifest.put("where", discovery.condition().text());
        manifest.put("alpha", discovery.options().alpha());
        manifest.put("min_support", discovery.options().minSupport());
        manifest.put("threshold", discovery.options().threshold());
        manifest.put("box", discovery.options().step());
        manifest.put("paste", discovery.pasted());
        manifest.put("rows", discovery.rows());
        manifest.put("rows_where_condition_holds", discovery.hits());
        manifest.put("rows_left_out", discovery.skipped());
        manifest.put("chosen_step", discovery.chosen());
        manifest.put("coverage", discovery.box().coverage());
        manifest.put("density", discovery.box().density());
        manifest.put("support", discovery.box().support());
        return manifest;
    }

    private void share(String option, double value, double most) {
        if (!(value > 0 && value < most)) {
            throw new ParameterException(spec.commandLine(), option + " must be above 0 and below " + DiscoveredBox.number(most)
                    + ", not " + value);
        }
    }
}
