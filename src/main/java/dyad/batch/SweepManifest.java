package dyad.batch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dyad.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's manifest.json: the sweep file and base scenario hashes, design, seeds, Dyad's version, start
 * and end time and run counts. Written when the sweep starts (status "running") and again when it ends
 * ("complete"); a resumed sweep must match the hashes and seed mode recorded here.
 */
public final class SweepManifest {

    public static final String FILE = "manifest.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private SweepManifest() {
    }

    /** What identifies a sweep's runs: a resumed sweep must have the same. */
    public static Map<String, Object> identity(SweepPlan plan, boolean allSeries) throws IOException {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("sweep", plan.spec().name());
        identity.put("sweep_file", Manifest.slashes(plan.spec().sweepFile()));
        identity.put("sweep_sha256", Manifest.sha256(plan.spec().sweepFile()));
        identity.put("scenario_file", Manifest.slashes(plan.spec().scenarioFile()));
        identity.put("scenario_sha256", Manifest.sha256(plan.spec().scenarioFile()));
        List<String> inputs = new ArrayList<>();
        for (Path input : plan.baseScenario().inputFiles()) {
            inputs.add(Manifest.sha256(input));
        }
        identity.put("scenario_inputs_sha256", inputs);
        List<String> choiceFiles = new ArrayList<>();
        for (SweepParameter parameter : plan.spec().parameters()) {
            if (parameter.isChoice()) {
                for (Path file : parameter.choice().files()) {
                    choiceFiles.add(Manifest.sha256(file));
                }
            }
        }
        if (!choiceFiles.isEmpty()) {
            // a counterfactual changed since the runs began makes them another sweep's
            identity.put("choice_files_sha256", choiceFiles);
        }
        identity.put("seed", plan.spec().seed());
        identity.put("seed_mode", plan.independentSeeds() ? "independent" : "common");
        identity.put("all_series", allSeries);
        return identity;
    }

    /**
     * @param resolved the resolved sweep and base scenario written into {@code dir}, recorded by their paths
     *                 from {@code dir} and their hashes; null if there are none
     */
    public static void write(Path dir, SweepPlan plan, Sweep.Options options, String status, Instant started,
                             Instant finished, long runsDone, long runsFailed, ResolvedSweep resolved)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>(identity(plan, options.allSeries()));
        manifest.put("scenario_inputs", plan.baseScenario().inputFiles().stream()
                .map(Manifest::slashes).toList());
        if (resolved != null) {
            manifest.put("resolved_sweep", Manifest.fromFolder(dir, resolved.sweepFile()));
            manifest.put("resolved_sweep_sha256", Manifest.sha256(resolved.sweepFile()));
            manifest.put("resolved_scenario", Manifest.fromFolder(dir, resolved.scenarioFile()));
            manifest.put("resolved_scenario_sha256", Manifest.sha256(resolved.scenarioFile()));
            List<String> choiceHashes = new ArrayList<>();
            for (String choiceFile : ResolvedSweep.choiceFileNames(plan.spec())) {
                // the base's scenario.yaml has its hash above
                choiceHashes.add(Manifest.sha256(dir.resolve(choiceFile)));
            }
            if (!choiceHashes.isEmpty()) {
                manifest.put("resolved_choice_files_sha256", choiceHashes);
            }
        }
        manifest.put("dyad_version", Version.current());
        manifest.put("status", status);
        manifest.put("design", plan.spec().design().name());
        manifest.put("points", plan.points().size());
        manifest.put("replications_per_point", plan.spec().replications());
        manifest.put("parameters", plan.spec().parameterPaths());
        Map<String, List<String>> levels = levels(plan.spec());
        if (!levels.isEmpty()) {
            manifest.put(LEVELS, levels);
        }
        manifest.put("metrics", plan.metricNames());
        manifest.put("chart_metric", RunMetrics.defaultChartMetric(plan.spec(), plan.baseScenario()));
        manifest.put("fan_points", FanTable.points(plan));
        manifest.put("language", options.language().tag());
        manifest.put(Figures.KEY, options.figures().toManifest());
        manifest.put("runs_total", plan.runs());
        manifest.put("runs_done", runsDone);
        manifest.put("runs_failed", runsFailed);
        manifest.put("threads", options.threads());
        manifest.put("started_at", started.toString());
        manifest.put("finished_at", finished == null ? null : finished.toString());
        ResultsFolder.writeAtomically(dir.resolve(FILE), GSON.toJson(manifest) + "\n");
    }

    /** The key of the choices' levels: by parameter path, each level's word as the tables write it. */
    public static final String LEVELS = "levels";

    /** Every choice's levels, by parameter path, as the tables write them; empty for a sweep of numbers only. */
    public static Map<String, List<String>> levels(SweepSpec spec) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (SweepParameter parameter : spec.parameters()) {
            if (parameter.isChoice()) {
                levels.put(parameter.path(), parameter.choice().words());
            }
        }
        return levels;
    }

    /**
     * The levels of a choice column as the manifest records them, by parameter path: empty for a sweep of
     * numbers only, or one written before sweeps had choices.
     */
    public static Map<String, List<String>> levels(JsonObject manifest) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        if (manifest != null && manifest.get(LEVELS) instanceof JsonObject object) {
            for (String path : object.keySet()) {
                if (object.get(path) instanceof com.google.gson.JsonArray words) {
                    List<String> list = new ArrayList<>();
                    words.forEach(word -> list.add(word.getAsString()));
                    levels.put(path, List.copyOf(list));
                }
            }
        }
        return levels;
    }

    /** The manifest in a results folder, or null if there is none or it cannot be read. */
    public static JsonObject read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    /** The manifest's status ("running" or "complete"), or empty when there is none. */
    public static String status(JsonObject manifest) {
        if (manifest == null || !manifest.has("status") || !manifest.get("status").isJsonPrimitive()) {
            return "";
        }
        return manifest.get("status").getAsString();
    }

    /** Keys of {@link #differences} in words: "sweep_sha256" is "the sweep or analysis file's contents". */
    public static String inWords(List<String> keys) {
        List<String> words = new ArrayList<>();
        for (String key : keys) {
            words.add(switch (key) {
                case "sweep" -> "its name";
                case "sweep_sha256" -> "the sweep or analysis file's contents";
                case "scenario_sha256" -> "the scenario file's contents";
                case "scenario_inputs_sha256" -> "the files the scenario reads";
                case "choice_files_sha256" -> "the scenario files it chooses among";
                case "seed_mode" -> "--independent-seeds";
                default -> key.replace('_', ' ');
            });
        }
        return String.join(", ", words);
    }

    /** The keys of {@link #identity} whose values differ between the manifest and the plan. */
    public static List<String> differences(JsonObject manifest, SweepPlan plan, boolean allSeries) throws IOException {
        JsonObject current = GSON.toJsonTree(identity(plan, allSeries)).getAsJsonObject();
        List<String> differences = new ArrayList<>();
        for (String key : current.keySet()) {
            if (!key.endsWith("_file") && !current.get(key).equals(manifest.get(key))) {
                differences.add(key);
            }
        }
        return differences;
    }
}
