package dyad.cli;

import dyad.analysis.region.Region;
import dyad.analysis.region.RegionFile;
import dyad.analysis.region.Rejection;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepParameter;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
import dyad.chart.RegionChart;
import dyad.scenario.Fields;
import dyad.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad region}: approximate Bayesian computation by rejection over a scenario's parameters: which draws
 * from the priors satisfy all the facts, on the sweep engine.
 */
@Command(name = "region", mixinStandardHelpOptions = true,
        description = {"Where the story holds: draw parameter sets from the file's priors, run each as a sweep point"
                + " (on all cores, reproducible from the file's seed) and keep those whose runs satisfy all the"
                + " scenario's facts (approximate Bayesian computation by rejection).",
                "Writes accepted.csv, region.csv, acceptance.csv, the marginals and pairs charts, the sweep's tables"
                        + " and manifest.json to results/<name>/ (or --out). If interrupted, run it again with"
                        + " --resume."})
final class RegionCommand implements Callable<Integer> {

    /** How many of the most constrained parameters the console lists. */
    private static final int LISTED = 8;

    @picocli.CommandLine.Mixin
    private SweepRunOptions run = new SweepRunOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Region file (YAML).")
    private Path file;

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        RegionFile analysis = RegionFile.load(file);
        SweepSpec sweep = analysis.sweep();
        List<Region> found = new ArrayList<>();
        SweepRunner.Tally tally = run.runAnalysis(spec.commandLine(), "region", file, sweep, work -> {
            Region region = Region.estimate(analysis, work);
            region.write(work);
            RegionChart.writeAll(region, ScenarioLoader.template(sweep.scenarioFile()).bind(Map.of()), work,
                    run.language.language);
            analysis.writeResolved(work);
            found.add(region);
        }, ResultsFolder.Kind.REGION);
        PrintWriter stdout = spec.commandLine().getOut();
        // an analysis already complete is not estimated again: its tables are in its folder
        if (!found.isEmpty()) {
            summary(found.get(0)).forEach(stdout::println);
        }
        return SweepCommand.written(spec.commandLine(), run.dir(sweep.name()), tally);
    }

    /** The accepted share, each fact's share alone, and the most constrained parameters. */
    static List<String> summary(Region region) {
        RegionFile file = region.file();
        Rejection.Result result = region.result();
        Rejection.Share all = result.all();
        List<String> lines = new ArrayList<>();
        int replications = file.sweep().replications();
        String runs = replications + (replications == 1 ? " replication" : " replications");
        String satisfied = file.accept().onMeanPath() ? "each on the mean path of " + runs
                : "each in at least " + percent(file.accept().share()) + " of " + runs + " ("
                + (int) Math.ceil(file.accept().share() * replications - 1e-9) + " or more)";
        lines.add(String.format(Locale.ROOT, "  %d draws from the priors; facts %s, %s", all.draws(),
                region.factList(), satisfied));
        if (region.skipped() > 0) {
            lines.add("  " + region.skipped() + " draws left out: none of their runs succeeded (runs.csv gives the"
                    + " errors)");
        }
        if (all.draws() == 0) {
            lines.add("  No draw has a successful run, so there is nothing to accept: runs.csv gives the errors.");
            return lines;
        }
        if (all.passed() == 0) {
            lines.add(String.format(Locale.ROOT, "  No draw satisfies all the facts: 0 of %d (the share is below %s"
                    + " with 95 %% confidence).", all.draws(), percent(all.high())));
        } else {
            lines.add(String.format(Locale.ROOT, "  Accepted %d of %d draws: %s [%s, %s] (95 %% exact binomial"
                    + " interval)", all.passed(), all.draws(), percent(all.share()), percent(all.low()),
                    percent(all.high())));
        }
        lines.add("  Each fact alone:");
        int width = file.facts().stream().mapToInt(fact -> fact.id().length()).max().orElse(0);
        int weakest = 0;
        for (int f = 0; f < result.alone().size(); f++) {
            Rejection.Share alone = result.alone().get(f);
            weakest = alone.share() < result.alone().get(weakest).share() ? f : weakest;
            lines.add(String.format(Locale.ROOT, "    %-" + width + "s  %s [%s, %s]", file.facts().get(f).id(),
                    percent(alone.share()), percent(alone.low()), percent(alone.high())));
        }
        if (all.passed() == 0) {
            lines.add("  " + file.facts().get(weakest).id() + " holds least often alone: widen the priors, draw more"
                    + " samples, or leave it out of 'facts'.");
            return lines;
        }
        lines.add("  Most constrained (Kolmogorov-Smirnov distance of the accepted draws from the prior):");
        List<Integer> order = result.byConstraint();
        for (int rank = 0; rank < Math.min(LISTED, order.size()); rank++) {
            int j = order.get(rank);
            Rejection.Marginal m = result.marginals().get(j);
            SweepParameter parameter = file.sweep().parameters().get(j);
            lines.add(String.format(Locale.ROOT, "    %.3f  %s: 90 %% of accepted %s to %s, median %s (prior %s to %s,"
                    + " base %s)", m.ks(), parameter.path(), Fields.format(round(m.q05())),
                    Fields.format(round(m.q95())), Fields.format(round(m.q50())), Fields.format(m.priorMin()),
                    Fields.format(m.priorMax()), Double.isNaN(parameter.base()) ? "?" : Fields.format(parameter.base())));
        }
        return lines;
    }

    private static double round(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
    }

    /** A share as a percentage with one decimal, or two below 1 %. */
    static String percent(double share) {
        double value = 100 * share;
        return String.format(Locale.ROOT, value < 1 && value > 0 ? "%.2f %%" : "%.1f %%", value);
    }
}
