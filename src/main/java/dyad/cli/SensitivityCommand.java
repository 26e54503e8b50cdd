package dyad.cli;

import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    @picocli.CommandLine.Option(names = "--shard", paramLabel = "k/K", description = "Run only shard k of K of the"
            + " analysis's runs, into DIR/shards/k ('dyad slurm' writes the scripts that run them all); 'dyad merge"
            + " DIR' then writes the indices and charts.")
    private String shard;

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        SensitivityFile analysis = SensitivityFile.load(file);
        SweepSpec sweep = analysis.sweep();
        if (shard != null) {
            return AnalysisShards.runShard(spec.commandLine(), run, shard, "sensitivity", sweep,
                    AnalysisShards.of(analysis));
        }
        List<Sensitivity.Estimate> estimates = new ArrayList<>();
        SweepRunner.Tally tally = run.runAnalysis(spec.commandLine(), "sensitivity", file, sweep,
                AnalysisShards.finisher(analysis, run.figures.figures(), estimates::addAll),
                ResultsFolder.Kind.SENSITIVITY);
        PrintWriter stdout = spec.commandLine().getOut();
        // an analysis already complete is not estimated again: its indices are in its folder
        if (!estimates.isEmpty()) {
            for (String line : summary(analysis, estimates)) {
                stdout.println(line);
            }
        }
        return SweepCommand.written(spec.commandLine(), run.dir(sweep.name()), tally);
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
        if (sobol && !trustworthy(estimates)) {
            lines.add("  Note: some indices lie well outside 0 to 1 or have intervals wider than 0.5, so these estimates"
                    + " are not yet reliable: raise base_samples (a few hundred or more) or replications");
        }
        return lines;
    }

    /** Whether every Sobol index is a share of variance within rounding, with an interval narrow enough to read. */
    static boolean trustworthy(List<Sensitivity.Estimate> estimates) {
        return estimates.stream().allMatch(e -> Double.isNaN(e.estimate()) || e.estimate() >= -0.1 && e.estimate() <= 1.1
                && e.high() - e.low() <= 0.5);
    }

    private static String shown(Sensitivity.Estimate estimate, boolean interval) {
        return interval ? String.format(Locale.ROOT, "%6.3f [%6.3f, %6.3f]", estimate.estimate(), estimate.low(),
                estimate.high()) : String.format(Locale.ROOT, "%7.3f", estimate.estimate());
    }
}
