package dyad.bench;

import dyad.batch.PointRunner;
import dyad.batch.Progress;
import dyad.batch.ResultsFolder;
import dyad.batch.Sweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepPlan;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The sweep figures of {@code dyad-bench}: median runs per second of a sweep on 1 and 2 threads, MASON's
 * {@code doLoop} on the same model, and the peak memory of a small and a large sweep. The sweeps are the
 * benchmark's sweep files ({@link BenchSweeps}) run on the scenario given.
 */
final class SweepBenchmark {

    private static final int SWEEP_THREADS = 2;
    /**
     * The heap limit of the memory sweeps. Without a small limit the collector grows the heap with the run
     * time whatever the data held, and the peak would measure the collector's sizing rather than the sweep.
     */
    private static final String MEMORY_HEAP = "-Xmx64m";
    private static final Pattern HEAP_AFTER_GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");
    /** Untimed sweeps first: methods called once per point or per sweep reach the JIT's top tier slowly. */
    private static final int WARM_UP_SWEEPS = 4;
    private static final int DOLOOP_WARM_UP = 16_000;
    private static final int TICKS_PER_SECOND = 100;
    private static final Pattern DOLOOP_RESULT = Pattern.compile("jobs=(\\d+) seconds=([0-9.]+)");

    private final Path file;
    private final BenchSweeps sweeps;
    private final int repetitions;
    private final int memorySamples;

    SweepBenchmark(Path file, BenchSweeps sweeps, int repetitions, int memorySamples) {
        this.file = file;
        this.sweeps = sweeps;
        this.repetitions = repetitions;
        this.memorySamples = memorySamples;
    }

    void run(PrintWriter out, Scenario scenario) throws Exception {
        Path scratch = Files.createTempDirectory("dyad-bench");
        try {
            Path throughputFile = sweeps.writeFor(BenchSweeps.THROUGHPUT, file, scratch);
            Path smallFile = sweeps.writeFor(BenchSweeps.MEMORY_SMALL, file, scratch);
            Path largeFile = sweeps.writeFor(BenchSweeps.MEMORY_LARGE, file, scratch);
            SweepSpec throughputSweep;
            SweepSpec smallSweep;
            SweepSpec largeSweep;
            try {
                throughputSweep = SweepLoader.load(throughputFile);
                smallSweep = SweepLoader.load(smallFile);
                largeSweep = SweepLoader.load(largeFile);
            } catch (BadInputException e) {
                out.printf("sweep figures skipped: the sweeps of %s do not fit %s (in the copy run on it, %s)%n",
                        sweeps.folder(), file, e.getMessage());
                return;
            }
            long[] before = cpuTicks();
            throughput(out, scenario, throughputSweep, scratch);
            if (memorySamples > 0) {
                peakMemory(out, smallFile, smallSweep, largeFile, largeSweep, scratch);
            }
            long[] after = cpuTicks();
            if (before.length > 0 && after.length > 0) {
                int cores = Runtime.getRuntime().availableProcessors();
                double capacity = (after[2] - before[2]) / 1e9 * TICKS_PER_SECOND * cores;
                out.printf(Locale.ROOT, "other processes kept %.0f%% of this machine's %d cores busy while the sweep"
                                + " figures were measured (they lower the figures, the 2-thread ones most)%n",
                        Math.max(0, 100 * ((after[0] - before[0]) - (after[1] - before[1])) / capacity), cores);
            }
        } finally {
            ChildJvm.deleteQuietly(scratch);
        }
    }

