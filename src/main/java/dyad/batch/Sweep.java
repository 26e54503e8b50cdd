package dyad.batch;

import com.google.gson.JsonObject;
import dyad.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole sweep in its results folder: starts it (or resumes it), runs it (writing runs.csv and points.csv),
 * then writes fan.csv and marks it complete in manifest.json. Charts are drawn from these tables.
 */
public final class Sweep {

    /** How a sweep is run; none of these change its results. */
    public record Options(int threads, boolean resume, boolean independentSeeds, boolean allSeries) {
    }

    private Sweep() {
    }

    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Options options, PointRunner pointRunner,
                                        Progress progress) throws IOException, InterruptedException {
        SweepPlan plan = SweepPlan.of(spec, options.independentSeeds());
        Instant started = Instant.now();
        if (options.resume()) {
            JsonObject manifest = SweepManifest.read(dir);
            if (manifest == null) {
                throw new ScenarioException(null, "--resume", "there is no sweep to resume in " + dir);
            }
            List<String> changed = SweepManifest.differences(manifest, plan, options.allSeries());
            if (!changed.isEmpty()) {
                throw new ScenarioException(null, "--resume", "the sweep in " + dir + " was started with other "
                        + "settings (" + String.join(", ", changed) + " changed): restore them, or delete " + dir
                        + " to start over");
            }
            if (manifest.has("started_at")) {
                started = Instant.parse(manifest.get("started_at").getAsString());
            }
        } else {
            prepareFresh(dir);
        }
        SweepManifest.write(dir, plan, options.allSeries(), "running", started, null, 0, 0, options.threads());
        SweepRunner runner = new SweepRunner(plan, pointRunner, options.threads(), options.allSeries());
        // a sweep killed before its first row keeps no runs.csv: it simply starts again
        boolean continuing = options.resume() && Files.isRegularFile(dir.resolve(SweepRunner.RUNS));
        SweepRunner.Tally tally = runner.run(dir, continuing, progress);
        FanTable.write(dir.resolve(FanTable.FAN), plan, options.threads(), runner.fanSeries());
        SweepManifest.write(dir, plan, options.allSeries(), "complete", started, Instant.now(), tally.done(),
                tally.failed(), options.threads());
        return tally;
    }

    /** A fresh sweep may replace a finished one, but never an unfinished sweep or a folder it did not write. */
    private static void prepareFresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new ScenarioException(null, "--out", dir + " exists and is not a folder");
            }
            JsonObject manifest = SweepManifest.read(dir);
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (manifest == null && !empty) {
                throw new ScenarioException(null, "--out", dir + " is not empty and holds no sweep: choose another folder");
            }
            if (manifest != null && "running".equals(manifest.get("status").getAsString())) {
                throw new ScenarioException(null, "--resume", dir + " holds an unfinished sweep: finish it with"
                        + " --resume, or delete the folder to start over");
            }
            ResultDirectory.deleteTree(dir);
        }
        Files.createDirectories(dir);
    }
}
