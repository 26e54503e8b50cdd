package dyad.cli;

import dyad.analysis.calibration.Calibration;
import dyad.analysis.calibration.CalibrationFile;
import dyad.analysis.calibration.CalibrationOutputs;
import dyad.analysis.calibration.CalibrationOutputs.ValueSet;
import dyad.analysis.calibration.LinearLink;
import dyad.analysis.calibration.SeriesTarget;
import dyad.analysis.calibration.ValidationWindow;
import dyad.batch.Failpoint;
import dyad.batch.Manifest;
import dyad.batch.ResultsFolder;
import dyad.chart.CalibrationChart;
import dyad.scenario.Fields;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad calibrate}: fits a scenario's parameters to its facts and to outside series by CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit chosen parameters of a scenario to targets: its facts, each to pass by a margin, and"
                + " outside yearly series through a linear link (fitted on the years outside the file's 'validate'"
                + " window, if any, and judged on those inside it). CMA-ES searches within the file's bounds;"
                + " every candidate is replayed on the file's seed and replications (common random numbers), so the"
                + " same file gives the same bytes on any number of threads.",
                "Writes fitted.csv, trace.csv, targets.csv, the trace chart, <name>-fitted.yaml (a scenario that"
                        + " extends the base with the fitted values), the calibration and base scenario as run and"
                        + " manifest.json to results/<name>/ (or --out)."})
final class CalibrateCommand implements Callable<Integer> {

    /** How often progress is printed, at most. */
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Calibration file (YAML).")
    private Path file;

    @Mixin
    private DataFolderOption dataFolders = new DataFolderOption();

