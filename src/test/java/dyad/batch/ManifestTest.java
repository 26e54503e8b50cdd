package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dyad.model.rules.RuleSet;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.SameScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml");

    @TempDir
    Path temp;

    /** A run's folder: its resolved scenario and its manifest. */
    JsonObject writeRun(Path scenarioFile, String folder) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        ResolvedScenario resolved = ResolvedScenario.of(scenarioFile);
        resolved.write(dir.resolve(ResolvedScenario.FILE));
        Manifest.write(dir.resolve("manifest.json"), resolved.scenario(), scenarioFile, dir.resolve(ResolvedScenario.FILE), true,
                dyad.scenario.Language.EN);
        return JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
    }

    static List<String> keys(JsonElement object) {
        return List.copyOf(object.getAsJsonObject().keySet());
    }

    @Test
    void aPerceptionThatReadsASeriesIsNamedWithItsScaleAndReference() throws IOException {
        Path file = temp.resolve("linked.yaml");
        Files.writeString(file, """
                name: linked
                period: {start: 2006-01, end: 2007-12}
                series:
                  trade: {values: {2006: 10, 2007: 12}}
                agents:
                  alpha: {capability: 1, perceptions: {shared_interest: {series: trade, scale: 0.5, relative_to: 2006}}}
                  beta: {capability: 1}
                """);
        JsonObject agents = writeRun(file, "linked").getAsJsonObject("parameters").getAsJsonObject("agents");
        assertEquals("{\"shared_interest\":{\"series\":\"trade\",\"scale\":0.5,\"relative_to\":\"2006\"}}",
                agents.getAsJsonObject("alpha").get("perceptions").toString());
        assertFalse(agents.getAsJsonObject("beta").has("perceptions"));
    }

    @Test
    void theSameRunWritesTheSameBytes() throws IOException {
        writeRun(BASELINE, "first");
        writeRun(BASELINE, "second");
        for (String file : List.of("manifest.json", ResolvedScenario.FILE)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("first").resolve(file)),
                    Files.readAllBytes(temp.resolve("second").resolve(file)), file);
        }
    }

    @Test
    void everyObjectKeepsItsKeysInTheDocumentedOrder() throws IOException {
        JsonObject manifest = writeRun(BASELINE, "run");
        assertEquals(List.of("dyad_version", "scenario", "scenario_file", "scenario_sha256", "resolved_scenario",
                "resolved_scenario_sha256", "input_files", "seed", "replications", "paper_check", "language",
                "figures", "parameters"),
                keys(manifest));
        for (JsonElement input : manifest.getAsJsonArray("input_files")) {
            assertEquals(List.of("file", "sha256"), keys(input));
        }
        JsonObject parameters = manifest.getAsJsonObject("parameters");
        // areas and dynamics only where the scenario writes them, as the baseline does
        assertEquals(List.of("period", "issues_per_month", "areas", "dynamics", "reference_oil_price", "oil_price",
                "agents", "events", "periodisations"), keys(parameters));
        for (JsonElement area : parameters.getAsJsonObject("areas").asMap().values()) {
            assertEquals(List.of("label", "choices"), keys(area));
        }
        assertEquals(List.of("strength", "containment", "linkage"), keys(parameters.get("dynamics")));
        assertEquals(List.of("start", "end"), keys(parameters.get("period")));
        for (JsonElement agent : parameters.getAsJsonObject("agents").asMap().values()) {
            List<String> expected = new java.util.ArrayList<>(List.of("name", "capability", "oil_dependence",
                    "room_midpoint", "strength_half_life_months", "memory_half_life_months", "grievance_half_life_months",
                    "initial_trust", "initial_grievance", "weights"));
            // forgiveness and areas only where the agent has them
            if (agent.getAsJsonObject().has("forgiveness")) {
                expected.add("forgiveness");
            }
            if (agent.getAsJsonObject().has("areas")) {
                expected.add("areas");
            }
            assertEquals(expected, keys(agent));
            assertEquals(RuleSet.STANDARD.keys(), keys(agent.getAsJsonObject().get("weights")),
                    "every rule's weight, in the order of the rules");
        }
        for (JsonElement event : parameters.getAsJsonObject("events").asMap().values()) {
            boolean driver = event.getAsJsonObject().get("kind").getAsString().equals("driver");
            List<String> expected = List.of("date", "kind", "label", "source", "show", "effects");
            assertEquals(driver ? expected : expected.subList(0, 5), keys(event), "a marker has no effects");
            if (driver) {
                for (JsonElement effect : event.getAsJsonObject().getAsJsonArray("effects")) {
                    List<String> fields = List.of("agent", "perceives", "change", "hold_months", "half_life_months", "on");
                    assertEquals(effect.getAsJsonObject().has("on") ? fields : fields.subList(0, 5), keys(effect));
                }
            }
        }
    }

    @Test
    void recordsTheResolvedScenarioBesideIt() throws IOException {
        JsonObject manifest = writeRun(BASELINE, "run");
        assertEquals(ResolvedScenario.FILE, manifest.get("resolved_scenario").getAsString());
        assertEquals(Manifest.sha256(temp.resolve("run").resolve(ResolvedScenario.FILE)),
                manifest.get("resolved_scenario_sha256").getAsString());
        Path withoutResolved = temp.resolve("plain.json");
        Manifest.write(withoutResolved, ScenarioLoader.load(BASELINE), BASELINE, null, true, dyad.scenario.Language.EN);
        assertFalse(Files.readString(withoutResolved).contains("resolved_scenario"));
    }

    @Test
    void capabilitiesAreWrittenAsTheScenarioFileWritesThem() throws IOException {
        JsonObject agents = writeRun(BASELINE, "run").getAsJsonObject("parameters").getAsJsonObject("agents");
        assertTrue(agents.getAsJsonObject("usa").get("capability").getAsJsonPrimitive().isNumber());
        assertEquals(1.0, agents.getAsJsonObject("usa").get("capability").getAsDouble());
        assertEquals("russia_capability", agents.getAsJsonObject("russia").get("capability").getAsString());
    }

    @Test
    void anEffectThatNeverFadesHasNoHalfLife() throws IOException {
        Path scenario = temp.resolve("lasting.yaml");
        Files.writeString(scenario, "extends: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath()
                + "\nname: lasting\nevents:\n  crisis:\n    effects:\n      - {agent: beta, perceives: threat, change: 1}\n");
        JsonObject effect = writeRun(scenario, "run").getAsJsonObject("parameters").getAsJsonObject("events")
                .getAsJsonObject("crisis").getAsJsonArray("effects").get(0).getAsJsonObject();
        assertEquals(List.of("agent", "perceives", "change", "hold_months"), keys(effect));
    }

    /** The parameters, laid over the resolved scenario as a scenario that extends it, change nothing. */
    @Test
    void theLoaderAcceptsTheParametersAndTheyAgreeWithTheResolvedScenario() throws IOException {
        for (Path scenario : List.of(BASELINE, Path.of("scenarios/counterfactual-low-oil.yaml"),
                Path.of("src/test/resources/scenarios/example-minimal.yaml"))) {
            String folder = scenario.getFileName().toString().replace(".yaml", "");
            JsonObject parameters = writeRun(scenario, folder).getAsJsonObject("parameters").deepCopy();
            parameters.remove("periodisations");
            JsonObject overlay = new JsonObject();
            overlay.addProperty("extends", ResolvedScenario.FILE);
            parameters.entrySet().forEach(entry -> overlay.add(entry.getKey(), entry.getValue()));
            Path file = temp.resolve(folder).resolve("overlay.yaml");
            Files.writeString(file, overlay.toString(), StandardCharsets.UTF_8);
            Scenario original = ScenarioLoader.load(scenario);
            SameScenario.assertSame(original, ScenarioLoader.load(file));
        }
    }

    @Test
    void aSweepManifestRecordsItsResolvedFilesAndKeepsItsBytes() throws IOException {
        SweepSpec spec = SweepLoader.load(Path.of("src/test/resources/sweeps/tiny.yaml"));
        SweepPlan plan = SweepPlan.of(spec, false);
        Map<String, byte[]> written = new java.util.HashMap<>();
        for (String folder : List.of("one", "two")) {
            Path dir = Files.createDirectories(temp.resolve(folder));
            ResolvedSweep resolved = ResolvedSweep.write(spec, dir);
            SweepManifest.write(dir, plan, new Sweep.Options(1, false, false, false,
                    dyad.scenario.Language.ZH_TW), "complete", Instant.EPOCH, Instant.EPOCH, 36, 0, resolved);
            written.put(folder, Files.readAllBytes(dir.resolve(SweepManifest.FILE)));
        }
        assertArrayEquals(written.get("one"), written.get("two"));
        JsonObject manifest = SweepManifest.read(temp.resolve("one"));
        assertEquals(ResolvedSweep.FILE, manifest.get("resolved_sweep").getAsString());
        assertEquals(ResolvedScenario.FILE, manifest.get("resolved_scenario").getAsString());
        assertEquals(Manifest.sha256(temp.resolve("one").resolve(ResolvedSweep.FILE)),
                manifest.get("resolved_sweep_sha256").getAsString());
        assertEquals(dyad.scenario.Language.ZH_TW, Manifest.language(manifest), "the language of its charts");
        List<String> keys = keys(manifest);
        assertEquals(keys.indexOf("scenario_inputs") + 1, keys.indexOf("resolved_sweep"));
        assertEquals(List.of("resolved_sweep", "resolved_sweep_sha256", "resolved_scenario",
                "resolved_scenario_sha256"), keys.subList(keys.indexOf("resolved_sweep"), keys.indexOf("dyad_version")));
    }
}
