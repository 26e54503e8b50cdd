package dyad.cli;

import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesLoader;
import dyad.analysis.futures.FuturesTable;
import dyad.analysis.futures.Robustness;
import dyad.analysis.futures.StatesTable;
import dyad.analysis.region.Region;
import dyad.analysis.region.RegionFile;
import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.batch.PointRunner;
import dyad.batch.Progress;
import dyad.batch.ResultsFolder;
import dyad.batch.Shard;
import dyad.batch.ShardedSweep;
import dyad.batch.Sweep;
import dyad.batch.SweepMemory;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
import dyad.chart.FuturesCharts;
import dyad.chart.RegionChart;
import dyad.chart.SensitivityChart;
import dyad.batch.FigureOutput;
import dyad.batch.Figures;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The analyses that run on the sweep engine (sensitivity, region by rejection, futures) as shards on a cluster:
 * one shard of an analysis's runs into {@code DIR/shards/k}, and what the merge writes besides the sweep's tables
 * (the indices, region or futures tables, their charts and the resolved analysis file), as the analysis in one
 * process writes them.
 */
final class AnalysisShards {

    private AnalysisShards() {
    }

    static ShardedSweep.Whole of(SensitivityFile analysis) {
        return new ShardedSweep.Whole(ResultsFolder.Kind.SENSITIVITY, SensitivityFile.FILE, analysis.resolvedText());
    }

    static ShardedSweep.Whole of(RegionFile analysis) {
        return new ShardedSweep.Whole(ResultsFolder.Kind.REGION, RegionFile.FILE, analysis.resolvedText());
    }

    /** The futures file as run, with its base scenario resolved beside it, which it reads. */
    static ShardedSweep.Whole of(FuturesFile futures) {
        return new ShardedSweep.Whole(ResultsFolder.Kind.FUTURES, FuturesFile.FILE, futures.resolvedText(),
                Map.of(FuturesFile.BASE_FILE, futures.base().text()));
    }

    /**
     * What {@code dyad futures} writes into its finished sweep's folder: futures.csv, regret.csv, robustness.csv,
     * states.csv, the figures, and the futures file as run with its base scenario, from which {@code dyad chart}
     * redraws the figures; the robustness of the lever settings goes to {@code found}.
     */
    static Sweep.Finisher finisher(FuturesFile futures, Figures figures, Consumer<Robustness> found) {
        return work -> {
            FuturesTable.write(futures, work);
            Robustness robustness = RobustnessLines.write(futures, work);
            StatesTable.write(futures, work);
            FuturesCharts.writeAll(futures, work, figures);
            of(futures).writeInto(work);
            found.accept(robustness);
        };
    }

    /** What the sensitivity analysis writes into its finished sweep's folder; its estimates go to {@code found}. */
    static Sweep.Finisher finisher(SensitivityFile analysis, Figures figures, Consumer<List<Sensitivity.Estimate>>
            found) {
        return work -> {
            List<Sensitivity.Estimate> estimates = Sensitivity.estimate(analysis, work);
            Sensitivity.write(estimates, work);
            Scenario scenario = ScenarioLoader.template(analysis.sweep().scenarioFile()).bind(Map.of());
            for (FigureOutput output : figures.outputs()) {
                SensitivityChart.writeAll(analysis, scenario, estimates, work, output);
            }
            analysis.writeResolved(work);
            found.accept(estimates);
        };
    }

    /** What the region analysis writes into its finished sweep's folder; the region goes to {@code found}. */
    static Sweep.Finisher finisher(RegionFile analysis, Figures figures, Consumer<Region> found) {
        return work -> {
            Region region = Region.estimate(analysis, work);
            region.write(work);
            Scenario scenario = ScenarioLoader.template(analysis.sweep().scenarioFile()).bind(Map.of());
            for (FigureOutput output : figures.outputs()) {
                RegionChart.writeAll(region, scenario, work, output);
            }
            analysis.writeResolved(work);
            found.accept(region);
        };
    }

