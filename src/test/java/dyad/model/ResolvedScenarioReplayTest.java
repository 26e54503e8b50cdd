package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dyad.scenario.BundledFiles;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.ScenarioOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A scenario replayed from its resolved file alone gives the same index as from the files it came from. */
class ResolvedScenarioReplayTest {

    static final int REPLICATIONS = 4;

    @TempDir
    Path temp;

    static Stream<Path> bundledScenarios() {
        return BundledFiles.scenarios();
    }

    static void assertSameReplay(Scenario expected, Scenario actual) {
        RunSummary first = Replay.run(expected, ExogenousInputs.of(expected), expected.seed(), REPLICATIONS);
        RunSummary second = Replay.run(actual, ExogenousInputs.of(actual), actual.seed(), REPLICATIONS);
        assertArrayEquals(first.index(), second.index());
        assertArrayEquals(first.indexP5(), second.indexP5());
        assertArrayEquals(first.indexP95(), second.indexP95());
        assertArrayEquals(first.cooperationShare(), second.cooperationShare());
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void theResolvedFileReplaysTheSame(Path scenario) throws IOException {
        Path file = temp.resolve(ResolvedScenario.FILE);
        ResolvedScenario.of(scenario).write(file);
        assertSameReplay(ScenarioLoader.load(scenario), ScenarioLoader.load(file));
    }

    @Test
    void withOverridesToo() throws IOException {
        // a scenario without areas, whose issues_per_month may be set on its own
        Path baseline = Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml");
        Map<String, Double> overrides = Map.of("agents.russia.oil_dependence", 0.123456789,
                "events.nato-madrid-summit.effects[0].change", 0.7, "issues_per_month", 5.0);
        Path file = temp.resolve(ResolvedScenario.FILE);
        ResolvedScenario.of(baseline, ScenarioOverrides.parameters(overrides).withSeed(17)).write(file);
        Scenario expected = ScenarioLoader.load(baseline, overrides);
        assertSameReplay(expected.withSeedAndReplications(17, expected.replications()), ScenarioLoader.load(file));
    }
}
