package dyad.cli;

import dyad.batch.CsvTable;
import dyad.batch.Manifest;
import dyad.batch.Failpoint;
import dyad.batch.FigureOutput;
import dyad.batch.Figures;
import dyad.batch.ResultsFolder;
import dyad.batch.RunProgress;
import dyad.batch.RunWriter;
import dyad.chart.AreaChart;
import dyad.chart.IndexChart;
import dyad.chart.RunChartRedraw;
import dyad.chart.WhyChart;
import dyad.check.Fact;
import dyad.check.FactCheck;
import dyad.model.Contributions;
import dyad.model.ExogenousInputs;
import dyad.model.MemoryEstimate;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Language;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad run}: replays a scenario, writes its tables, chart and manifest, and prints the paper check. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Replay a scenario month by month and write the cooperation index as data and charts.",
                "Results go to results/<scenario name>/ (or --out), replacing an earlier run only once the new "
                        + "one is complete: timeseries.csv, summary.csv, paper-check.csv, "
                        + "cooperation-index.png/.svg/.pdf, areas.png/.svg/.pdf (each issue area's index, for a scenario"
                        + " with areas), why.csv and why.png/.svg/.pdf (each rule's push on each side's"
                        + " log-odds of cooperating), scenario.yaml (the scenario as run, to rerun it), manifest.json,"
                        + " datapackage.json (every table's columns, types and units) and, with --all-series,"
                        + " series.csv."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Mixin
    private FigureOptions figureOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<scenario name>).")
    private Path out;

    @Option(names = "--no-check", description = "Skip the check of the scenario's facts and the replays of their twin"
            + " scenarios.")
    private boolean noCheck;

    @Mixin
    private WhyAreaOption whyAreas;

    @Option(names = "--all-series", description = "Also write series.csv: each replication's own cooperation index,"
            + " one row per replication and month (replication, date, cooperation_index), as a sweep's --all-series"
            + " writes each run's.")
    private boolean allSeries;

    @Override
    public Integer call() throws Exception {
        ResolvedScenario resolved = scenarioOptions.resolve(spec.commandLine());
        UnreadSeries.warn(resolved.scenario(), spec);
        List<String> areas = RunChartRedraw.whyAreas(resolved.scenario(), whyAreas.areas, List.of());
        scenarioOptions.checkMemory(MemoryEstimate.ofRun(resolved.scenario(), replays(resolved.scenario(), !noCheck)));
        Path target = out != null ? out : Path.of("results", resolved.scenario().name());
        replayInto(resolved, scenarioOptions.file, target, !noCheck, allSeries, figureOptions.figures(), areas,
                spec.commandLine().getOut());
        return 0;
    }

    /** How many times the run replays its replications: once, and once more for each twin its facts compare it with. */
    static int replays(Scenario scenario, boolean checkFacts) {
        return 1 + (checkFacts ? FactCheck.twins(scenario).size() : 0);
    }

    /**
     * Replays a scenario into a run's results folder, committed only once every file is written, and prints
     * what it did.
     *
     * @param allSeries whether to write each replication's own path too ({@link RunWriter#SERIES})
     * @param figures   the languages and formats of the figures; the first language prints the scorecard
     * @param whyAreas  the ids of the issue areas whose why chart to draw beside the whole agenda's
     */
    static void replayInto(ResolvedScenario resolved, Path scenarioFile, Path target, boolean paperCheck,
                           boolean allSeries, Figures figures, List<String> whyAreas, PrintWriter stdout) throws IOException {
        Scenario scenario = resolved.scenario();
        Language language = figures.first();
        try (ResultsFolder folder = ResultsFolder.open(target, ResultsFolder.Kind.RUN, "--out",
                "dyad run " + scenario.name())) {
            RunProgress progress = RunProgress.forConsole(stdout,
                    (long) replays(scenario, paperCheck) * scenario.replications());
            long started = System.nanoTime();
            // the font and drawing classes load on the other core while the replays run on this one
            dyad.chart.ChartFiles.prepareInBackground();
            ExogenousInputs inputs = ExogenousInputs.of(scenario);
            RunSummary run = Replay.run(scenario, inputs, scenario.seed(), scenario.replications(), progress, true);
            double replaySeconds = (System.nanoTime() - started) / 1e9;
            Path dir = folder.stage();
            Contributions contributions = run.contributions().orElseThrow();
            List<Contributions> byArea = RunWriter.whyByArea(scenario, run);
            // the figures are drawn side by side, each on its own thread, while the facts are checked: each is
            // one chart object, and the bytes of each are the same however the threads interleave
            List<java.util.concurrent.CompletableFuture<Void>> drawings = new java.util.ArrayList<>();
            drawings.add(onItsOwnThread("why-chart", () -> {
                // drawn from the values as written, so that 'dyad chart' draws it again byte for byte from why.csv
                Contributions whole = contributions.map(CsvTable::asWritten);
                for (FigureOutput output : figures.outputs()) {
                    WhyChart.write(scenario, whole, run.replications(), dir, output);
                    for (String area : whyAreas) {
                        WhyChart.writeArea(scenario, area,
                                byArea.get(scenario.areaIndex(area)).map(CsvTable::asWritten), run.replications(), dir,
                                output);
                    }
                }
            }));
            if (scenario.hasAreas()) {
                // drawn from the values as written, so that 'dyad chart' draws it again byte for byte from timeseries.csv
                drawings.add(onItsOwnThread("areas-chart", () -> {
                    for (FigureOutput output : figures.outputs()) {
                        AreaChart.write(scenario, asWritten(run.index()), asWritten(run.areas().orElseThrow().index()),
                                run.replications(), dir, output);
                    }
                }));
            }
            drawings.add(onItsOwnThread("index-chart", () -> {
                for (FigureOutput output : figures.outputs()) {
                    IndexChart.write(scenario, run, dir, output);
                }
            }));
            List<Fact> facts;
            try {
                facts = paperCheck ? FactCheck.check(scenario, run, progress) : List.of();
                RunWriter.writeTimeseries(dir.resolve(RunWriter.TIMESERIES), scenario, inputs, run);
                RunWriter.writeSummary(dir.resolve(RunWriter.SUMMARY), scenario, run);
                RunWriter.writeWhy(dir.resolve(RunWriter.WHY), scenario, contributions, byArea);
                if (!facts.isEmpty()) {
                    RunWriter.writePaperCheck(dir.resolve(RunWriter.PAPER_CHECK), facts);
                }
                if (allSeries) {
                    RunWriter.writeReplications(dir.resolve(RunWriter.SERIES), scenario, run);
                }
            } catch (RuntimeException | IOException | Error e) {
                // the drawings write into the staged folder: they finish before it is cleaned up
                drawings.forEach(drawing -> drawing.handle((done, failure) -> null).join());
                throw e;
            }
            for (java.util.concurrent.CompletableFuture<Void> drawing : drawings) {
                try {
                    drawing.join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof java.io.UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw e;
                }
            }
            resolved.write(dir.resolve(ResolvedScenario.FILE));
            Manifest.write(dir.resolve("manifest.json"), scenario, scenarioFile, dir.resolve(ResolvedScenario.FILE),
                    paperCheck, allSeries, figures);
            Failpoint.reach("run-staged");
            folder.commit(dir, true);
            stdout.println(dyad.scenario.Texts.of(language).get("run.replayed", scenario.name(),
                    String.valueOf(scenario.replications()), String.valueOf(scenario.months()),
                    String.valueOf(scenario.seed()), String.format(Locale.ROOT, "%.2f", replaySeconds)));
            if (!facts.isEmpty()) {
                Scorecard.print(stdout, facts, language, scenario.reference());
            }
        }
        stdout.println(dyad.scenario.Texts.of(language).get("run.written", displayPath(target)));
        stdout.flush();
    }

    /** A figure written to files. */
    private interface Drawing {
        void draw() throws IOException;
    }

    private static java.util.concurrent.CompletableFuture<Void> onItsOwnThread(String name, Drawing drawing) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                drawing.draw();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, runnable -> new Thread(runnable, name).start());
    }

    private static double[] asWritten(double[] values) {
        return java.util.Arrays.stream(values).map(CsvTable::asWritten).toArray();
    }

    private static double[][] asWritten(double[][] values) {
        return java.util.Arrays.stream(values).map(RunCommand::asWritten).toArray(double[][]::new);
    }

    private static String displayPath(Path path) {
        return path.toString().replace('\\', '/') + "/";
    }

}