    /**
     * Median runs/s of the whole Sweep.run (and of its runs alone) and of MASON's doLoop, on 1 and 2 threads,
     * measured in turn in each repetition so that a busy moment of the machine weighs on all of them.
     */
    private void throughput(PrintWriter out, Scenario scenario, SweepSpec sweepSpec, Path scratch) throws Exception {
        SweepPlan plan = SweepPlan.of(sweepSpec, false);
        long sweepRuns = plan.runs();
        out.printf("sweep over %s (%s): %s of %s = %d points x %d replications = %d runs, every metric, in-process"
                + " Sweep.run into a temporary folder (runs.csv, points.csv, fan.csv), after %d untimed sweeps on 1"
                + " and 2 threads in turn%n", scenario.name(), BenchSweeps.THROUGHPUT, designName(sweepSpec),
                parameterList(sweepSpec), plan.points().size(), sweepSpec.replications(), sweepRuns, WARM_UP_SWEEPS);
        out.flush();
        for (int w = 0; w < WARM_UP_SWEEPS; w++) {
            timeSweep(sweepSpec, scratch, w % SWEEP_THREADS + 1);
        }
        double[][] whole = new double[SWEEP_THREADS][repetitions];
        double[][] runsAlone = new double[SWEEP_THREADS][repetitions];
        double[][] mason = new double[SWEEP_THREADS][repetitions];
        for (int r = 0; r < repetitions; r++) {
            for (int threads = 1; threads <= SWEEP_THREADS; threads++) {
                double[] seconds = timeSweep(sweepSpec, scratch, threads);
                whole[threads - 1][r] = sweepRuns / seconds[0];
                runsAlone[threads - 1][r] = sweepRuns / seconds[1];
                mason[threads - 1][r] = doLoopRate(doLoopCommand(scenario, threads, sweepRuns), sweepRuns);
            }
        }
        double[] sweepRate = new double[SWEEP_THREADS];
        double[] runsRate = new double[SWEEP_THREADS];
        double[] masonRate = new double[SWEEP_THREADS];
        for (int threads = 1; threads <= SWEEP_THREADS; threads++) {
            sweepRate[threads - 1] = new Median().evaluate(whole[threads - 1]);
            runsRate[threads - 1] = new Median().evaluate(runsAlone[threads - 1]);
            masonRate[threads - 1] = new Median().evaluate(mason[threads - 1]);
            out.printf(Locale.ROOT, "sweep, %d thread%s: median %.0f runs/s for the whole sweep (range %s), %.0f runs/s"
                            + " for its runs alone (%d repetition%s of %d runs)%n", threads, plural(threads),
                    sweepRate[threads - 1], range(whole[threads - 1]), runsRate[threads - 1], repetitions,
                    plural(repetitions), sweepRuns);
        }
        double speedUp = sweepRate[1] / sweepRate[0];
        out.printf(Locale.ROOT, "sweep speed-up, 2 threads over 1: %.2fx for the whole sweep, %.2fx for its runs alone"
                + " (target >= 1.8x: %s)%n", speedUp, runsRate[1] / runsRate[0], speedUp >= 1.8 ? "met" : "missed");
        for (int threads = 1; threads <= SWEEP_THREADS; threads++) {
            out.printf(Locale.ROOT, "MASON doLoop, %d thread%s: median %.0f runs/s (range %s), timed from its job %d on"
                            + " (%d repetition%s of '%s')%n", threads, plural(threads), masonRate[threads - 1],
                    range(mason[threads - 1]), DOLOOP_WARM_UP + 1, repetitions, plural(repetitions),
                    String.join(" ", doLoopCommand(scenario, threads, sweepRuns)));
        }
        double worst = Math.min(sweepRate[0] / masonRate[0], sweepRate[1] / masonRate[1]);
        out.printf(Locale.ROOT, "Dyad sweep against doLoop (sweep runs/s over doLoop runs/s): %.2fx on 1 thread and"
                        + " %.2fx on 2 threads for the whole sweep, %.2fx and %.2fx for its runs alone (target >= 1x:"
                        + " %s)%n", sweepRate[0] / masonRate[0], sweepRate[1] / masonRate[1],
                runsRate[0] / masonRate[0], runsRate[1] / masonRate[1], worst >= 1 ? "met" : "missed");
        out.flush();
    }

    private static String designName(SweepSpec sweepSpec) {
        return "design " + sweepSpec.design().name();
    }

    /** The parameters varied, each with its number of values on a grid. */
    private static String parameterList(SweepSpec sweepSpec) {
        List<String> parts = new ArrayList<>();
        for (SweepParameter parameter : sweepSpec.parameters()) {
            parts.add(parameter.path() + (sweepSpec.design().name().equals("grid")
                    ? " (" + parameter.gridSize() + " values)" : ""));
        }
        return String.join(" x ", parts);
    }

