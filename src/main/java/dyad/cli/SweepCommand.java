package dyad.cli;

import dyad.batch.Figures;
import dyad.batch.PointRunner;
import dyad.batch.ResultsFolder;
import dyad.batch.Progress;
import dyad.batch.Shard;
import dyad.batch.ShardedSweep;
import dyad.batch.Sweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepMemory;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad sweep}: runs a parameter sweep in parallel, resumably, and charts it. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep over a scenario: every point of the design, with replications, on all"
                + " cores, reproducible from the sweep's seed.",
                "Writes runs.csv, points.csv, fan.csv, charts and manifest.json to results/<sweep name>/ (or --out)."
                        + " If interrupted, run it again with --resume to finish the remaining runs."})
final class SweepCommand implements Callable<Integer> {

    static final int RUNS_FAILED = 4;

    @picocli.CommandLine.Mixin
    private SweepRunOptions run = new SweepRunOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML).")
    private Path file;

    @Option(names = "--independent-seeds", description = "Give every point its own random numbers (default: "
            + "replication r uses the same seed at every point, so that differences between points are not noise).")
    private boolean independentSeeds;

    @Option(names = "--all-series", description = "Also keep every run's monthly index in series.csv.")
    private boolean allSeries;

    @Option(names = "--shard", paramLabel = "k/K", description = "Run only shard k of K: the k-th of K equal, contiguous"
            + " parts of the sweep's runs, into DIR/shards/k; run again after a kill, a shard resumes. 'dyad merge DIR'"
            + " then writes the whole sweep's results.")
    private String shard;

    static {
        System.setProperty("dyad.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        checkThreads(spec.commandLine(), run.threads);
        Shard part = shard == null ? null : Shard.parse(shard);
        if (shard != null && part == null) {
            throw new ParameterException(spec.commandLine(), "--shard must be k/K with 1 <= k <= K <= "
                    + Shard.MAX_COUNT + ", not '" + shard + "'");
        }
        SweepSpec sweep = SweepLoader.load(file);
        Path dir = run.dir(sweep.name());
        if (part != null) {
            return shardInto(spec.commandLine(), sweep, part, dir);
        }
        return sweepInto(spec.commandLine(), file, dir, run.out, run.threads, run.resume, independentSeeds, allSeries,
                run.quiet,
                run.figures.figures());
    }

    /** Runs (or resumes) one shard of the sweep into DIR/shards/k. */
    private int shardInto(CommandLine commandLine, SweepSpec sweep, Shard part, Path dir) throws Exception {
        PrintWriter stdout = commandLine.getOut();
        PrintWriter stderr = commandLine.getErr();
        int threadCount = checkThreads(commandLine, run.threads);
        SweepMemory.checkShard(sweep, threadCount, allSeries);
        Progress progress = run.quiet ? Progress.QUIET : Progress.forConsole(stdout);
        long started = System.nanoTime();
        SweepRunner.Tally tally = ShardedSweep.run(sweep, dir, part,
                new Sweep.Options(threadCount, true, independentSeeds, allSeries, run.figures.figures()),
                PointRunner.SIMULATION, progress,
                notice -> {
                    stderr.println("dyad: " + notice);
                    stderr.flush();
                });
        if (!run.quiet) {
            stdout.printf(Locale.ROOT, "Shard %s of sweep %s: %d runs on %d thread%s in %.1f s%n", part, sweep.name(),
                    tally.done(), threadCount, threadCount == 1 ? "" : "s",
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        }
        stdout.printf("Shard written to %s/; when every shard is done: dyad merge %s%n",
                ShardedSweep.folderOf(dir, part).toString().replace('\\', '/'), dir.toString().replace('\\', '/'));
        stdout.flush();
        return tally.failed() > 0 ? RUNS_FAILED : 0;
    }

    /**
     * Runs (or resumes) the sweep of {@code file} into {@code dir}, printing progress and where the results went.
     *
     * @param outOption the folder as given with --out, if it was, for the command that resumes an interrupted sweep
     * @param figures   the languages and formats of the charts
     */
    static int sweepInto(CommandLine commandLine, Path file, Path dir, Path outOption, Integer threads, boolean resume,
                         boolean independentSeeds, boolean allSeries, boolean quiet, Figures figures)
            throws Exception {
        PrintWriter stdout = commandLine.getOut();
        PrintWriter stderr = commandLine.getErr();
        int threadCount = checkThreads(commandLine, threads);
        SweepSpec sweep = SweepLoader.load(file);
        SweepMemory.check(sweep, threadCount, allSeries);
        long started = System.nanoTime();
        SweepRunner.Tally tally = runInterruptibly(commandLine, sweep, dir, new Sweep.Options(threadCount, resume,
                independentSeeds, allSeries, figures), quiet, SweepCharts::drawInto, ResultsFolder.Kind.SWEEP,
                "dyad sweep " + sweep.name(), "sweep", resumeCommand(file, outOption, independentSeeds, allSeries,
                        figures));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!quiet) {
            stdout.printf(Locale.ROOT, "Sweep %s: %d runs on %d thread%s in %.1f s%n", sweep.name(), tally.done(),
                    threadCount, threadCount == 1 ? "" : "s", took.toMillis() / 1000.0);
        }
        return written(commandLine, dir, tally);
    }

    /**
     * Runs (or resumes) a sweep into {@code dir} with progress on the console, telling the user on stderr what
     * happens to an unfinished sweep there and, if the process is stopped, the command that finishes it.
     *
     * @param kind    the kind of the results folder
     * @param command names the process that holds the folder, for another that finds it locked
     * @param what    what is interrupted, in words ("sweep")
     */
    static SweepRunner.Tally runInterruptibly(CommandLine commandLine, SweepSpec sweep, Path dir, Sweep.Options options,
                                              boolean quiet, Sweep.Finisher finisher, ResultsFolder.Kind kind,
                                              String command, String what, String resumeCommand) throws Exception {
        return runInterruptibly(commandLine, quiet, what, resumeCommand, (progress, notices) -> Sweep.run(sweep, dir,
                options, PointRunner.SIMULATION, progress, notices, finisher, kind, command));
    }

    /** As above, for a sweep whose files {@code inputs} writes into a scratch folder of the results folder. */
    static SweepRunner.Tally runInterruptibly(CommandLine commandLine, Sweep.Inputs inputs, Path dir,
                                              Sweep.Options options, boolean quiet, Sweep.Finisher finisher,
                                              ResultsFolder.Kind kind, String command, String what,
                                              String resumeCommand) throws Exception {
        return runInterruptibly(commandLine, quiet, what, resumeCommand, (progress, notices) -> Sweep.run(inputs, dir,
                options, PointRunner.SIMULATION, progress, notices, finisher, kind, command));
    }

    /** A sweep run with progress shown and notices told. */
    @FunctionalInterface
    private interface Running {
        SweepRunner.Tally run(Progress progress, java.util.function.Consumer<String> notices) throws Exception;
    }

    private static SweepRunner.Tally runInterruptibly(CommandLine commandLine, boolean quiet, String what,
                                                      String resumeCommand, Running running) throws Exception {
        PrintWriter stdout = commandLine.getOut();
        PrintWriter stderr = commandLine.getErr();
        Progress progress = quiet ? Progress.QUIET : Progress.forConsole(stdout);
        Thread onInterrupt = new Thread(() -> {
            stderr.printf("%ndyad: %s interrupted; finish it with: %s%n", what, Invocation.runnable(resumeCommand));
            stderr.flush();
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return running.run(progress, notice -> {
                stderr.println("dyad: " + notice);
                stderr.flush();
            });
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
    }

    /** Says where the results went and how many runs failed; the exit code. */
    static int written(CommandLine commandLine, Path dir, SweepRunner.Tally tally) {
        commandLine.getOut().printf("Results written to %s/%n", dir.toString().replace('\\', '/'));
        commandLine.getOut().flush();
        if (tally.failed() > 0) {
            commandLine.getErr().printf("dyad: %d of %d runs failed; runs.csv gives each one's error%n", tally.failed(),
                    tally.done());
            return RUNS_FAILED;
        }
        return 0;
    }

    /** The threads to use: those asked for, or all cores. */
    static int checkThreads(CommandLine commandLine, Integer threads) {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1 || threadCount > 1024) {
            throw new ParameterException(commandLine, "--threads must be 1 to 1024, not " + threadCount);
        }
        return threadCount;
    }

    /** The command that finishes this sweep, as the user would type it. */
    private static String resumeCommand(Path file, Path out, boolean independentSeeds, boolean allSeries,
                                        Figures figures) {
        StringBuilder command = new StringBuilder("dyad sweep ").append(SlurmCommand.quoted(file.toString()));
        if (out != null) {
            command.append(" --out ").append(SlurmCommand.quoted(out.toString()));
        }
        if (independentSeeds) {
            command.append(" --independent-seeds");
        }
        if (allSeries) {
            command.append(" --all-series");
        }
        command.append(FigureOptions.asOptions(figures));
        return command.append(" --resume").toString();
    }
}
