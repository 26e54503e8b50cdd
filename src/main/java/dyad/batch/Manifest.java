package dyad.batch;

import com.google.gson.GsonBuilder;
import dyad.Version;
import dyad.model.rules.RuleSet;
import dyad.scenario.AgentArea;
import dyad.scenario.AgentSpec;
import dyad.scenario.Dynamics;
import dyad.scenario.IssueArea;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
import dyad.scenario.Weights;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * manifest.json: what a run was made from (file hashes, effective parameters, seed, replications, Dyad's
 * version), enough to reproduce it. It holds no clock time, and every object keeps its keys in one fixed
 * order, so that the same run gives the same bytes. The parameters are written as a scenario file writes
 * them; the data series are in the resolved scenario, not here.
 */
public final class Manifest {

    private Manifest() {
    }

    /**
     * @param scenario         the scenario as run; with a resolved scenario, the one it holds
     *                         ({@link dyad.scenario.ResolvedScenario#scenario()}), so that the two agree
     * @param resolvedScenario the resolved scenario written for the run, recorded by its path from the
     *                         manifest's folder and its hash; null if there is none
     * @param paperCheck       whether the run checked the paper's stylized facts, so that a rerun does the same
     */
    /** A text as the scenario file writes it: plain, or by language when it has translations. */
    private static Object text(dyad.scenario.Text text) {
        if (text.translations().isEmpty()) {
            return text.text();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        new java.util.EnumMap<>(text.translations()).forEach((language, words) -> byLanguage.put(language.tag(), words));
        return byLanguage;
    }

    /** The language a run's figures were drawn in, from its manifest; English if it names none. */
    public static dyad.scenario.Language language(com.google.gson.JsonObject manifest) {
        com.google.gson.JsonElement tag = manifest == null ? null : manifest.get("language");
        dyad.scenario.Language language = tag == null || !tag.isJsonPrimitive() ? null
                : dyad.scenario.Language.of(tag.getAsString());
        return language != null ? language : dyad.scenario.Language.EN;
    }

    public static void write(Path file, Scenario scenario, Path scenarioFile, Path resolvedScenario,
                             boolean paperCheck, dyad.scenario.Language language) throws IOException {
        write(file, scenario, scenarioFile, resolvedScenario, paperCheck, false, Figures.in(language));
    }

    /**
     * @param allSeries whether the run also wrote each replication's path, which a rerun repeats
     * @param figures   the languages and formats of the run's figures; the first language is its {@code language}
     */
    public static void write(Path file, Scenario scenario, Path scenarioFile, Path resolvedScenario,
                             boolean paperCheck, boolean allSeries, Figures figures) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("dyad_version", Version.current());
        manifest.put("scenario", scenario.name());
        manifest.put("scenario_file", slashes(scenarioFile));
        manifest.put("scenario_sha256", sha256(scenarioFile));
        if (resolvedScenario != null) {
            manifest.put("resolved_scenario", fromFolder(file.toAbsolutePath().getParent(), resolvedScenario));
            manifest.put("resolved_scenario_sha256", sha256(resolvedScenario));
        }
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Path input : scenario.inputFiles()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("file", slashes(input));
            entry.put("sha256", sha256(input));
            inputs.add(entry);
        }
        manifest.put("input_files", inputs);
        manifest.put("seed", scenario.seed());
        manifest.put("replications", scenario.replications());
        manifest.put("paper_check", paperCheck);
        if (allSeries) {
            // written only when asked for, so that the manifests of other runs keep their bytes
            manifest.put("all_series", true);
        }
        manifest.put("language", figures.first().tag());
        manifest.put(Figures.KEY, figures.toManifest());
        manifest.put("parameters", parameters(scenario));
        writeJson(file, manifest);
    }

    /** Writes a manifest as pretty-printed JSON, keys in the order given. */
    public static void writeJson(Path file, Map<String, Object> manifest) throws IOException {
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest);
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }

    /** A file's path from a results folder, with forward slashes, as manifests record it. */
    static String fromFolder(Path folder, Path file) {
        return slashes(folder.toAbsolutePath().relativize(file.toAbsolutePath()));
    }

    /** A path with forward slashes, so that a manifest reads the same on every system. */
    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static Map<String, Object> parameters(Scenario scenario) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("start", scenario.start().toString());
        period.put("end", scenario.end().toString());
        parameters.put("period", period);
        parameters.put("issues_per_month", scenario.issuesPerMonth());
        // what areas and dynamics were written: none in a scenario older than them, whose manifest keeps its bytes
        if (scenario.hasAreas()) {
            Map<String, Object> areas = new LinkedHashMap<>();
            for (IssueArea area : scenario.areas()) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("label", text(area.label()));
                values.put("choices", area.choices());
                areas.put(area.id(), values);
            }
            parameters.put("areas", areas);
        }
        if (!scenario.dynamics().equals(Dynamics.AS_BEFORE)) {
            Map<String, Object> dynamics = new LinkedHashMap<>();
            dynamics.put("strength", scenario.dynamics().strengthRelativeToStart() ? "relative_to_start" : "as_written");
            dynamics.put("containment", scenario.dynamics().containmentReadsRoom() ? "room" : "strength");
            dynamics.put("linkage", scenario.dynamics().linkage());
            parameters.put("dynamics", dynamics);
        }
        parameters.put("reference_oil_price", scenario.referenceOilPrice());
        scenario.oilPriceSeries().ifPresent(id -> parameters.put("oil_price", id));
        Map<String, Object> agents = new LinkedHashMap<>();
        for (AgentSpec agent : scenario.agents()) {
            agents.put(agent.id(), agent(agent));
        }
        parameters.put("agents", agents);
        Map<String, Object> events = new LinkedHashMap<>();
        for (EventSpec event : scenario.events()) {
            events.put(event.id(), event(event));
        }
        parameters.put("events", events);
        List<String> phases = new ArrayList<>();
        for (Periodisation periodisation : scenario.periodisations()) {
            phases.add(periodisation.id());
        }
        parameters.put("periodisations", phases);
        return parameters;
    }

    private static Map<String, Object> agent(AgentSpec agent) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", text(agent.name()));
        // a constant capability is a number, a varying one the id of its series, as in the scenario file
        values.put("capability", agent.capabilitySeries().<Object>map(id -> id).orElse(agent.capability().get(0)));
        values.put("oil_dependence", agent.oilDependence());
        values.put("room_midpoint", agent.roomMidpoint());
        values.put("strength_half_life_months", agent.strengthHalfLife());
        values.put("memory_half_life_months", agent.memoryHalfLife());
        values.put("grievance_half_life_months", agent.grievanceHalfLife());
        values.put("initial_trust", agent.initialTrust());
        values.put("initial_grievance", agent.initialGrievance());
        values.put("weights", weights(agent.weights()));
        if (agent.forgiveness() != 0) {
            values.put("forgiveness", agent.forgiveness());
        }
        if (!agent.areas().isEmpty()) {
            Map<String, Object> areas = new LinkedHashMap<>();
            agent.areas().forEach((id, area) -> {
                Map<String, Object> perceptions = new LinkedHashMap<>();
                area.levels().forEach((perception, level) -> perceptions.put(perception.key(), level));
                area.exposures().forEach((perception, exposure) -> perceptions.put(AgentArea.exposureKey(perception),
                        exposure));
                if (!area.links().isEmpty()) {
                    perceptions.put("perceptions", links(area.links()));
                }
                areas.put(id, perceptions);
            });
            values.put("areas", areas);
        }
        if (!agent.links().isEmpty()) {
            values.put("perceptions", links(agent.links()));
        }
        return values;
    }

    /** The series each perception reads, as the scenario writes them. */
    private static Map<String, Object> links(Map<dyad.scenario.Perception, dyad.scenario.SeriesLink> links) {
        Map<String, Object> values = new LinkedHashMap<>();
        links.forEach((perception, link) -> {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("series", link.series());
            written.put("scale", link.scale());
            link.relativeTo().ifPresent(month -> written.put("relative_to", month));
            values.put(perception.key(), written);
        });
        return values;
    }

    /** Every rule's weight by its key, 0 where the scenario writes none, in the order of the rules. */
    private static Map<String, Object> weights(Weights weights) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : RuleSet.STANDARD.keys()) {
            values.put(key, weights.get(key));
        }
        weights.values().forEach(values::putIfAbsent);
        return values;
    }

    private static Map<String, Object> event(EventSpec event) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", event.date().toString());
        values.put("kind", event.kind().name().toLowerCase(Locale.ROOT));
        values.put("label", text(event.label()));
        values.put("source", event.source().text());
        values.put("show", event.shownOnChart());
        if (event.kind() == EventKind.DRIVER) {
            List<Map<String, Object>> effects = new ArrayList<>();
            for (EffectSpec effect : event.effects()) {
                effects.add(effect(effect));
            }
            values.put("effects", effects);
        }
        return values;
    }

    private static Map<String, Object> effect(EffectSpec effect) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("agent", effect.agentId());
        values.put("perceives", effect.perceives().key());
        values.put("change", effect.change());
        values.put("hold_months", effect.holdMonths());
        // an effect that never fades has no half-life in the scenario file either
        if (Double.isFinite(effect.halfLifeMonths())) {
            values.put("half_life_months", effect.halfLifeMonths());
        }
        if (!effect.areas().isEmpty()) {
            values.put("on", effect.areas());
        }
        return values;
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