    /**
     * How the merge finishes the shards in a folder: as the analysis whose resolved file the shard holds, or as a
     * sweep, with its charts, when it holds none. What the analysis found is printed to {@code stdout}.
     */
    static ShardedSweep.Finishing finishing(PrintWriter stdout) {
        return (shard, figures) -> {
            Path sensitivity = shard.resolve(SensitivityFile.FILE);
            Path region = shard.resolve(RegionFile.FILE);
            Path futuresFile = shard.resolve(FuturesFile.FILE);
            if (Files.isRegularFile(sensitivity)) {
                SensitivityFile analysis = SensitivityFile.load(sensitivity);
                return new ShardedSweep.Finish(of(analysis), finisher(analysis, figures,
                        estimates -> SensitivityCommand.summary(analysis, estimates).forEach(stdout::println)));
            }
            if (Files.isRegularFile(region)) {
                RegionFile analysis = RegionFile.load(region);
                return new ShardedSweep.Finish(of(analysis), finisher(analysis, figures,
                        found -> RegionCommand.summary(found).forEach(stdout::println)));
            }
            if (Files.isRegularFile(futuresFile)) {
                FuturesFile futures = FuturesLoader.load(futuresFile);
                return new ShardedSweep.Finish(of(futures), finisher(futures, figures,
                        robustness -> RobustnessLines.print(stdout, robustness, figures.first())));
            }
            return new ShardedSweep.Finish(ShardedSweep.Whole.SWEEP, SweepCharts::drawInto);
        };
    }

    /**
     * Runs (or resumes) one shard of an analysis's runs into DIR/shards/k, as {@code dyad sweep --shard} does for
     * a sweep.
     *
     * @param command the subcommand, such as "sensitivity"
     */
    static int runShard(CommandLine commandLine, SweepRunOptions run, String shardText, String command,
                        SweepSpec sweep, ShardedSweep.Whole whole) throws Exception {
        return runShard(commandLine, run, shardText, command, sweep.name(), (part, options, progress, notices) -> {
            SweepMemory.checkShard(sweep, options.threads(), false);
            return ShardedSweep.run(sweep, run.dir(sweep.name()), part, options, PointRunner.SIMULATION, progress,
                    notices, whole);
        });
    }

    /**
     * Runs one shard, as above, of an analysis whose sweep's files {@code inputs} writes into a scratch folder of
     * the shard's folder (the futures of a futures file).
     *
     * @param name the sweep's name, which names the results folder
     */
    static int runShard(CommandLine commandLine, SweepRunOptions run, String shardText, String command, String name,
                        Sweep.Inputs inputs, ShardedSweep.Whole whole) throws Exception {
        return runShard(commandLine, run, shardText, command, name, (part, options, progress, notices) ->
                ShardedSweep.run(scratch -> {
                    SweepSpec sweep = inputs.write(scratch);
                    SweepMemory.checkShard(sweep, options.threads(), false);
                    return sweep;
                }, name, run.dir(name), part, options, PointRunner.SIMULATION, progress, notices, whole));
    }

    /** One shard run with these options, progress shown and notices told. */
    @FunctionalInterface
    private interface ShardRun {
        SweepRunner.Tally run(Shard part, Sweep.Options options, Progress progress, Consumer<String> notices)
                throws Exception;
    }

    private static int runShard(CommandLine commandLine, SweepRunOptions run, String shardText, String command,
                                String name, ShardRun shardRun) throws Exception {
        Shard part = Shard.parse(shardText);
        if (part == null) {
            throw new ParameterException(commandLine, "--shard must be k/K with 1 <= k <= K <= " + Shard.MAX_COUNT
                    + ", not '" + shardText + "'");
        }
        PrintWriter stdout = commandLine.getOut();
        PrintWriter stderr = commandLine.getErr();
        int threadCount = SweepCommand.checkThreads(commandLine, run.threads);
        Path dir = run.dir(name);
        Progress progress = run.quiet ? Progress.QUIET : Progress.forConsole(stdout);
        long started = System.nanoTime();
        SweepRunner.Tally tally = shardRun.run(part,
                new Sweep.Options(threadCount, true, false, false, run.figures.figures()), progress, notice -> {
                    stderr.println("dyad: " + notice);
                    stderr.flush();
                });
        if (!run.quiet) {
            stdout.printf(Locale.ROOT, "Shard %s of %s %s: %d runs on %d thread%s in %.1f s%n", part, command,
                    name, tally.done(), threadCount, threadCount == 1 ? "" : "s",
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        }
        stdout.printf("Shard written to %s/; when every shard is done: dyad merge %s%n",
                ShardedSweep.folderOf(dir, part).toString().replace('\\', '/'), dir.toString().replace('\\', '/'));
        stdout.flush();
        return tally.failed() > 0 ? SweepCommand.RUNS_FAILED : 0;
    }
}
