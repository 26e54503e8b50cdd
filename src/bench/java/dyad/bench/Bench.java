package dyad.bench;

import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import dyad.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad-bench}: the median time of one replay in-process, the median wall time of a whole
 * {@code dyad run} (a fresh JVM each time, charts included) and, for sweeps, the median runs per second on
 * 1 and 2 threads, MASON's {@code doLoop} on the same model, and the peak memory of a small and a large sweep.
 * What it sweeps, and the default scenario, come from the sweep files of {@link BenchSweeps}.
 */
@Command(name = "dyad-bench", mixinStandardHelpOptions = true, versionProvider = Bench.VersionProvider.class,
        description = {"Benchmark of Dyad: median time of one replay in-process (and its ratio to a raw loop of the same"
                + " arithmetic) and median wall time of 'dyad run';"
                + " with sweeps (the default), median sweep runs/s on 1 and 2 threads, MASON's doLoop on the same"
                + " model, and peak memory of a small and a large sweep.",
                "The sweeps are the files throughput.yaml, memory-small.yaml and memory-large.yaml of the sweeps"
                        + " folder; the scenario throughput.yaml names is the default SCENARIO. Run it from the"
                        + " folder of the repository, after building target/dyad.jar."},
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 bad input."})
public final class Bench implements Callable<Integer> {

    private static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", arity = "0..1",
            description = "Scenario to replay, run and sweep over (default: the scenario of the sweeps folder's"
                    + " throughput.yaml).")
    private Path file;

    @Option(names = "--sweeps", paramLabel = "DIR", defaultValue = BenchSweeps.DEFAULT_FOLDER,
            description = "Folder of the benchmark's sweep files (default: ${DEFAULT-VALUE}).")
    private Path sweepsFolder;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "31",
            description = "Timed samples of the in-process replay, and of the raw loop it is compared with (default:"
                    + " ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed 'dyad run' processes (default: ${DEFAULT-VALUE}; 0 to skip).")
    private int runs;

    @Option(names = "--sweep", negatable = true, defaultValue = "true", fallbackValue = "true",
            paramLabel = "BOOLEAN",
            description = "Also measure sweeps: runs/s on 1 and 2 threads, MASON's doLoop, peak memory (about three"
                    + " minutes; default: on, --no-sweep to skip).")
    private boolean sweep;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "5",
            description = "Timed repetitions of each sweep and doLoop throughput (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = "--memory-samples", paramLabel = "N", defaultValue = "3",
            description = "Sweep processes per size whose peak memory is sampled (default: ${DEFAULT-VALUE};"
                    + " 0 to skip).")
    private int memorySamples;

    @Option(names = "--sobol", paramLabel = "N", defaultValue = "0",
            description = "Also time N times 'dyad sensitivity' of the sweeps folder's sobol.yaml (614,400 runs, about a"
                    + " minute each; default: ${DEFAULT-VALUE}).")
    private int sobolRepetitions;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: a bad scenario or sweep file gets one line and exit code 2. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Bench());
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof BadInputException) {
                command.getErr().println("dyad-bench: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || runs < 0 || repetitions < 1 || memorySamples < 0 || sobolRepetitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples and --repetitions must be at least"
                    + " 1, --runs, --memory-samples and --sobol at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        BenchSweeps sweeps = new BenchSweeps(sweepsFolder);
        Path scenarioFile = file != null ? file : sweeps.defaultScenario();
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        timeReplays(out, scenario, inputs);
        if (runs > 0) {
            out.flush();
            timeRuns(out, scenarioFile, scenario);
        }
        if (sweep) {
            new SweepBenchmark(scenarioFile, sweeps, repetitions, memorySamples).run(out, scenario);
        }
        if (sobolRepetitions > 0) {
            out.flush();
            timeSobol(out, sweeps, scenarioFile);
        }
        out.flush();
        return 0;
    }

    /**
     * The median time of one replay, of the same replay on a simulation that is reused (as a sweep's workers
     * reuse theirs), and of the same arithmetic as a {@link RawLoop}, in turns, after checking that the raw
     * loop gives Dyad's numbers to the bit.
     */
    private void timeReplays(PrintWriter out, Scenario scenario, ExogenousInputs inputs) {
        int batch = 200;
        RawLoop raw = new RawLoop(scenario, inputs);
        for (int i = 0; i < batch; i++) {
            raw.replay(i);
            String difference = raw.checkAgainst(Replay.replicate(scenario, inputs, scenario.seed(), i));
            if (difference != null) {
                throw new IllegalStateException("the raw loop does not give Dyad's replay of replication " + i
                        + " (" + difference + "): their times would not compare");
            }
        }
        DyadSimulation reused = new DyadSimulation(scenario, inputs, scenario.seed(), 0);
        for (int i = 0; i < 20 * batch; i++) {
            Replay.replicate(scenario, inputs, scenario.seed(), i % batch);
            reused.replay(scenario.seed(), i % batch);
            raw.replay(i % batch);
        }
        double[] replay = new double[samples];
        double[] reusedReplay = new double[samples];
        double[] rawLoop = new double[samples];
        for (int s = 0; s < samples; s++) {
            long started = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                Replay.replicate(scenario, inputs, scenario.seed(), i);
            }
            replay[s] = (System.nanoTime() - started) / 1e3 / batch;
            started = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                reused.replay(scenario.seed(), i);
            }
            reusedReplay[s] = (System.nanoTime() - started) / 1e3 / batch;
            started = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                raw.replay(i);
            }
            rawLoop[s] = (System.nanoTime() - started) / 1e3 / batch;
        }
        double rawMedian = new Median().evaluate(rawLoop);
        out.printf(Locale.ROOT, "one replay of %s (%d months, %d agents, %d areas, %d issues/month): median %.1f us"
                        + " (min %.1f, max %.1f; %d samples of %d replays), %.2f x the raw loop%n", scenario.name(),
                scenario.months(), scenario.agents().size(), scenario.agenda().size(), scenario.issuesPerMonth(),
                new Median().evaluate(replay), min(replay), max(replay), samples, batch,
                new Median().evaluate(replay) / rawMedian);
        out.printf(Locale.ROOT, "the same replay on a reused simulation (as in a sweep): median %.1f us (min %.1f,"
                        + " max %.1f), %.2f x the raw loop%n", new Median().evaluate(reusedReplay), min(reusedReplay),
                max(reusedReplay), new Median().evaluate(reusedReplay) / rawMedian);
        out.printf(Locale.ROOT, "the same arithmetic as a raw loop (no MASON schedule, no objects per month, no rule"
                        + " objects; the same numbers to the bit): median %.1f us (min %.1f, max %.1f)%n", rawMedian,
                min(rawLoop), max(rawLoop));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static List<String> runCommand(Path scenarioFile, Path out) {
        List<String> command = new ArrayList<>(ChildJvm.dyadCommand());
        command.addAll(List.of("run", scenarioFile.toString(), "--out", out.toString()));
        return command;
    }

    /**
     * Times 'dyad run' (all its default outputs) and 'dyad check' of the same scenario, in turn, a new JVM each
     * time, and reads each one's peak resident memory: the run should take at most 1.5 times the check's wall
     * time and peak under 200 MB.
     */
    private void timeRuns(PrintWriter out, Path scenarioFile, Scenario scenario) throws Exception {
        Path scratch = Files.createTempDirectory("dyad-bench");
        try {
            List<String> run = runCommand(scenarioFile, scratch.resolve("run"));
            List<String> check = new ArrayList<>(ChildJvm.dyadCommand());
            check.addAll(List.of("check", scenarioFile.toString()));
            double[] runSeconds = new double[runs];
            double[] runMb = new double[runs];
            double[] checkSeconds = new double[runs];
            double[] checkMb = new double[runs];
            for (int r = 0; r < runs; r++) {
                ChildJvm.Measured ran = ChildJvm.measure(run, scratch.resolve("run.log"));
                runSeconds[r] = ran.seconds();
                runMb[r] = ran.peakMb();
                ChildJvm.Measured checked = ChildJvm.measure(check, scratch.resolve("check.log"));
                checkSeconds[r] = checked.seconds();
                checkMb[r] = checked.peakMb();
            }
            double runMedian = new Median().evaluate(runSeconds);
            double checkMedian = new Median().evaluate(checkSeconds);
            double ratio = runMedian / checkMedian;
            double peak = new Median().evaluate(runMb);
            out.printf(Locale.ROOT, "'dyad run %s' (new JVM, %d replications, paper check, tables and charts): median"
                            + " %.2f s wall (min %.2f, max %.2f; %d runs of '%s')%n", scenarioFile,
                    scenario.replications(), runMedian, Arrays.stream(runSeconds).min().orElseThrow(),
                    Arrays.stream(runSeconds).max().orElseThrow(), runs, String.join(" ", runCommand(scenarioFile,
                            Path.of("TMP"))));
            out.printf(Locale.ROOT, "'dyad check %s' (new JVM, the same replays, writing nothing): median %.2f s wall"
                            + " (min %.2f, max %.2f; %d checks, each after a run)%n", scenarioFile, checkMedian,
                    Arrays.stream(checkSeconds).min().orElseThrow(), Arrays.stream(checkSeconds).max().orElseThrow(),
                    runs);
            out.printf(Locale.ROOT, "run / check wall time: %.2f (target <= 1.5: %s); peak resident memory (VmHWM),"
                            + " median: run %.0f MB (target < 200: %s), check %.0f MB%n", ratio,
                    ratio <= 1.5 ? "met" : "missed", peak, peak < 200 ? "met" : "missed",
                    new Median().evaluate(checkMb));
            out.printf(Locale.ROOT, "figures of the run: %s%n", figureSizes(scratch.resolve("run")));
        } finally {
            ChildJvm.deleteQuietly(scratch);
        }
    }

    /** Each PDF of a results folder and its size in KB, by name. */
    private static String figureSizes(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).sorted()
                    .map(file -> {
                        try {
                            return String.format(Locale.ROOT, "%s %.0f KB", file.getFileName(), Files.size(file) / 1024.0);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** The median wall time of the Sobol analysis, a fresh JVM each time, and its runs per second. */
    private void timeSobol(PrintWriter out, BenchSweeps sweeps, Path scenarioFile) throws Exception {
        Path scratch = Files.createTempDirectory("dyad-bench");
        try {
            Path file = sweeps.writeFor(BenchSweeps.SOBOL, scenarioFile, scratch);
            List<String> command = new ArrayList<>(ChildJvm.dyadCommand());
            command.addAll(List.of("sensitivity", file.toString(), "--out", scratch.resolve("sobol").toString(),
                    "--quiet"));
            double[] seconds = new double[sobolRepetitions];
            for (int r = 0; r < sobolRepetitions; r++) {
                ChildJvm.deleteQuietly(scratch.resolve("sobol"));
                long started = System.nanoTime();
                Process process = ChildJvm.start(command, scratch.resolve("sobol.log"));
                int exit = process.waitFor();
                seconds[r] = (System.nanoTime() - started) / 1e9;
                ChildJvm.checkExit(exit, command, scratch.resolve("sobol.log"));
            }
            dyad.batch.SweepSpec spec = dyad.analysis.sensitivity.SensitivityFile.load(file).sweep();
            long runCount = (long) spec.design().points(spec.parameters(), spec.seed()).size() * spec.replications();
            double median = new Median().evaluate(seconds);
            out.printf(Locale.ROOT, "'dyad sensitivity %s' (new JVM, %,d runs, all cores, indices and charts):"
                            + " median %.1f s wall, %,.0f runs/s (min %.1f, max %.1f; %d analyses)%n",
                    sweeps.folder().resolve(BenchSweeps.SOBOL), runCount, median, runCount / median,
                    Arrays.stream(seconds).min().orElseThrow(), Arrays.stream(seconds).max().orElseThrow(),
                    sobolRepetitions);
        } finally {
            ChildJvm.deleteQuietly(scratch);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad-bench " + dyad.Version.current()};
        }
    }
}
