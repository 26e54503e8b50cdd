package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResolvedScenarioTest {

    /** A scenario without areas, whose issues_per_month may be set on its own. */
    static final Path BASELINE = Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml");
    static final Map<String, Double> OVERRIDES = Map.of("agents.russia.oil_dependence", 0.123456789,
            "events.nato-madrid-summit.effects[0].change", 0.7, "issues_per_month", 5.0);

    @TempDir
    Path temp;

    static Stream<Path> bundledScenarios() {
        return BundledFiles.scenarios();
    }

    /** The resolved scenario written alone into a fresh folder, where no data file or base scenario is. */
    Path writtenAlone(ResolvedScenario resolved, String folder) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        Path file = dir.resolve(ResolvedScenario.FILE);
        resolved.write(file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void theResolvedFileAloneLoadsAsTheSameScenario(Path scenario) throws IOException {
        Scenario original = ScenarioLoader.load(scenario);
        ResolvedScenario resolved = ResolvedScenario.of(scenario);
        Path file = writtenAlone(resolved, "alone");
        Scenario reloaded = ScenarioLoader.load(file);
        SameScenario.assertSame(original, reloaded);
        SameScenario.assertSame(original, resolved.scenario());
        assertEquals(original.inputFiles(), resolved.scenario().inputFiles(), "the files it was resolved from");
        assertEquals(List.of(file), reloaded.inputFiles(), "it reads nothing else");
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void resolvingIsDeterministicAndIdempotent(Path scenario) throws IOException {
        String text = ResolvedScenario.of(scenario).text();
        assertEquals(text, ResolvedScenario.of(scenario).text());
        Path file = writtenAlone(ResolvedScenario.of(scenario), "once");
        assertEquals(text, ResolvedScenario.of(file).text(), "the resolved file of a resolved file is the same");
    }

    @Test
    void overridesAreWrittenIntoTheFile() throws IOException {
        ScenarioOverrides overrides = ScenarioOverrides.parameters(OVERRIDES).withSeed(5).withReplications(3);
        ResolvedScenario resolved = ResolvedScenario.of(BASELINE, overrides);
        Scenario expected = ScenarioLoader.load(BASELINE, OVERRIDES).withSeedAndReplications(5, 3);
        Path file = writtenAlone(resolved, "overrides");
        SameScenario.assertSame(expected, ScenarioLoader.load(file));
        SameScenario.assertSame(expected, resolved.scenario());
        String text = resolved.text();
        assertTrue(text.contains("oil_dependence: 0.123456789\n"), text);
        assertTrue(text.contains("issues_per_month: 5\n"), "a whole number stays one");
        assertTrue(text.contains("seed: 5\n"), text);
        assertTrue(text.contains("replications: 3\n"), text);
        assertEquals(text, ResolvedScenario.of(file).text(), "resolved again without overrides: the same file");
    }

    @Test
    void overridesApplyBeforeRemovalsAndAddMissingKeys() throws IOException {
        Path noNato = Path.of("scenarios/counterfactual-no-nato-enlargement.yaml");
        Map<String, Double> overrides = Map.of("agents.usa.weights.aspiration", 0.25,
                "events.nato-madrid-summit.effects[0].change", 0.7, "seed", 9.0);
        ResolvedScenario resolved = ResolvedScenario.of(noNato, ScenarioOverrides.parameters(overrides));
        SameScenario.assertSame(ScenarioLoader.load(noNato, overrides),
                ScenarioLoader.load(writtenAlone(resolved, "removed")));
    }

    @Test
    void removedAgentsAndEventsAndExtendsAreLeftOut() {
        YamlValue.Mapping tree = ResolvedScenario.of(Path.of("scenarios/counterfactual-no-9-11.yaml")).tree();
        assertFalse(tree.entries().containsKey("extends"));
        YamlValue.Mapping events = (YamlValue.Mapping) tree.entries().get("events");
        assertFalse(events.entries().containsKey("september-11"));
        assertTrue(events.entries().containsKey("iraq-war"));
    }

    @Test
    void aHeldSeriesKeepsItsValuesAsReadAndItsHold() {
        Path lowOil = Path.of("scenarios/counterfactual-low-oil.yaml");
        ResolvedScenario resolved = ResolvedScenario.of(lowOil);
        YamlValue.Mapping brent = (YamlValue.Mapping) ParameterPath.get(resolved.tree(), "series.brent").orElseThrow();
        assertEquals(List.of("values", "unit", "source", "hold"), List.copyOf(brent.entries().keySet()));
        YamlValue.Mapping values = (YamlValue.Mapping) brent.entries().get("values");
        assertEquals(192, values.entries().size(), "one value for every month of the period");
        double asRead = ScenarioLoader.load(BASELINE).oilPrice().orElseThrow().toArray()[191];
        assertEquals(Double.toString(asRead), ((YamlValue.Scalar) values.entries().get("2007-12")).text(),
                "the value before the hold: the hold is recomputed from these");
        double held = resolved.scenario().oilPrice().orElseThrow().toArray()[191];
        assertEquals(ScenarioLoader.load(lowOil).oilPrice().orElseThrow().toArray()[191], held);
        assertTrue(held < asRead);
    }

    @Test
    void aYearValueBecomesTwelveMonthValues() {
        ResolvedScenario resolved = ResolvedScenario.of(BASELINE);
        YamlValue.Mapping capability = (YamlValue.Mapping) ParameterPath.get(resolved.tree(),
                "series.russia_capability.values").orElseThrow();
        YearMonth month = YearMonth.of(1992, 1);
        for (String key : capability.entries().keySet()) {
            assertEquals(month.toString(), key);
            month = month.plusMonths(1);
        }
        assertEquals("0.2771", ((YamlValue.Scalar) capability.entries().get("1999-06")).text());
    }

    @Test
    void theFileSaysWhatItIs() {
        String text = ResolvedScenario.of(BASELINE).text();
        assertTrue(text.startsWith("# Scenario us-russia-1992-2007 as run, with everything it extends and reads;"
                + " dyad run this file to reproduce the result.\n"), text);
        assertFalse(text.contains("\"file\":"), "no data file is named");
        assertFalse(text.contains("\"column\":"));
    }

    @Test
    void anInvalidOverrideIsReportedAgainstTheScenarioFile() {
        BadInput.assertReported(() -> ResolvedScenario.of(BASELINE,
                        ScenarioOverrides.parameters(Map.of("agents.russia.oil_dependence", 1.5))),
                "us-russia-1992-2007.yaml:", "agents.russia.oil_dependence", "out of range");
    }
}