    private static String range(double[] values) {
        return String.format(Locale.ROOT, "%.0f-%.0f", Arrays.stream(values).min().orElseThrow(),
                Arrays.stream(values).max().orElseThrow());
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    /**
     * Seconds of one sweep into a fresh folder: the whole Sweep.run, and its runs alone, which end when
     * progress reports the last run (progress prints, and flushes, a line once all runs are written).
     */
    private static double[] timeSweep(SweepSpec sweepSpec, Path scratch, int threads) throws Exception {
        Path dir = scratch.resolve("sweep");
        long[] lastRun = new long[1];
        PrintWriter marker = new PrintWriter(Writer.nullWriter()) {
            @Override
            public void flush() {
                lastRun[0] = System.nanoTime();
            }
        };
        long started = System.nanoTime();
        Sweep.run(sweepSpec, dir, new Sweep.Options(threads, false, false, false), PointRunner.SIMULATION,
                new Progress(marker, false, TimeUnit.DAYS.toMillis(1)));
        long ended = System.nanoTime();
        ResultsFolder.deleteTree(dir);
        if (lastRun[0] == 0) {
            throw new IllegalStateException("the sweep's progress never reported its last run");
        }
        return new double[] {(ended - started) / 1e9, (lastRun[0] - started) / 1e9};
    }

    /** MASON's doLoop on the scenario's model in a child JVM: warm-up jobs, then {@code runs} timed jobs. */
    private List<String> doLoopCommand(Scenario scenario, int threads, long runs) {
        List<String> command = new ArrayList<>(ChildJvm.benchCommand(MasonBaseline.class));
        command.addAll(List.of(file.toAbsolutePath().toString(),
                String.valueOf(DOLOOP_WARM_UP), "-repeat", String.valueOf((DOLOOP_WARM_UP + runs) / threads),
                "-parallel", String.valueOf(threads), "-for", String.valueOf(scenario.months()), "-seed",
                String.valueOf(Math.max(1, scenario.seed())), "-quiet"));
        return command;
    }

    /** Runs/s of doLoop, as timed inside the child around doLoop alone. */
    private static double doLoopRate(List<String> command, long runs) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher result = DOLOOP_RESULT.matcher(printed);
        if (exit != 0 || !result.find() || Long.parseLong(result.group(1)) != runs) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + exit
                    + " and printed: " + printed.strip());
        }
        return runs / Double.parseDouble(result.group(2));
    }

    /**
     * CPU time in clock ticks of the whole machine and of this process with its ended children, and the time
     * they were read; empty where /proc is missing.
     */
    private static long[] cpuTicks() {
        try {
            String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(machine[field]);
            }
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] own = self.substring(self.lastIndexOf(')') + 2).split(" ");
            long mine = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13])
                    + Long.parseLong(own[14]);
            return new long[] {busy, mine, System.nanoTime()};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** Median peak resident memory, and largest heap left after a collection, of the small and the large sweep. */
    private void peakMemory(PrintWriter out, Path small, SweepSpec smallSweep, Path large, SweepSpec largeSweep,
                            Path scratch) throws Exception {
        if (!Files.isReadable(Path.of("/proc/self/status"))) {
            out.println("peak memory skipped: it is read from /proc/<pid>/status, which this system lacks");
            return;
        }
        SweepPlan smallPlan = SweepPlan.of(smallSweep, false);
        SweepPlan largePlan = SweepPlan.of(largeSweep, false);
        double[] smallMb = new double[memorySamples];
        double[] largeMb = new double[memorySamples];
        double[] smallLiveMb = new double[memorySamples];
        double[] largeLiveMb = new double[memorySamples];
        for (int s = 0; s < memorySamples; s++) {
            smallMb[s] = peakResidentMb(sweepCommand(small, scratch), scratch);
            smallLiveMb[s] = largestHeapAfterGcMb(scratch);
            largeMb[s] = peakResidentMb(sweepCommand(large, scratch), scratch);
            largeLiveMb[s] = largestHeapAfterGcMb(scratch);
        }
        double ratio = new Median().evaluate(largeMb) / new Median().evaluate(smallMb);
        out.printf(Locale.ROOT, "peak resident memory (VmHWM) of '%s' and of the same for %s: median %.0f MB for"
                        + " %d runs (%s: %d points x %d replications), %.0f MB for %d runs (%s: %d points x %d"
                        + " replications); ratio %.2f (target <= 1.10: %s; %d sample%s each); largest heap left after a"
                        + " collection: %.0f and %.0f MB%n", String.join(" ", sweepCommand(small, scratch)),
                large.getFileName(), new Median().evaluate(smallMb), smallPlan.runs(), BenchSweeps.MEMORY_SMALL,
                smallPlan.points().size(), smallSweep.replications(), new Median().evaluate(largeMb), largePlan.runs(),
                BenchSweeps.MEMORY_LARGE, largePlan.points().size(), largeSweep.replications(), ratio,
                ratio <= 1.10 ? "met" : "missed", memorySamples, plural(memorySamples),
                new Median().evaluate(smallLiveMb), new Median().evaluate(largeLiveMb));
        out.flush();
    }

    private static List<String> sweepCommand(Path sweepFile, Path scratch) {
        List<String> command = ChildJvm.withJvmOptions(ChildJvm.dyadCommand(), MEMORY_HEAP,
                "-Xlog:gc:file=" + gcLog(scratch));
        command.addAll(List.of("sweep", sweepFile.toString(), "--out",
                scratch.resolve("memory").toString(), "--quiet", "--threads", String.valueOf(SWEEP_THREADS)));
        return command;
    }

    private static Path gcLog(Path scratch) {
        return scratch.resolve("gc.log");
    }

    /** The most heap in use after any collection of the last memory sweep, from its collector's log. */
    private static double largestHeapAfterGcMb(Path scratch) throws IOException {
        double largest = 0;
        for (String line : Files.readAllLines(gcLog(scratch))) {
            Matcher sizes = HEAP_AFTER_GC.matcher(line);
            if (sizes.find()) {
                double mb = Long.parseLong(sizes.group(3)) * switch (sizes.group(4)) {
                    case "K" -> 1.0 / 1024;
                    case "G" -> 1024.0;
                    default -> 1.0;
                };
                largest = Math.max(largest, mb);
            }
        }
        return largest;
    }

    /** Runs a command to its end and returns the highest VmHWM seen, polled every 10 ms. */
    private static double peakResidentMb(List<String> command, Path scratch) throws Exception {
        return ChildJvm.measure(command, scratch.resolve("memory.log")).peakMb();
    }
}
