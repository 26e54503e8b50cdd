package dyad.batch;

import com.google.gson.JsonObject;
import dyad.scenario.BadInputException;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole sweep in its results folder: starts it (or resumes it), runs it (writing runs.csv and points.csv),
 * then writes fan.csv and marks it complete in manifest.json. An unfinished sweep lives in the folder's
 * {@code .dyad/unfinished-sweep}; only a complete one is committed to the folder, replacing the earlier
 * result there, so a finished sweep stays intact until the next one is complete.
 */
public final class Sweep {

    /**
     * How a sweep is run; none of these change its tables.
     *
     * @param figures the languages and formats of its charts, recorded in its manifest
     */
    public record Options(int threads, boolean resume, boolean independentSeeds, boolean allSeries,
                          Figures figures) {

        /** Options for charts in English. */
        public Options(int threads, boolean resume, boolean independentSeeds, boolean allSeries) {
            this(threads, resume, independentSeeds, allSeries, Language.EN);
        }

        /** Options for charts in one language, in every format. */
        public Options(int threads, boolean resume, boolean independentSeeds, boolean allSeries, Language language) {
            this(threads, resume, independentSeeds, allSeries, Figures.in(language));
        }

        public Options {
            java.util.Objects.requireNonNull(figures, "figures");
        }

        /** The first language of its charts, the one its manifest names. */
        public Language language() {
            return figures.first();
        }
    }

    /** Writes what else belongs to a complete sweep (charts) into its folder before the commit. */
    @FunctionalInterface
    public interface Finisher {
        Finisher NOTHING = dir -> { };

        void finish(Path dir) throws IOException;
    }

    /**
     * The files a sweep reads, written by the command that runs it into a scratch folder inside its locked results
     * folder, and the sweep read from them: for a sweep whose files are made, not written by the user (the futures
     * of a futures file). The scratch folder is removed once the sweep ends, and by the next command that opens the
     * folder if the process was killed, so nothing is left outside the results folder.
     */
    @FunctionalInterface
    public interface Inputs {
        SweepSpec write(Path scratch) throws IOException;
    }

