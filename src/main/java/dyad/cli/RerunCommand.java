package dyad.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dyad.batch.Figures;
import dyad.batch.ResolvedSweep;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepManifest;
import dyad.chart.RunChartRedraw;
import dyad.model.MemoryEstimate;
import dyad.model.rules.RuleSet;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad rerun}: runs a run or a sweep again from its results folder alone (the resolved scenario and
 * sweep files it keeps), so that it gives the same tables and charts even after the original files changed.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run a run or a sweep again from its results folder alone: the folder's scenario.yaml (and"
                + " sweep.yaml) hold everything it was made from, so the tables and charts come out the same even"
                + " if the original scenario or data files have changed or are gone.",
                "Writes into DIR itself (replacing its result once the new one is complete) or into --out."})
final class RerunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run's or a sweep's results folder, e.g. results/quick.")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR2", description = "Folder for the new results (default: DIR itself).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for a sweep (default: all cores).")
    private Integer threads;

    @Option(names = "--quiet", description = "Print no sweep progress.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        SweepCommand.checkThreads(spec.commandLine(), threads);
        ResultsFolder.Kind kind = ResultsFolder.kindOfExisting(dir, "DIR");
        if (kind == ResultsFolder.Kind.HANDOUT) {
            throw new BadInputException(null, "DIR", dir + " holds a handout: write it again with the command at its"
                    + " end");
        }
        if (kind == ResultsFolder.Kind.COMPARE) {
            throw new BadInputException(null, "DIR", dir + " holds a comparison: run 'dyad compare' again with the"
                    + " scenario files kept in it");
        }
        if (kind == ResultsFolder.Kind.DISCOVER) {
            throw new BadInputException(null, "DIR", dir + " holds a scenario discovery: run 'dyad discover' again"
                    + " with the sweep and condition its manifest.json names");
        }
        if (kind == ResultsFolder.Kind.SENSITIVITY) {
            throw new BadInputException(null, "DIR", dir + " holds a sensitivity analysis: run 'dyad sensitivity'"
                    + " again on the sensitivity.yaml kept in it");
        }
        if (kind == ResultsFolder.Kind.CALIBRATION) {
            throw new BadInputException(null, "DIR", dir + " holds a calibration: run 'dyad calibrate' again on the"
                    + " calibration.yaml kept in it");
        }
        if (kind == ResultsFolder.Kind.REGION) {
            throw new BadInputException(null, "DIR", dir + " holds a region analysis: run 'dyad region' again on the"
                    + " region.yaml kept in it");
        }
        if (kind == ResultsFolder.Kind.FUTURES) {
            throw new BadInputException(null, "DIR", dir + " holds a futures analysis: run 'dyad futures' again on its"
                    + " futures file, or 'dyad run' on one of its scenario-<future>.yaml files");
        }
        if (kind == ResultsFolder.Kind.SHARD) {
            throw new BadInputException(null, "DIR", dir + " holds one shard of a sweep: run it again with 'dyad sweep"
                    + " SWEEP --shard k/K', or rerun the merged sweep's folder");
        }
        // finishes a commit that a killed process left half done, so that what is read is the latest result
        List<String> files;
        try (ResultsFolder folder = ResultsFolder.open(dir, kind, "DIR", "dyad rerun")) {
            files = folder.files();
        }
        Path scenarioFile = dir.resolve(ResolvedScenario.FILE);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new BadInputException(null, "DIR", dir + " keeps no " + ResolvedScenario.FILE + " (it was written by an"
                    + " earlier Dyad, or its run has not finished): run its scenario again instead");
        }
        JsonObject manifest = SweepManifest.read(dir);
        if (manifest == null) {
            throw new BadInputException(null, "DIR", dir.resolve(SweepManifest.FILE) + " is missing or damaged, so the"
                    + " options of the run are unknown: run its scenario.yaml again instead");
        }
        unchanged(manifest, "resolved_scenario_sha256", scenarioFile);
        Path target = out != null ? out : dir;
        PrintWriter stdout = spec.commandLine().getOut();
        if (kind == ResultsFolder.Kind.RUN) {
            ResolvedScenario resolved = ResolvedScenario.of(scenarioFile);
            RuleSet.STANDARD.check(resolved.scenario());
            boolean paperCheck = flag(manifest, "paper_check", true);
            MemoryEstimate.ofRun(resolved.scenario(), RunCommand.replays(resolved.scenario(), paperCheck))
                    .check(null, "DIR", "give Java more memory");
            // the why charts of issue areas that the run was asked for, or that 'dyad chart' added since
            List<String> whyAreas = RunChartRedraw.whyAreas(resolved.scenario(), List.of(), files);
            // in the languages and formats the folder's figures have, 'dyad chart' having perhaps added some
            RunCommand.replayInto(resolved, scenarioFile, target, paperCheck, flag(manifest, "all_series", false),
                    Figures.of(manifest), whyAreas, stdout);
            return 0;
        }
        Path sweepFile = dir.resolve(ResolvedSweep.FILE);
        if (!Files.isRegularFile(sweepFile)) {
            throw new BadInputException(null, "DIR", dir + " keeps no " + ResolvedSweep.FILE + ": run its sweep again"
                    + " instead");
        }
        unchanged(manifest, "resolved_sweep_sha256", sweepFile);
        boolean independentSeeds = manifest != null && manifest.has("seed_mode")
                && "independent".equals(manifest.get("seed_mode").getAsString());
        return SweepCommand.sweepInto(spec.commandLine(), sweepFile, target, target, threads, false, independentSeeds,
                flag(manifest, "all_series", false), quiet, Figures.of(manifest));
    }

    /** Refuses to rerun a file that was edited after the run, which would not reproduce it. */
    private static void unchanged(JsonObject manifest, String key, Path file) throws java.io.IOException {
        JsonElement recorded = manifest.get(key);
        if (recorded != null && recorded.isJsonPrimitive()
                && !recorded.getAsString().equals(dyad.batch.Manifest.sha256(file))) {
            throw new BadInputException(null, "DIR", file + " was changed after the results were made, so a rerun would"
                    + " not reproduce them: run the changed file with 'dyad run' or 'dyad sweep' and --out instead");
        }
    }

    private static boolean flag(JsonObject manifest, String key, boolean otherwise) {
        JsonElement value = manifest == null ? null : manifest.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? value.getAsBoolean() : otherwise;
    }
}