    @Mixin
    private FigureOptions figures = new FigureOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<the file's"
            + " name>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to replay each candidate's replications on"
            + " (default: all cores); the results do not depend on it.")
    private Integer threads;

    @Option(names = "--quiet", description = "Print no progress.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        dataFolders.grant();
        int threadCount = SweepCommand.checkThreads(spec.commandLine(), threads);
        CalibrationFile calibration = CalibrationFile.load(file);
        String name = calibration.sweep().name();
        Path dir = out != null ? out : Path.of("results", name);
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario base = ScenarioLoader.template(calibration.sweep().scenarioFile()).bind(Map.of());
        long started = System.nanoTime();
        Calibration done;
        try (ResultsFolder folder = ResultsFolder.open(dir, ResultsFolder.Kind.CALIBRATION, "--out",
                "dyad calibrate " + name)) {
            ExecutorService pool = Executors.newFixedThreadPool(threadCount, task -> {
                Thread thread = new Thread(task, "dyad-calibrate");
                thread.setDaemon(true);
                return thread;
            });
            try {
                done = Calibration.run(calibration, pool, threadCount, quiet ? Calibration.Listener.NONE
                        : progress(stdout, calibration, started));
            } finally {
                pool.shutdownNow();
            }
            Path staging = folder.stage();
            CalibrationOutputs.writeFitted(done, staging);
            CalibrationOutputs.writeTrace(done, staging);
            CalibrationOutputs.writeTargets(done, staging);
            CalibrationOutputs.writeFittedScenario(done, base, staging, dir);
            for (dyad.batch.FigureOutput output : figures.figures().outputs()) {
                CalibrationChart.write(done, base, staging, output);
            }
            calibration.writeResolved(staging);
            ResolvedScenario.of(calibration.sweep().scenarioFile()).write(staging.resolve(ResolvedScenario.FILE));
            Manifest.writeJson(staging.resolve("manifest.json"), manifest(calibration, done, figures.figures()));
            Failpoint.reach("calibrate-staged");
            folder.commit(staging, true);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!quiet) {
            for (String line : summary(done, seconds, threadCount)) {
                stdout.println(line);
            }
        }
        stdout.printf("Results written to %s/%n", dir.toString().replace('\\', '/'));
        stdout.flush();
        return 0;
    }

    private static Calibration.Listener progress(PrintWriter stdout, CalibrationFile calibration, long started) {
        long[] last = {started};
        return (evaluation, score, best) -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_NANOS) {
                last[0] = now;
                stdout.printf(Locale.ROOT, "  evaluation %d of %d: best objective %.4f (%.0f s)%n", evaluation,
                        calibration.maxEvaluations(), best.total(), (now - started) / 1e9);
                stdout.flush();
            }
        };
    }

    /** The console's summary: the search, the fitted values, the targets before and after, the speed. */
    static List<String> summary(Calibration done, double seconds, int threadCount) {
        CalibrationFile file = done.file();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Calibration %s: %d candidates, %d runs on %d thread%s in %.1f s"
                        + " (%.0f runs/s)", file.sweep().name(), done.trace().size(), done.runs(), threadCount,
                threadCount == 1 ? "" : "s", seconds, done.runs() / Math.max(seconds, 1e-9)));
        lines.add(String.format(Locale.ROOT, "  objective %.4f as given, %.4f fitted", done.base().total(),
                done.fitted().total()));
        List<String> paths = file.parameterPaths();
        for (int i = 0; i < paths.size(); i++) {
            lines.add(String.format(Locale.ROOT, "  %-40s %s -> %s  [%s, %s]", paths.get(i),
                    Fields.format(round(file.baseValues()[i])), Fields.format(round(done.fitted().values()[i])),
                    Fields.format(file.lower()[i]), Fields.format(file.upper()[i])));
        }
        if (!file.facts().isEmpty()) {
            long basePass = done.baseHolds().stream().filter(b -> b).count();
            long fittedPass = done.fittedHolds().stream().filter(b -> b).count();
            long baseMargin = java.util.Arrays.stream(done.base().factTerms()).filter(t -> t == 0).count();
            long fittedMargin = java.util.Arrays.stream(done.fitted().factTerms()).filter(t -> t == 0).count();
            lines.add(String.format(Locale.ROOT, "  facts passing: %d of %d as given (%d by the margin %s), %d fitted"
                            + " (%d by the margin)", basePass, file.facts().size(), baseMargin,
                    Fields.format(file.margin()), fittedPass, fittedMargin));
        }
        List<String> warnings = new ArrayList<>();
        for (int s = 0; s < file.series().size(); s++) {
            SeriesTarget target = file.series().get(s);
            if (target.heldOut() == null) {
                LinearLink base = CalibrationOutputs.linkOf(done.base(), s);
                LinearLink fitted = CalibrationOutputs.linkOf(done.fitted(), s);
                lines.add(String.format(Locale.ROOT, "  series %s: R² %.3f as given, %.3f fitted (%d years)",
                        target.id(), base == null ? Double.NaN : base.r2(),
                        fitted == null ? Double.NaN : fitted.r2(), target.years().size()));
                continue;
            }
            String fittingYears = ValidationWindow.ranges(target.fittingYears());
            String heldOutYears = ValidationWindow.ranges(target.heldOutYears());
            lines.add(String.format(Locale.ROOT, "  series %s: link fitted on %s (%d years), held out %s (%d years)",
                    target.id(), fittingYears, target.fittingYears().size(), heldOutYears,
                    target.heldOutYears().size()));
            for (ValueSet set : ValueSet.values()) {
                LinearLink link = CalibrationOutputs.linkOf(set.of(done), s);
                LinearLink.HeldOut heldOut = CalibrationOutputs.heldOutOf(set.of(done), s);
                double fitR2 = link == null ? Double.NaN : link.r2();
                lines.add(String.format(Locale.ROOT, "    %-9s R² %.3f on %s, %.3f on %s held out; RMSE %s and %s",
                        set.spoken(), fitR2, fittingYears, heldOut.r2(), heldOutYears,
                        link == null ? "NA" : Fields.significant(link.rmse()),
                        Double.isNaN(heldOut.rmse()) ? "NA" : Fields.significant(heldOut.rmse())));
                if (link != null && heldOut.muchWorseThan(link)) {
                    warnings.add(String.format(Locale.ROOT, "  Warning: series %s, %s: the link fitted on %s"
                                    + " predicts the held-out %s much worse than it fits its own years (R² %.3f"
                                    + " against %.3f), so the R² on the years fitted overstates how well the model"
                                    + " follows the series.", target.id(),
                            set == ValueSet.HAND_SET ? "values as given" : "fitted values", fittingYears,
                            heldOutYears, heldOut.r2(), fitR2));
                }
            }
        }
        lines.addAll(warnings);
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    private static Map<String, Object> manifest(CalibrationFile calibration, Calibration done, dyad.batch.Figures figures)
            throws java.io.IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("dyad_version", dyad.Version.current());
        manifest.put("kind", "calibration");
        manifest.put("name", calibration.sweep().name());
        manifest.put("calibration_file", calibration.file().toString().replace('\\', '/'));
        manifest.put("calibration_sha256", Manifest.sha256(calibration.file()));
        manifest.put("scenario_file", calibration.sweep().scenarioFile().toString().replace('\\', '/'));
        manifest.put("scenario_sha256", Manifest.sha256(calibration.sweep().scenarioFile()));
        List<Object> series = new ArrayList<>();
        for (var target : calibration.series()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", target.id());
            entry.put("file", target.file().toString().replace('\\', '/'));
            entry.put("sha256", Manifest.sha256(target.file()));
            series.add(entry);
        }
        manifest.put("series", series);
        if (calibration.validation() != null) {
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("start", calibration.validation().first());
            window.put("end", calibration.validation().last());
            manifest.put("validate", window);
        }
        manifest.put("seed", calibration.sweep().seed());
        manifest.put("replications", calibration.sweep().replications());
        manifest.put("max_evaluations", calibration.maxEvaluations());
        manifest.put("population", calibration.population());
        manifest.put("sigma", calibration.sigma());
        manifest.put("margin", calibration.margin());
        manifest.put("evaluations", done.trace().size());
        manifest.put("runs", done.runs());
        manifest.put("objective_base", done.base().total());
        manifest.put("objective_fitted", done.fitted().total());
        manifest.put("fitted_scenario", CalibrationOutputs.fittedScenarioFile(calibration));
        manifest.put("resolved_scenario", ResolvedScenario.FILE);
        manifest.put("resolved_calibration", CalibrationFile.FILE);
        manifest.put(dyad.batch.Figures.KEY, figures.toManifest());
        return manifest;
    }
}
