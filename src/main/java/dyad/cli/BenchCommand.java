package dyad.cli;

import dyad.batch.Sweep;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: the median time of one replay in-process, the median wall time of a whole
 * {@code dyad run} (a fresh JVM each time, charts included) and, for sweeps, the median runs per second on
 * 1 and 2 threads, MASON's {@code doLoop} on the same model, and the peak memory of a small and a large sweep.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: median time of one replay in-process and median wall time of 'dyad run';"
                + " with sweeps (the default), median sweep runs/s on 1 and 2 threads, MASON's doLoop on the same"
                + " model, and peak memory of a 10,000-run and a 100,000-run sweep.",
                "The sweep figures vary agents.russia.oil_dependence and agents.usa.weights.containment, so they"
                        + " need a scenario with agents usa and russia, such as the default."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", defaultValue = "scenarios/us-russia-1992-2007.yaml",
            description = "Scenario to replay and sweep over (default: ${DEFAULT-VALUE}).")
    private Path file;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "31",
            description = "Timed samples of the in-process replay (default: ${DEFAULT-VALUE}).")
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = dyad.scenario.ScenarioLoader.load(file);
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        int batch = 200;
        for (int i = 0; i < 20 * batch; i++) {
            Replay.replicate(scenario, inputs, scenario.seed(), i);
        }
        double[] microseconds = new double[samples];
        for (int s = 0; s < samples; s++) {
            long started = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                Replay.replicate(scenario, inputs, scenario.seed(), i);
            }
            microseconds[s] = (System.nanoTime() - started) / 1e3 / batch;
        }
        out.printf(Locale.ROOT, "one replay of %s (%d months, %d agents, %d issues/month): median %.1f us"
                        + " (min %.1f, max %.1f; %d samples of %d replays)%n", scenario.name(), scenario.months(),
                scenario.agents().size(), scenario.issuesPerMonth(), new Median().evaluate(microseconds),
                Arrays.stream(microseconds).min().orElseThrow(), Arrays.stream(microseconds).max().orElseThrow(),
                samples, batch);
        if (runs > 0) {
            out.flush();
            double[] seconds = timeRuns();
            out.printf(Locale.ROOT, "'dyad run %s' (new JVM, %d replications, paper check, charts): median %.2f s"
                    + " wall (min %.2f, max %.2f; %d runs)%n", file, scenario.replications(),
                    new Median().evaluate(seconds), Arrays.stream(seconds).min().orElseThrow(),
                    Arrays.stream(seconds).max().orElseThrow(), runs);
        }
        if (sweep) {
            new SweepBenchmark(file, repetitions, memorySamples).run(out, scenario);
        }
        out.flush();
        return 0;
    }

    private double[] timeRuns() throws Exception {
        Path scratch = Files.createTempDirectory("dyad-bench");
        try {
            List<String> command = new ArrayList<>(ChildJvm.javaCommand());
            command.addAll(List.of(DyadCommand.class.getName(), "run", file.toString(), "--out",
                    scratch.resolve("run").toString()));
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                long started = System.nanoTime();
                Process process = ChildJvm.start(command, scratch.resolve("run.log"));
                int exit = process.waitFor();
                seconds[r] = (System.nanoTime() - started) / 1e9;
                ChildJvm.checkExit(exit, command, scratch.resolve("run.log"));
            }
            return seconds;
        } finally {
            ChildJvm.deleteQuietly(scratch);
        }
    }

















}
