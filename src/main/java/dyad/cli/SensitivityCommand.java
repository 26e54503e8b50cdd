package dyad.cli;

import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.batch.PointRunner;
import dyad.batch.Progress;
import dyad.batch.ResultsFolder;
import dyad.batch.Sweep;
import dyad.batch.SweepMemory;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
import dyad.chart.SensitivityChart;
import dyad.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad sensitivity}: Sobol indices or Morris effects of a scenario's outputs, on the sweep engine. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity analysis of a scenario: which parameters drive its outputs. Runs the"
                + " design of the file's method (Sobol indices on Saltelli's design, or Morris's elementary effects)"
                + " as a sweep with common random numbers, on all cores, reproducible from the file's seed.",
                "Writes indices.csv, a chart per output, the sweep's tables and manifest.json to"
                        + " results/<name>/ (or --out). If interrupted, run it again with --resume."})
final class SensitivityCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private DataFolderOption dataFolders = new DataFolderOption();

    @picocli.CommandLine.Mixin
    private LanguageOption language = new LanguageOption();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sensitivity file (YAML).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<name>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to use (default: all cores).")
    private Integer threads;

    @Option(names = "--resume", description = "Finish an interrupted analysis without redoing finished runs.")
    private boolean resume;

    @Option(names = "--quiet", description = "Print no progress.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        dataFolders.grant();
        int threadCount = SweepCommand.checkThreads(spec.commandLine(), threads);
        SensitivityFile analysis = SensitivityFile.load(file);
        SweepSpec sweep = analysis.sweep();
        Path dir = out != null ? out : Path.of("results", sweep.name());
        SweepMemory.check(sweep, threadCount, false);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = quiet ? Progress.QUIET : Progress.forConsole(stdout);
        List<Sensitivity.Estimate> estimates = new ArrayList<>();
        String resumeCommand = "dyad sensitivity " + SlurmCommand.quoted(file.toString())
                + (out == null ? "" : " --out " + SlurmCommand.quoted(out.toString()))
                + (language.language == dyad.scenario.Language.EN ? "" : " --lang " + language.language.tag())
                + " --resume";
        Thread onInterrupt = new Thread(() -> {
            stderr.printf("%ndyad: sensitivity analysis interrupted; finish it with: %s%n", resumeCommand);
            stderr.flush();
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long started = System.nanoTime();
        SweepRunner.Tally tally;
        try {
            tally = Sweep.run(sweep, dir, new Sweep.Options(threadCount, resume, false, false, language.language),
                    PointRunner.SIMULATION, progress, notice -> {
                        stderr.println("dyad: " + notice);
                        stderr.flush();
                    }, work -> {
                        estimates.addAll(Sensitivity.estimate(analysis, work));
                        Sensitivity.write(estimates, work);
                        SensitivityChart.writeAll(analysis, ScenarioLoader.template(sweep.scenarioFile())
                                .bind(Map.of()), estimates, work, language.language);
                        analysis.writeResolved(work);
                    }, ResultsFolder.Kind.SENSITIVITY, "dyad sensitivity " + sweep.name());
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!quiet) {
            stdout.printf(Locale.ROOT, "Sensitivity %s: %d runs on %d thread%s in %.1f s (%.0f runs/s)%n",
                    sweep.name(), tally.done(), threadCount, threadCount == 1 ? "" : "s", seconds,
                    tally.done() / Math.max(seconds, 1e-9));
        }
        // an analysis already complete is not estimated again: its indices are in its folder
        if (!estimates.isEmpty()) {
            for (String line : summary(analysis, estimates)) {
                stdout.println(line);
            }
        }
        stdout.printf("Results written to %s/%n", dir.toString().replace('\\', '/'));
        stdout.flush();
        if (tally.failed() > 0) {
            stderr.printf("dyad: %d of %d runs failed; runs.csv gives each one's error%n", tally.failed(), tally.done());
            return SweepCommand.RUNS_FAILED;
        }
        return 0;
    }

    /** Per output, the parameters from the most to the least important, with their indices. */
    static List<String> summary(SensitivityFile analysis, List<Sensitivity.Estimate> estimates) {
        boolean sobol = analysis.method() == SensitivityFile.Method.SOBOL;
        String rankBy = sobol ? Sensitivity.TOTAL : Sensitivity.MU_STAR;
        String other = sobol ? Sensitivity.FIRST : Sensitivity.SIGMA;
        List<String> lines = new ArrayList<>();
        for (String output : analysis.outputs()) {
            if (Sensitivity.constant(estimates, output)) {
                lines.add("  " + output + ": the same at every point of the design, so no parameter moves it"
                        + " (its indices are NA, and it has no chart)");
                continue;
            }
            lines.add("  " + output + ":");
            List<Sensitivity.Estimate> ranked = estimates.stream()
                    .filter(e -> e.output().equals(output) && e.index().equals(rankBy))
                    .sorted(Comparator.comparingDouble(e -> -e.estimate())).toList();
            for (Sensitivity.Estimate main : ranked) {
                Sensitivity.Estimate second = estimates.stream().filter(e -> e.output().equals(output)
                        && e.parameter().equals(main.parameter()) && e.index().equals(other)).findFirst().orElseThrow();
                lines.add(String.format(Locale.ROOT, "    %s %s  %s %s  %s", rankBy, shown(main, sobol), other,
                        shown(second, sobol), main.parameter()));
            }
        }
        return lines;
    }

    private static String shown(Sensitivity.Estimate estimate, boolean interval) {
        return interval ? String.format(Locale.ROOT, "%6.3f [%6.3f, %6.3f]", estimate.estimate(), estimate.low(),
                estimate.high()) : String.format(Locale.ROOT, "%7.3f", estimate.estimate());
    }
}
