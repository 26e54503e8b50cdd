package dyad.batch;

import com.google.gson.GsonBuilder;
import dyad.Version;
import dyad.scenario.AgentSpec;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventSpec;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
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
import java.util.Map;

/**
 * manifest.json: what a run was made from (file hashes, effective parameters, seed, replications, Dyad's
 * version), enough to reproduce it. It holds no clock time, so that the same run gives the same bytes.
 */
public final class Manifest {

    private Manifest() {
    }

    public static void write(Path file, Scenario scenario, Path scenarioFile) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("dyad_version", Version.current());
        manifest.put("scenario", scenario.name());
        manifest.put("scenario_file", scenarioFile.toString().replace('\\', '/'));
        manifest.put("scenario_sha256", sha256(scenarioFile));
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Path input : scenario.inputFiles()) {
            inputs.add(Map.of("file", input.toString().replace('\\', '/'), "sha256", sha256(input)));
        }
        manifest.put("input_files", inputs);
        manifest.put("seed", scenario.seed());
        manifest.put("replications", scenario.replications());
        manifest.put("parameters", parameters(scenario));
        String json = new GsonBuilder().setFieldNamingPolicy(com.google.gson.FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest);
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }

    private static Map<String, Object> parameters(Scenario scenario) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("period", Map.of("start", scenario.start().toString(), "end", scenario.end().toString()));
        parameters.put("issues_per_month", scenario.issuesPerMonth());
        parameters.put("reference_oil_price", scenario.referenceOilPrice());
        parameters.put("oil_price", scenario.oilPriceSeries().orElse(""));
        Map<String, Object> agents = new LinkedHashMap<>();
        for (AgentSpec agent : scenario.agents()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", agent.name());
            values.put("capability", agent.capabilitySource());
            values.put("oil_dependence", agent.oilDependence());
            values.put("room_midpoint", agent.roomMidpoint());
            values.put("strength_half_life_months", agent.strengthHalfLife());
            values.put("memory_half_life_months", agent.memoryHalfLife());
            values.put("grievance_half_life_months", agent.grievanceHalfLife());
            values.put("initial_trust", agent.initialTrust());
            values.put("initial_grievance", agent.initialGrievance());
            values.put("weights", agent.weights());
            agents.put(agent.id(), values);
        }
        parameters.put("agents", agents);
        Map<String, Object> events = new LinkedHashMap<>();
        for (EventSpec event : scenario.events()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("date", event.date().toString());
            values.put("kind", event.kind().name().toLowerCase(java.util.Locale.ROOT));
            values.put("label", event.label());
            values.put("source", event.source());
            List<Map<String, Object>> effects = new ArrayList<>();
            for (EffectSpec effect : event.effects()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("agent", effect.agentId());
                e.put("perceives", effect.perceives().key());
                e.put("change", effect.change());
                e.put("hold_months", effect.holdMonths());
                e.put("half_life_months", Double.isInfinite(effect.halfLifeMonths()) ? "never fades"
                        : effect.halfLifeMonths());
                effects.add(e);
            }
            values.put("effects", effects);
            events.put(event.id(), values);
        }
        parameters.put("events", events);
        List<String> phases = new ArrayList<>();
        for (Periodisation periodisation : scenario.periodisations()) {
            phases.add(periodisation.id());
        }
        parameters.put("periodisations", phases);
        return parameters;
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
