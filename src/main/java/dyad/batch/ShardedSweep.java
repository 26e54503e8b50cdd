package dyad.batch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dyad.scenario.BadInputException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep split into shards that run apart (the tasks of a cluster's job array), then merged into the
 * tables, charts and manifest that the whole sweep run in one process writes, byte for byte.
 *
 * <p>Shard k of K runs a contiguous range of the sweep's runs into {@code DIR/shards/k}: its rows of runs.csv
 * (and series.csv), the rows of points.csv of the points wholly inside its range, and, for the one or two
 * points its range cuts, what their runs add to the point's mean path, as whole counts that add up exactly
 * whatever the grouping. Like a whole sweep it works in its folder's {@code .dyad/unfinished-sweep} and is
 * committed once complete; run again after a kill, it resumes from its last written run.
 */
public final class ShardedSweep {

    /** Which shard a shard folder holds and its range of runs. */
    static final String SHARD_FILE = "shard.json";
    /** The points a shard's range cuts, with their mean-path counts. */
    static final String PARTIAL_POINTS = "partial-points.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    /** What must be the same in every shard of one sweep, as their manifests record it. */
    private static final List<String> IDENTITY = List.of("sweep", "seed", "seed_mode", "all_series",
            "resolved_sweep_sha256", "resolved_scenario_sha256", "runs_total");

    private ShardedSweep() {
    }

    /**
     * What the shards are parts of: a sweep, or an analysis on the sweep engine (a sensitivity or region
     * analysis), whose resolved file every shard keeps beside its tables so that the merge can finish the
     * analysis and refuse shards of another one.
     *
     * @param kind        the kind of the results folder the shards are merged into
     * @param fileName    the analysis file's name in a shard's folder, or null for a sweep
     * @param fileText    the resolved analysis file, or null for a sweep
     * @param filesBeside the files the analysis file reads, kept beside it (name to text, in writing order)
     */
    public record Whole(ResultsFolder.Kind kind, String fileName, String fileText, Map<String, String> filesBeside) {

        public static final Whole SWEEP = new Whole(ResultsFolder.Kind.SWEEP, null, null);

        public Whole {
            filesBeside = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filesBeside));
        }

        /** An analysis whose file reads nothing besides the sweep's own files. */
        public Whole(ResultsFolder.Kind kind, String fileName, String fileText) {
            this(kind, fileName, fileText, Map.of());
        }

        /** The analysis file and the files beside it, by name. */
        Map<String, String> files() {
            Map<String, String> files = new java.util.LinkedHashMap<>();
            if (fileName != null) {
                files.put(fileName, fileText);
                files.putAll(filesBeside);
            }
            return files;
        }

        /** Writes the analysis file and the files beside it into {@code dir}. */
        public void writeInto(Path dir) throws IOException {
            for (Map.Entry<String, String> file : files().entrySet()) {
                ResultsFolder.writeAtomically(dir.resolve(file.getKey()), file.getValue());
            }
        }
    }

    /** How the merge finishes the results: what the shards are parts of, and what it writes besides the tables. */
    public record Finish(Whole whole, Sweep.Finisher finisher) {
    }

    /** How to finish the merged results, told from a complete shard's folder and the languages and formats of its charts. */
    @FunctionalInterface
    public interface Finishing {
        Finish of(Path shard, Figures figures) throws IOException;
    }

    /** The folder of a shard in the sweep's folder. */
    public static Path folderOf(Path dir, Shard shard) {
        return dir.resolve(ResultsFolder.SHARDS).resolve(String.valueOf(shard.index()));
    }

    /**
     * Runs one shard of the sweep into its folder under {@code dir}, resuming the shard's own unfinished work
     * when it was started with the same sweep and settings, and doing nothing when it is already complete.
     */
    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Shard shard, Sweep.Options options,
                                        PointRunner pointRunner, Progress progress, Consumer<String> notices)
            throws IOException, InterruptedException {
        return run(spec, dir, shard, options, pointRunner, progress, notices, Whole.SWEEP);
    }

    /** Runs one shard as above, of a sweep or of an analysis on the sweep engine. */
    public static SweepRunner.Tally run(SweepSpec spec, Path dir, Shard shard, Sweep.Options options,
                                        PointRunner pointRunner, Progress progress, Consumer<String> notices,
                                        Whole whole) throws IOException, InterruptedException {
        SweepPlan plan = SweepPlan.of(spec, options.independentSeeds());
        Path shardDir = folderOf(dir, shard);
        refuseOtherShards(dir, spec, shard.count(), options, "--out", whole);
        Files.createDirectories(shardDir.getParent());
        try (ResultsFolder folder = ResultsFolder.open(shardDir, ResultsFolder.Kind.SHARD, "--out", "dyad sweep "
                + spec.name() + " --shard " + shard)) {
            return runIn(folder, plan, shard, options, pointRunner, progress, notices, whole);
        }
    }

    /**
     * Runs one shard, as above, of the sweep that {@code inputs} writes into a scratch folder of the shard's
     * folder (see {@link Sweep.Inputs}); {@code name} is the sweep's, for the process that holds the folder.
     */
    public static SweepRunner.Tally run(Sweep.Inputs inputs, String name, Path dir, Shard shard,
                                        Sweep.Options options, PointRunner pointRunner, Progress progress,
                                        Consumer<String> notices, Whole whole)
            throws IOException, InterruptedException {
        Path shardDir = folderOf(dir, shard);
        ResultsFolder.refuseUnlessUsable(dir, whole.kind(), "--out");
        Path shards = shardDir.getParent();
        if (Files.exists(shards) && !Files.isDirectory(shards)) {
            throw new BadInputException(null, "--out", shards + " exists and is not a folder");
        }
        Files.createDirectories(shards);
        try (ResultsFolder folder = ResultsFolder.open(shardDir, ResultsFolder.Kind.SHARD, "--out", "dyad sweep "
                + name + " --shard " + shard)) {
            SweepSpec spec = inputs.write(folder.stage());
            SweepPlan plan = SweepPlan.of(spec, options.independentSeeds());
            refuseOtherShards(dir, spec, shard.count(), options, "--out", whole);
            return runIn(folder, plan, shard, options, pointRunner, progress, notices, whole);
        }
    }

    private static SweepRunner.Tally runIn(ResultsFolder folder, SweepPlan plan, Shard shard, Sweep.Options options,
                                           PointRunner pointRunner, Progress progress, Consumer<String> notices,
                                           Whole whole) throws IOException, InterruptedException {
        SweepSpec spec = plan.spec();
        long first = shard.firstRun(plan.runs());
        long end = shard.endRun(plan.runs());
        Path shardDir = folder.dir();
        JsonObject finished = SweepManifest.read(shardDir);
        if ("complete".equals(SweepManifest.status(finished)) && sameShard(shardDir, shard, first, end)
                && SweepManifest.differences(finished, plan, options.allSeries()).isEmpty()
                && sameAnalysis(shardDir, whole)
                && damage(shardDir, first, end, options.allSeries(), plan.baseScenario().months()) == null) {
            notices.accept("Shard " + shard + " of sweep " + spec.name() + " in " + shardDir
                    + " is already complete.");
            return new SweepRunner.Tally(Sweep.count(finished, "runs_done", end - first),
                    Sweep.count(finished, "runs_failed", 0));
        }
        Path work = folder.unfinishedSweep();
        Instant started = Instant.now();
        boolean continuing = false;
        if (Files.isDirectory(work)) {
            JsonObject manifest = SweepManifest.read(work);
            if (manifest != null && sameShard(work, shard, first, end)
                    && SweepManifest.differences(manifest, plan, options.allSeries()).isEmpty()
                    && sameAnalysis(work, whole)) {
                continuing = Files.isRegularFile(work.resolve(SweepRunner.RUNS));
                started = Sweep.startedAt(manifest, started);
                if (continuing) {
                    notices.accept("Resuming shard " + shard + " of sweep " + spec.name() + " in " + shardDir
                            + " from its last written run.");
                }
            } else {
                notices.accept("Discarding the unfinished shard in " + shardDir + ", which was started with"
                        + " other settings, and starting it over.");
            }
        }
        if (!continuing) {
            ResultsFolder.deleteTree(work);
            Files.createDirectories(work);
        }
        ResolvedSweep resolved = ResolvedSweep.write(spec, work);
        whole.writeInto(work);
        writeShardFile(work, shard, first, end);
        SweepManifest.write(work, plan, options, "running", started, null, 0, 0, resolved);
        SweepRunner runner = new SweepRunner(plan, pointRunner, options.threads(), options.allSeries(), first,
                end);
        SweepRunner.Tally tally = runner.run(work, continuing, progress);
        writePartialPoints(work, runner.partialPoints());
        SweepManifest.write(work, plan, options, "complete", started, Instant.now(), tally.done(),
                tally.failed(), resolved);
        folder.commit(work, true);
        return tally;
    }

    /**
     * Refuses to run a shard into {@code dir}, or to write its cluster scripts there, when the folder is not a
     * sweep's, or when {@code dir/shards} holds shards of another split of the sweep or of another sweep or
     * settings, which the new shards would replace or could not be merged with.
     */
    public static void refuseOtherShards(Path dir, SweepSpec spec, int count, Sweep.Options options, String option)
            throws IOException {
        refuseOtherShards(dir, spec, count, options, option, Whole.SWEEP);
    }

    /** As above, for the shards of a sweep or of an analysis, which must be of the same analysis file too. */
    public static void refuseOtherShards(Path dir, SweepSpec spec, int count, Sweep.Options options, String option,
                                         Whole whole) throws IOException {
        ResultsFolder.refuseUnlessUsable(dir, whole.kind(), option);
        Path shards = dir.resolve(ResultsFolder.SHARDS);
        if (Files.exists(shards) && !Files.isDirectory(shards)) {
            throw new BadInputException(null, option, shards + " exists and is not a folder");
        }
        if (!Files.isDirectory(shards)) {
            return;
        }
        Map<String, Object> wanted = null;
        try (Stream<Path> entries = Files.list(shards)) {
            for (Path entry : entries.filter(Files::isDirectory).sorted().toList()) {
                JsonObject info = readJson(entry.resolve(SHARD_FILE), JsonObject.class);
                JsonObject manifest = SweepManifest.read(entry);
                if (info == null || manifest == null || !info.has("of")) {
                    continue;
                }
                String remedy = ": choose another folder, or remove " + shards + " to start the shards afresh";
                if (info.get("of").getAsInt() != count) {
                    throw new BadInputException(null, option, entry + " is a shard of a split into "
                            + info.get("of").getAsInt() + ", not " + count + remedy);
                }
                // resolving the sweep again is needed only to compare it with shards already there
                wanted = wanted != null ? wanted : resolvedIdentity(spec, options);
                for (Map.Entry<String, Object> key : wanted.entrySet()) {
                    JsonElement found = manifest.get(key.getKey());
                    if (found == null || !found.equals(GSON.toJsonTree(key.getValue()))) {
                        throw new BadInputException(null, option, entry + " holds a shard of another sweep or"
                                + " settings (its " + key.getKey() + " differs)" + remedy);
                    }
                }
                if (!sameAnalysis(entry, whole)) {
                    throw new BadInputException(null, option, entry + " holds a shard of another analysis (its "
                            + (whole.fileName() != null ? whole.fileName() : "analysis file") + " differs)" + remedy);
                }
            }
        }
    }

    /** What a shard's manifest must say for it to be one of this sweep's, run with these options. */
    private static Map<String, Object> resolvedIdentity(SweepSpec spec, Sweep.Options options) throws IOException {
        Map<String, Object> identity = new java.util.LinkedHashMap<>();
        identity.put("sweep", spec.name());
        identity.put("seed", spec.seed());
        identity.put("seed_mode", options.independentSeeds() ? "independent" : "common");
        identity.put("all_series", options.allSeries());
        String sweepText = ResolvedSweep.text(spec, dyad.scenario.ResolvedScenario.FILE);
        String scenarioText = dyad.scenario.ResolvedScenario.of(spec.scenarioFile()).text();
        identity.put("resolved_sweep_sha256", Manifest.sha256(sweepText.getBytes(StandardCharsets.UTF_8)));
        identity.put("resolved_scenario_sha256", Manifest.sha256(scenarioText.getBytes(StandardCharsets.UTF_8)));
        List<String> choiceHashes = new ArrayList<>();
        for (Path file : ResolvedSweep.choiceFiles(spec)) {
            choiceHashes.add(Manifest.sha256(dyad.scenario.ResolvedScenario.of(file).text()
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (!choiceHashes.isEmpty()) {
            identity.put("resolved_choice_files_sha256", choiceHashes);
        }
        return identity;
    }

    /** What is wrong with a complete shard's files, or null when they hold its runs in full. */
    private static String damage(Path shardDir, long first, long end, boolean allSeries, int months) {
        try {
            if (!Files.isRegularFile(shardDir.resolve(SweepRunner.RUNS))) {
                return "its " + SweepRunner.RUNS + " is missing";
            }
            long rows = AppendableTable.completeRows(shardDir.resolve(SweepRunner.RUNS));
            if (rows != end - first) {
                return "its " + SweepRunner.RUNS + " holds " + rows + " runs, not " + (end - first);
            }
            if (allSeries && (!Files.isRegularFile(shardDir.resolve(SweepRunner.SERIES))
                    || AppendableTable.completeRows(shardDir.resolve(SweepRunner.SERIES)) != (end - first) * months)) {
                return "its " + SweepRunner.SERIES + " does not hold every month of its runs";
            }
            if (!Files.isRegularFile(shardDir.resolve(PointsTable.POINTS))
                    || readJson(shardDir.resolve(PARTIAL_POINTS), JsonArray.class) == null) {
                return "its " + PointsTable.POINTS + " or " + PARTIAL_POINTS + " is missing or damaged";
            }
            return null;
        } catch (IOException | IllegalStateException e) {
            return "its tables cannot be read (" + e.getMessage() + ")";
        }
    }

    /**
     * Whether a shard's folder holds the analysis file of {@code whole} and the files beside it as they are (and
     * none for a sweep).
     */
    private static boolean sameAnalysis(Path shardDir, Whole whole) {
        try {
            for (Map.Entry<String, String> expected : whole.files().entrySet()) {
                Path file = shardDir.resolve(expected.getKey());
                if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8)
                        .equals(expected.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static void writeShardFile(Path dir, Shard shard, long first, long end) throws IOException {
        JsonObject info = new JsonObject();
        info.addProperty("shard", shard.index());
        info.addProperty("of", shard.count());
        info.addProperty("first_run", first);
        info.addProperty("end_run", end);
        ResultsFolder.writeAtomically(dir.resolve(SHARD_FILE), GSON.toJson(info) + "\n");
    }

    private static boolean sameShard(Path dir, Shard shard, long first, long end) {
        JsonObject info = readJson(dir.resolve(SHARD_FILE), JsonObject.class);
        return info != null && info.has("shard") && info.has("of") && info.has("first_run") && info.has("end_run")
                && info.get("shard").getAsInt() == shard.index() && info.get("of").getAsInt() == shard.count()
                && info.get("first_run").getAsLong() == first && info.get("end_run").getAsLong() == end;
    }

    private static void writePartialPoints(Path dir, List<SweepRunner.PartialPoint> partials) throws IOException {
        JsonArray all = new JsonArray();
        for (SweepRunner.PartialPoint partial : partials) {
            JsonObject entry = new JsonObject();
            entry.addProperty("point", partial.point());
            if (partial.meanPaths() != null) {
                entry.add("mean_paths", partial.meanPaths().toJson());
            }
            all.add(entry);
        }
        ResultsFolder.writeAtomically(dir.resolve(PARTIAL_POINTS), new Gson().toJson(all) + "\n");
    }

    private static <T> T readJson(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    /** A complete shard found in the sweep's folder. */
    private record Part(Shard shard, Path dir, JsonObject manifest, long first, long end) {
    }

    /**
     * Checks that {@code dir} holds every shard of one sweep, complete, and writes the whole sweep's tables,
     * fan, charts (through {@code finisher}) and manifest into {@code dir}, as the sweep run in one process
     * writes them. The shards stay.
     *
     * @throws BadInputException naming the shards that are missing, unfinished or of another sweep
     */
    public static SweepRunner.Tally merge(Path dir, int threads, Sweep.Finisher finisher)
            throws IOException, InterruptedException {
        return merge(dir, threads, (shard, figures) -> new Finish(Whole.SWEEP, finisher));
    }

    /**
     * Merges the shards in {@code dir} as above, into the results of a sweep or of an analysis on the sweep
     * engine, as {@code finishing} tells from the first shard; every shard must hold the same analysis file.
     */
    public static SweepRunner.Tally merge(Path dir, int threads, Finishing finishing)
            throws IOException, InterruptedException {
        List<Part> parts = completeParts(dir);
        JsonObject reference = parts.get(0).manifest();
        Finish finish = finishing.of(parts.get(0).dir(), Figures.of(reference));
        Whole whole = finish.whole();
        Sweep.Finisher finisher = finish.finisher();
        for (String fileName : whole.files().keySet()) {
            refuseOtherAnalyses(dir, parts, fileName);
        }
        SweepSpec spec = SweepLoader.load(parts.get(0).dir().resolve(ResolvedSweep.FILE));
        if (whole.kind() == ResultsFolder.Kind.SWEEP) {
            SweepMemory.checkMerge(spec, threads);
        }
        boolean allSeries = reference.get("all_series").getAsBoolean();
        SweepPlan plan = SweepPlan.of(spec, "independent".equals(reference.get("seed_mode").getAsString()));
        for (Part part : parts) {
            if (part.first() != part.shard().firstRun(plan.runs()) || part.end() != part.shard().endRun(plan.runs())) {
                throw new BadInputException(null, "DIR", part.dir() + " holds runs " + part.first() + " to "
                        + part.end() + ", not those of shard " + part.shard() + ": run it again");
            }
            String problem = damage(part.dir(), part.first(), part.end(), allSeries, plan.baseScenario().months());
            if (problem != null) {
                throw new BadInputException(null, "DIR", "shard " + part.shard() + " in " + part.dir() + " is damaged ("
                        + problem + "): run it again with 'dyad sweep SWEEP --shard " + part.shard() + " --out "
                        + dir + "'");
            }
        }
        try (ResultsFolder folder = ResultsFolder.open(dir, whole.kind(), "DIR", "dyad merge " + spec.name())) {
            Path staging = folder.stage();
            Files.copy(parts.get(0).dir().resolve(ResolvedSweep.FILE), staging.resolve(ResolvedSweep.FILE));
            Files.copy(parts.get(0).dir().resolve(dyad.scenario.ResolvedScenario.FILE),
                    staging.resolve(dyad.scenario.ResolvedScenario.FILE));
            for (String choiceFile : ResolvedSweep.choiceFileNames(spec)) {
                if (choiceFile.equals(dyad.scenario.ResolvedScenario.FILE)) {
                    continue;
                }
                Files.copy(parts.get(0).dir().resolve(choiceFile), staging.resolve(choiceFile));
            }
            try {
                writeTables(staging, plan, parts, allSeries);
            } catch (RuntimeException e) {
                if (e instanceof BadInputException) {
                    throw e;
                }
                throw new BadInputException(null, "DIR", "the shards' tables in " + dir.resolve(ResultsFolder.SHARDS)
                        + " cannot be read back (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "): run"
                        + " again the shards that were changed by hand");
            }
            FanTable.write(staging.resolve(FanTable.FAN), plan, threads, Map.of());
            long failed = 0;
            Instant started = Instant.now();
            for (Part part : parts) {
                failed += Sweep.count(part.manifest(), "runs_failed", 0);
                Instant partStarted = Sweep.startedAt(part.manifest(), started);
                started = partStarted.isBefore(started) ? partStarted : started;
            }
            JsonObject manifest = reference.deepCopy();
            manifest.addProperty("runs_done", plan.runs());
            manifest.addProperty("runs_failed", failed);
            manifest.addProperty("threads", threads);
            manifest.addProperty("shards", parts.size());
            manifest.addProperty("started_at", started.toString());
            manifest.addProperty("finished_at", Instant.now().toString());
            ResultsFolder.writeAtomically(staging.resolve(SweepManifest.FILE), GSON.toJson(manifest) + "\n");
            finisher.finish(staging);
            folder.commit(staging, false);
            return new SweepRunner.Tally(plan.runs(), failed);
        }
    }


    /** Refuses shards whose analysis files differ: their runs may agree, but not what is made of them. */
    private static void refuseOtherAnalyses(Path dir, List<Part> parts, String fileName) throws IOException {
        Part first = parts.get(0);
        byte[] expected = Files.readAllBytes(first.dir().resolve(fileName));
        for (Part part : parts) {
            Path file = part.dir().resolve(fileName);
            if (!Files.isRegularFile(file) || !java.util.Arrays.equals(expected, Files.readAllBytes(file))) {
                throw new BadInputException(null, "DIR", "shards " + first.shard().index() + " and "
                        + part.shard().index() + " in " + dir.resolve(ResultsFolder.SHARDS) + " belong to different"
                        + " analyses (their " + fileName + (Files.isRegularFile(file) ? " differs" : " is missing in "
                        + part.shard().index()) + "): run the odd one again with the same analysis file");
            }
        }
    }

    /** Every shard of the sweep in {@code dir}, in order, each complete and of the same sweep as the first. */
    private static List<Part> completeParts(Path dir) throws IOException {
        Path shards = dir.resolve(ResultsFolder.SHARDS);
        if (!Files.isDirectory(shards)) {
            throw new BadInputException(null, "DIR", dir + " holds no shards (no folder " + shards + "): run each"
                    + " shard with 'dyad sweep SWEEP --shard k/K --out " + dir + "' first");
        }
        TreeMap<Integer, Path> found = new TreeMap<>();
        try (Stream<Path> entries = Files.list(shards)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.matches("[1-9][0-9]{0,5}") && Files.isDirectory(entry)) {
                    found.put(Integer.parseInt(name), entry);
                }
            }
        }
        if (found.isEmpty()) {
            throw new BadInputException(null, "DIR", shards + " holds no shard folders: run each shard with"
                    + " 'dyad sweep SWEEP --shard k/K --out " + dir + "' first");
        }
        Map<Integer, JsonObject> infos = new HashMap<>();
        Integer count = null;
        for (Map.Entry<Integer, Path> entry : found.entrySet()) {
            JsonObject info = readJson(entry.getValue().resolve(SHARD_FILE), JsonObject.class);
            if (info != null && info.has("of")) {
                infos.put(entry.getKey(), info);
                count = count == null ? info.get("of").getAsInt() : count;
                if (info.get("of").getAsInt() != count) {
                    throw new BadInputException(null, "DIR", entry.getValue() + " is shard " + entry.getKey() + " of "
                            + info.get("of").getAsInt() + ", but another shard is of " + count + ": the folder holds"
                            + " shards of two splits of the sweep; remove the ones of the split you do not want");
                }
            }
        }
        if (count == null) {
            throw new BadInputException(null, "DIR", "no shard in " + shards + " has finished yet");
        }
        List<Integer> missing = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        JsonObject reference = null;
        int referenceShard = 0;
        for (int k = 1; k <= count; k++) {
            Path shardDir = shards.resolve(String.valueOf(k));
            JsonObject manifest = infos.containsKey(k) ? SweepManifest.read(shardDir) : null;
            if (manifest == null || !"complete".equals(SweepManifest.status(manifest))) {
                missing.add(k);
                continue;
            }
            if (reference == null) {
                reference = manifest;
                referenceShard = k;
            }
            for (String key : IDENTITY) {
                JsonElement mine = manifest.get(key);
                if (mine == null || !mine.equals(reference.get(key))) {
                    throw new BadInputException(null, "DIR", "shards " + referenceShard + " and " + k + " in "
                            + shards + " belong to different sweeps or settings (their " + key + " differs): run"
                            + " the odd one again with the same sweep, scenario and options");
                }
            }
            JsonObject info = infos.get(k);
            parts.add(new Part(new Shard(k, count), shardDir, manifest, info.get("first_run").getAsLong(),
                    info.get("end_run").getAsLong()));
        }
        int shardCount = count;
        found.keySet().stream().filter(k -> k > shardCount).findFirst().ifPresent(k -> {
            throw new BadInputException(null, "DIR", shards.resolve(String.valueOf(k)) + " is not one of the sweep's "
                    + shardCount + " shards: remove it, or run the other shards with --shard k/" + k + " or more");
        });
        if (!missing.isEmpty()) {
            throw new BadInputException(null, "DIR", "shard" + (missing.size() == 1 ? " " : "s ")
                    + joined(missing) + " of " + count + " in " + shards + (missing.size() == 1 ? " is" : " are")
                    + " missing or unfinished: run " + (missing.size() == 1 ? "it" : "them") + " (again) before"
                    + " merging");
        }
        return parts;
    }

    private static String joined(List<Integer> numbers) {
        List<String> texts = numbers.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", texts) + (numbers.size() > 20 ? " and " + (numbers.size() - 20) + " more" : "");
    }

    /**
     * runs.csv (and series.csv) are the shards' rows one after the other. points.csv takes each shard's rows of
     * the points wholly inside it, and rebuilds a point cut by shards from its rows in runs.csv and the sum of
     * its parts' mean-path counts, as the sweep writes a point's row once its last run is in.
     */
    private static void writeTables(Path staging, SweepPlan plan, List<Part> parts, boolean allSeries)
            throws IOException {
        int replications = plan.spec().replications();
        // the shards' tables are joined as they are, under the header each shard wrote from the same schema
        DataPackage.wrote(staging.resolve(SweepRunner.RUNS), SweepRunner.runsSchema(plan));
        if (allSeries) {
            DataPackage.wrote(staging.resolve(SweepRunner.SERIES), SweepRunner.seriesSchema());
        }
        TableSchema pointsSchema = PointsTable.schema(plan);
        DataPackage.wrote(staging.resolve(PointsTable.POINTS), pointsSchema);
        try (BufferedWriter runs = Files.newBufferedWriter(staging.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             BufferedWriter series = allSeries ? Files.newBufferedWriter(staging.resolve(SweepRunner.SERIES),
                     StandardCharsets.UTF_8) : null;
             BufferedWriter points = Files.newBufferedWriter(staging.resolve(PointsTable.POINTS),
                     StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(header, AppendableTable.format())) {
                printer.printRecord(pointsSchema.header());
            }
            points.write(header.toString());
            PointsTable.Group pending = null;
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                concatenate(part.dir().resolve(SweepRunner.RUNS), runs, i == 0);
                if (series != null) {
                    concatenate(part.dir().resolve(SweepRunner.SERIES), series, i == 0);
                }
                if (part.first() == part.end()) {
                    continue;
                }
                Map<Integer, JsonObject> cut = partialPoints(part);
                int headPoint = plan.pointOf(part.first());
                int tailPoint = plan.pointOf(part.end() - 1);
                PointsTable.Group head = null;
                if (cut.containsKey(headPoint)) {
                    if (pending != null && pending.point() != headPoint) {
                        throw inconsistent(part, "it does not go on with point " + pending.point());
                    }
                    head = pending != null ? pending : PointsTable.Group.of(plan, headPoint);
                    head.addMeanPaths(meanPaths(cut.get(headPoint)));
                } else if (pending != null) {
                    throw inconsistent(part, "its first point does not go on from the previous shard");
                }
                PointsTable.Group tail = null;
                if (cut.containsKey(tailPoint) && tailPoint != headPoint) {
                    tail = PointsTable.Group.of(plan, tailPoint);
                    tail.addMeanPaths(meanPaths(cut.get(tailPoint)));
                }
                addRows(part, plan, head, headPoint, tail, tailPoint);
                if (head != null && head.runs() == replications) {
                    points.write(head.rowText());
                    head = null;
                }
                boolean wholePoints = copyRows(part.dir().resolve(PointsTable.POINTS), points);
                if (head != null && (wholePoints || tail != null)) {
                    throw inconsistent(part, "point " + headPoint + " lacks runs");
                }
                pending = tail != null ? tail : head;
            }
            if (pending != null) {
                if (pending.runs() != replications) {
                    throw new BadInputException(null, "DIR", "the shards hold " + pending.runs() + " of the "
                            + replications + " runs of point " + pending.point() + ": run the last shard again");
                }
                points.write(pending.rowText());
            }
        }
    }

    private static BadInputException inconsistent(Part part, String problem) {
        return new BadInputException(null, "DIR", part.dir() + " does not fit the shards before it (" + problem
                + "): run it again");
    }

    /** Appends a table's rows (after its header, which goes only into an empty table) as they are written. */
    private static void concatenate(Path table, BufferedWriter out, boolean withHeader) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (withHeader && header != null) {
                out.write(header);
                out.write('\n');
            }
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    /** Appends a table's rows after its header; whether there were any. */
    private static boolean copyRows(Path table, BufferedWriter out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            boolean any = false;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                any = true;
            }
            return any;
        }
    }

    private static Map<Integer, JsonObject> partialPoints(Part part) {
        JsonArray all = readJson(part.dir().resolve(PARTIAL_POINTS), JsonArray.class);
        if (all == null) {
            throw inconsistent(part, "its " + PARTIAL_POINTS + " cannot be read");
        }
        Map<Integer, JsonObject> byPoint = new HashMap<>();
        for (JsonElement entry : all) {
            byPoint.put(entry.getAsJsonObject().get("point").getAsInt(), entry.getAsJsonObject());
        }
        return byPoint;
    }

    private static JsonObject meanPaths(JsonObject partial) {
        return partial.has("mean_paths") ? partial.getAsJsonObject("mean_paths") : null;
    }

    /** Adds the shard's rows of its cut points to their groups, as the values are written in runs.csv. */
    private static void addRows(Part part, SweepPlan plan, PointsTable.Group head, int headPoint,
                                PointsTable.Group tail, int tailPoint) throws IOException {
        if (head == null && tail == null) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(part.dir().resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader,
                     AppendableTable.format().builder().setHeader().setSkipHeaderRecord(true).get())) {
            Map<String, Integer> columns = parser.getHeaderMap();
            int[] metricColumns = plan.metricNames().stream().mapToInt(columns::get).toArray();
            int status = columns.get("status");
            for (CSVRecord record : parser) {
                int point = Integer.parseInt(record.get(0));
                PointsTable.Group group = point == headPoint ? head : point == tailPoint ? tail : null;
                if (group == null) {
                    continue;
                }
                group.add(record, "ok".equals(record.get(status)), metricColumns, null);
            }
        }
    }
}
