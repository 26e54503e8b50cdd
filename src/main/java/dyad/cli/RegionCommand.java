package dyad.cli;

import dyad.analysis.region.Region;
import dyad.analysis.region.RegionFile;
import dyad.analysis.region.Rejection;
import dyad.analysis.region.Smc;
import dyad.analysis.region.SmcRegion;
import dyad.batch.Failpoint;
import dyad.batch.Manifest;
import dyad.scenario.ResolvedScenario;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepParameter;
import dyad.batch.SweepRunner;
import dyad.batch.SweepSpec;
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

    /** Why sequential Monte Carlo is not split into shards or cluster jobs. */
    static final String ONE_PROCESS = "sequential Monte Carlo (sampling: smc) runs in one process: each generation"
            + " draws from the one before and proposes until enough particles are accepted, so its runs cannot be"
            + " split ahead into shards; run 'dyad region' on one node with --threads set to its cores";

    /** How many of the most constrained parameters the console lists. */
    private static final int LISTED = 8;

    @picocli.CommandLine.Mixin
    private SweepRunOptions run = new SweepRunOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Region file (YAML).")
    private Path file;

    @picocli.CommandLine.Option(names = "--shard", paramLabel = "k/K", description = "Run only shard k of K of the"
            + " draws' runs, into DIR/shards/k ('dyad slurm' writes the scripts that run them all); 'dyad merge DIR'"
            + " then writes the region and its charts. Not for sequential Monte Carlo, whose generations follow each"
            + " other.")
    private String shard;

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        RegionFile analysis = RegionFile.load(file);
        if (analysis.sequential()) {
            if (shard != null) {
                throw new dyad.scenario.BadInputException(null, "--shard", ONE_PROCESS);
            }
            return sequential(analysis);
        }
        SweepSpec sweep = analysis.sweep();
        if (shard != null) {
            return AnalysisShards.runShard(spec.commandLine(), run, shard, "region", sweep, AnalysisShards.of(analysis));
        }
        List<Region> found = new ArrayList<>();
        SweepRunner.Tally tally = run.runAnalysis(spec.commandLine(), "region", file, sweep,
                AnalysisShards.finisher(analysis, run.figures.figures(), found::add), ResultsFolder.Kind.REGION);
        PrintWriter stdout = spec.commandLine().getOut();
        // an analysis already complete is not estimated again: its tables are in its folder
        if (!found.isEmpty()) {
            summary(found.get(0)).forEach(stdout::println);
        }
        return SweepCommand.written(spec.commandLine(), run.dir(sweep.name()), tally);
    }

    /**
     * Sequential Monte Carlo: the generations run in memory, then their tables are staged and committed to the
     * folder at once, so that a kill leaves the previous results or the new ones.
     */
    private int sequential(RegionFile analysis) throws Exception {
        int threadCount = SweepCommand.checkThreads(spec.commandLine(), run.threads);
        SweepSpec sweep = analysis.sweep();
        Path dir = run.dir(sweep.name());
        PrintWriter stdout = spec.commandLine().getOut();
        long started = System.nanoTime();
        SmcRegion found;
        double seconds;
        try (ResultsFolder folder = ResultsFolder.open(dir, ResultsFolder.Kind.REGION, "--out",
                "dyad region " + sweep.name())) {
            ExecutorService pool = Executors.newFixedThreadPool(threadCount, task -> {
                Thread thread = new Thread(task, "dyad-region");
                thread.setDaemon(true);
                return thread;
            });
            try {
                found = SmcRegion.run(analysis, pool, threadCount, run.quiet ? SmcRegion.Listener.NONE
                        : progress(stdout, analysis, started));
            } finally {
                pool.shutdownNow();
            }
            // the runs' time, without the tables and charts
            seconds = (System.nanoTime() - started) / 1e9;
            Path staging = folder.stage();
            found.write(staging);
            dyad.scenario.Scenario scenario = ScenarioLoader.template(sweep.scenarioFile()).bind(Map.of());
            for (dyad.batch.FigureOutput output : run.figures.figures().outputs()) {
                dyad.chart.SmcRegionChart.writeAll(found, scenario, staging, output);
            }
            analysis.writeResolved(staging);
            ResolvedScenario.of(sweep.scenarioFile()).write(staging.resolve(ResolvedScenario.FILE));
            Manifest.writeJson(staging.resolve("manifest.json"), manifest(analysis, found, run.figures.figures()));
            Failpoint.reach("region-staged");
            folder.commit(staging, true);
        }
        if (!run.quiet) {
            stdout.printf(Locale.ROOT, "Region %s: %d runs on %d thread%s in %.1f s (%.0f runs/s)%n", sweep.name(),
                    found.runs(), threadCount, threadCount == 1 ? "" : "s", seconds,
                    found.runs() / Math.max(seconds, 1e-9));
            smcSummary(found).forEach(stdout::println);
        }
        stdout.printf("Results written to %s/%n", dir.toString().replace('\\', '/'));
        stdout.flush();
        return 0;
    }

    private static SmcRegion.Listener progress(PrintWriter stdout, RegionFile analysis, long started) {
        long[] last = {started, 0};
        return (generation, runs) -> {
            long now = System.nanoTime();
            double seconds = (now - last[0]) / 1e9;
            stdout.printf(Locale.ROOT, "  generation %d (0 to %d): tolerance %s, accepted %d of %d proposals (%s), %.0f"
                    + " runs/s%n", generation.index(), analysis.generations() - 1,
                    Double.isInfinite(generation.tolerance()) ? "none (the priors)" : generation.tolerance() == 0 ? "0 (all facts hold)"
                            : String.format(Locale.ROOT, "%.4g", generation.tolerance()),
                    generation.accepted(), generation.proposals(),
                    percent(generation.proposals() == 0 ? 0 : (double) generation.accepted() / generation.proposals()),
                    (runs - last[1]) / Math.max(seconds, 1e-9));
            stdout.flush();
            last[0] = now;
            last[1] = runs;
        };
    }

    /** The generations' end: whether every particle satisfies the facts, and the most constrained parameters. */
    static List<String> smcSummary(SmcRegion region) {
        RegionFile file = region.file();
        Smc.Run smc = region.run();
        Smc.Generation last = smc.result();
        List<String> lines = new ArrayList<>();
        String facts = String.join(", ", file.factIds());
        lines.add(String.format(Locale.ROOT, "  %d generations of %d particles (sequential Monte Carlo); facts %s,"
                + " each on the mean path of %d replications", smc.generations().size(), SmcRegion.particles(file),
                facts, file.sweep().replications()));
        if (smc.capped()) {
            Smc.Generation failed = smc.generations().get(smc.generations().size() - 1);
            lines.add(String.format(Locale.ROOT, "  Generation %d stopped after %d proposals (the cap, %d per particle)"
                    + " with %d of %d particles within tolerance %.4g.", failed.index(), failed.proposals(),
                    Smc.MAX_PROPOSALS_PER_PARTICLE, failed.accepted(), SmcRegion.particles(file), failed.tolerance()));
        }
        if (last == null) {
            lines.add("  No generation completed, so there are no particles: widen the priors or leave the facts that"
                    + " never hold out of 'facts'.");
            return lines;
        }
        if (smc.reachedZero()) {
            lines.add(String.format(Locale.ROOT, "  Every particle of generation %d satisfies all the facts; effective"
                    + " sample size %.1f of %d", last.index(), last.effectiveSampleSize(), last.accepted()));
        } else {
            lines.add(String.format(Locale.ROOT, "  The particles of generation %d are within distance %.4g of all the"
                    + " facts, not all on them: they show where the facts come nearest, not where they hold.",
                    last.index(), last.tolerance()));
        }
        lines.add("  Weighted marginals, the most constrained first (90 % of the weight, median; prior; base):");
        // as the charts order them
        for (int j : SmcRegion.mostConstrained(file.sweep(), last.particles(), last.weights())) {
            SweepParameter parameter = file.sweep().parameters().get(j);
            SmcRegion.Weighted m = region.weighted(j);
            lines.add(String.format(Locale.ROOT, "    %s: %s to %s, median %s (prior %s to %s, base %s)",
                    parameter.path(), Fields.significant(m.q05()), Fields.significant(m.q95()),
                    Fields.significant(m.q50()), Fields.format(parameter.min()), Fields.format(parameter.max()),
                    Double.isNaN(parameter.base()) ? "?" : Fields.format(parameter.base())));
        }
        return lines;
    }

    private static Map<String, Object> manifest(RegionFile analysis, SmcRegion found, dyad.batch.Figures figures)
            throws java.io.IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        SweepSpec sweep = analysis.sweep();
        manifest.put("dyad_version", dyad.Version.current());
        manifest.put("kind", "region");
        manifest.put("name", sweep.name());
        manifest.put("sampling", RegionFile.SMC);
        manifest.put("region_file", sweep.sweepFile().toString().replace('\\', '/'));
        manifest.put("region_sha256", Manifest.sha256(sweep.sweepFile()));
        manifest.put("scenario_file", sweep.scenarioFile().toString().replace('\\', '/'));
        manifest.put("scenario_sha256", Manifest.sha256(sweep.scenarioFile()));
        manifest.put("seed", sweep.seed());
        manifest.put("replications", sweep.replications());
        manifest.put("particles", SmcRegion.particles(analysis));
        manifest.put("generations_asked", analysis.generations());
        manifest.put("generations_run", found.run().generations().size());
        manifest.put("runs", found.runs());
        manifest.put("resolved_scenario", ResolvedScenario.FILE);
        manifest.put("resolved_region", RegionFile.FILE);
        // what 'dyad chart' redraws the charts in
        manifest.put("language", figures.first().tag());
        manifest.put(dyad.batch.Figures.KEY, figures.toManifest());
        return manifest;
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
                    + " base %s)", m.ks(), parameter.path(), Fields.significant(m.q05()),
                    Fields.significant(m.q95()), Fields.significant(m.q50()), Fields.format(m.priorMin()),
                    Fields.format(m.priorMax()), Double.isNaN(parameter.base()) ? "?" : Fields.format(parameter.base())));
        }
        return lines;
    }


    /** A share as a percentage with one decimal, or two below 1 %. */
    static String percent(double share) {
        double value = 100 * share;
        return String.format(Locale.ROOT, value < 1 && value > 0 ? "%.2f %%" : "%.1f %%", value);
    }
}
