package dyad.cli;

import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
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
    private SweepRunOptions run = new SweepRunOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sensitivity file (YAML).")
    private Path file;

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        int threadCount = SweepCommand.checkThreads(spec.commandLine(), run.threads);
        SensitivityFile analysis = SensitivityFile.load(file);
        SweepSpec sweep = analysis.sweep();
        Path dir = run.dir(sweep.name());
        SweepMemory.check(sweep, threadCount, false);
        PrintWriter stdout = spec.commandLine().getOut();
        List<Sensitivity.Estimate> estimates = new ArrayList<>();
        String resumeCommand = "dyad sensitivity " + SlurmCommand.quoted(file.toString())
                + (run.out == null ? "" : " --out " + SlurmCommand.quoted(run.out.toString()))
                + (run.language.language == dyad.scenario.Language.EN ? "" : " --lang " + run.language.language.tag())
                + " --resume";
        long started = System.nanoTime();
        SweepRunner.Tally tally = SweepCommand.runInterruptibly(spec.commandLine(), sweep, dir,
                new Sweep.Options(threadCount, run.resume, false, false, run.language.language), run.quiet, work -> {
                    estimates.addAll(Sensitivity.estimate(analysis, work));
                    Sensitivity.write(estimates, work);
                    SensitivityChart.writeAll(analysis, ScenarioLoader.template(sweep.scenarioFile()).bind(Map.of()),
                            estimates, work, run.language.language);
                    analysis.writeResolved(work);
                }, ResultsFolder.Kind.SENSITIVITY, "dyad sensitivity " + sweep.name(), "sensitivity analysis",
                resumeCommand);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!run.quiet) {
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
        return SweepCommand.written(spec.commandLine(), dir, tally);
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
                        + " (no chart)");
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