    private Sweep() {
    }

    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Options options, PointRunner pointRunner,
                                        Progress progress) throws IOException, InterruptedException {
        return run(spec, dir, options, pointRunner, progress, notice -> { }, Finisher.NOTHING);
    }

    /**
     * Runs the sweep into {@code dir}, telling {@code notices} what happens to an unfinished sweep found there,
     * and commits it once complete and finished by {@code finisher}.
     */
    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Options options, PointRunner pointRunner,
                                        Progress progress, Consumer<String> notices, Finisher finisher)
            throws IOException, InterruptedException {
        return run(spec, dir, options, pointRunner, progress, notices, finisher, ResultsFolder.Kind.SWEEP,
                "dyad sweep " + spec.name());
    }

    /**
     * Runs the sweep as above into a results folder of the given kind, for an analysis whose results are a
     * sweep's and more; {@code command} names the process that holds the folder's lock.
     */
    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Options options, PointRunner pointRunner,
                                        Progress progress, Consumer<String> notices, Finisher finisher,
                                        ResultsFolder.Kind kind, String command)
            throws IOException, InterruptedException {
        SweepPlan plan = SweepPlan.of(spec, options.independentSeeds());
        try (ResultsFolder folder = ResultsFolder.open(dir, kind, "--out", command)) {
            return runIn(folder, plan, options, pointRunner, progress, notices, finisher, kind);
        }
    }

    /**
     * Runs the sweep that {@code inputs} writes into a scratch folder of the results folder, as above; the files
     * it reads are those of the scratch folder, which is removed when the sweep ends (or by the next command after
     * a kill). The sweep is known by its files' bytes, not their folder, so {@code --resume} finds it again.
     */
    public static SweepRunner.Tally run(Inputs inputs, Path dir, Options options, PointRunner pointRunner,
                                        Progress progress, Consumer<String> notices, Finisher finisher,
                                        ResultsFolder.Kind kind, String command)
            throws IOException, InterruptedException {
        try (ResultsFolder folder = ResultsFolder.open(dir, kind, "--out", command)) {
            SweepSpec spec = inputs.write(folder.stage());
            SweepPlan plan = SweepPlan.of(spec, options.independentSeeds());
            return runIn(folder, plan, options, pointRunner, progress, notices, finisher, kind);
        }
    }

    private static SweepRunner.Tally runIn(ResultsFolder folder, SweepPlan plan, Options options,
                                           PointRunner pointRunner, Progress progress, Consumer<String> notices,
                                           Finisher finisher, ResultsFolder.Kind kind)
            throws IOException, InterruptedException {
        SweepSpec spec = plan.spec();
        Path dir = folder.dir();
        Path work = folder.unfinishedSweep();
        String what = kind == ResultsFolder.Kind.SHARD ? "sweep" : kind.noun();
        Instant started = Instant.now();
        boolean continuing = false;
        if (options.resume()) {
            JsonObject manifest = SweepManifest.read(work);
            if (!Files.isDirectory(work)) {
                JsonObject finished = SweepManifest.read(dir);
                if ("complete".equals(SweepManifest.status(finished))
                        && SweepManifest.differences(finished, plan, options.allSeries()).isEmpty()) {
                    notices.accept("The " + what + " in " + dir + " is already complete: nothing to resume.");
                    return new SweepRunner.Tally(count(finished, "runs_done", plan.runs()),
                            count(finished, "runs_failed", 0));
                }
                if (finished != null) {
                    throw new BadInputException(null, "--resume", "there is no unfinished " + what
                            + " to resume in " + dir + ": run it without --resume to start it");
                }
                // killed before it wrote anything (the folder may not even exist): what is left to finish is all
                notices.accept("nothing of this " + what + " was written in " + dir + " yet; starting it");
            } else if (manifest == null) {
                notices.accept("The unfinished " + what + " in " + dir + " had not written its first run: starting it"
                        + " from the beginning.");
            } else {
                List<String> changed = SweepManifest.differences(manifest, plan, options.allSeries());
                if (!changed.isEmpty()) {
                    throw new BadInputException(null, "--resume", "the unfinished " + what + " in " + dir + " was"
                            + " started with other settings (" + SweepManifest.inWords(changed) + " changed): restore them,"
                            + " or run without --resume to start over");
                }
                started = startedAt(manifest, started);
                // a sweep killed before its first row keeps no runs.csv: it simply starts again
                continuing = Files.isRegularFile(work.resolve(SweepRunner.RUNS));
            }
        } else if (Files.isDirectory(work)) {
            notices.accept("Discarding the unfinished " + what + " in " + dir + " (" + progressOf(work)
                    + ") and starting over; to finish it instead, stop this one and add --resume.");
        }
        if (!continuing) {
            // a fresh start, or an unfinished sweep with nothing to keep
            ResultsFolder.deleteTree(work);
            Files.createDirectories(work);
        }
        ResolvedSweep resolved = ResolvedSweep.write(spec, work);
        SweepManifest.write(work, plan, options, "running", started, null, 0, 0, resolved);
        Failpoint.reach("sweep-started");
        SweepRunner runner = new SweepRunner(plan, pointRunner, options.threads(), options.allSeries());
        SweepRunner.Tally tally = runner.run(work, continuing, progress);
        FanTable.write(work.resolve(FanTable.FAN), plan, options.threads(), runner.fanSeries());
        SweepManifest.write(work, plan, options, "complete", started, Instant.now(), tally.done(),
                tally.failed(), resolved);
        finisher.finish(work);
        folder.commit(work, true);
        return tally;
    }

    static long count(JsonObject manifest, String key, long otherwise) {
        try {
            return manifest.get(key).getAsLong();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    /** When the unfinished sweep started, as its manifest says, or {@code otherwise} if it cannot say. */
    static Instant startedAt(JsonObject manifest, Instant otherwise) {
        try {
            return Instant.parse(manifest.get("started_at").getAsString());
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    /** "1,200 of 6,000 runs done", as far as the unfinished sweep's manifest and table say. */
    private static String progressOf(Path work) {
        JsonObject manifest = SweepManifest.read(work);
        try {
            long done = Files.isRegularFile(work.resolve(SweepRunner.RUNS))
                    ? AppendableTable.completeRows(work.resolve(SweepRunner.RUNS)) : 0;
            String total = manifest != null && manifest.has("runs_total") ? String.format(java.util.Locale.ROOT, "%,d",
                    manifest.get("runs_total").getAsLong()) : "?";
            return String.format(java.util.Locale.ROOT, "%,d of %s runs done", done, total);
        } catch (IOException | RuntimeException e) {
            return "its tables are unreadable";
        }
    }
}
