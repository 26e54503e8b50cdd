package dyad.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.BadInput;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a rule takes one class and its test: here a rule defined in test code joins the registry, a
 * scenario gives it a weight, and the run shows its effect, with nothing else in Dyad changed.
 */
class AddedRuleTest {

    private static final RuleSet EXTENDED = RuleSet.STANDARD.with(new WarWeariness());
    private static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath();

    private static Scenario weary(Path folder, double weight) throws IOException {
        Path file = Files.writeString(folder.resolve("weary-" + weight + ".yaml"), String.join("\n",
                "extends: " + SMALL, "name: weary", "agents:", "  beta:", "    weights: {war_weariness: " + weight + "}",
                ""));
        return ScenarioLoader.load(file);
    }

    @Test
    void theRegistryKnowsTheNewRuleAfterTheStandardOnes() {
        assertEquals(10, EXTENDED.keys().size());
        assertEquals("war_weariness", EXTENDED.keys().get(9));
        assertEquals(RuleSet.STANDARD.keys(), EXTENDED.keys().subList(0, 9));
    }

    @Test
    void theStandardRulesRefuseTheNewWeight(@TempDir Path folder) throws IOException {
        Scenario scenario = weary(folder, 3);
        BadInput.assertReported(() -> RuleSet.STANDARD.check(scenario), "weary-3.0.yaml:5:",
                "agents.beta.weights.war_weariness", "unknown key");
        EXTENDED.check(scenario);
    }

    @Test
    void theNewRuleChangesTheRunThroughItsWeight(@TempDir Path folder) throws IOException {
        Scenario standard = ScenarioLoader.load(SMALL);
        Scenario weary = weary(folder, 3);
        int beta = standard.agentIndex("beta");
        RunSummary without = Replay.run(standard);
        RunSummary with = Replay.run(weary, EXTENDED);
        // beta perceives a threat from 2000-06 (month 5) on, and is weary of it
        for (int m = 0; m < 5; m++) {
            assertEquals(without.propensity()[beta][m], with.propensity()[beta][m], "before the threat, month " + m);
        }
        assertTrue(with.propensity()[beta][5] > without.propensity()[beta][5] + 0.05,
                with.propensity()[beta][5] + " vs " + without.propensity()[beta][5]);
        assertTrue(mean(with.cooperationShare()[beta]) > mean(without.cooperationShare()[beta]));
    }

    @Test
    void withWeightZeroTheNewRuleChangesNothing(@TempDir Path folder) throws IOException {
        RunSummary standard = Replay.run(ScenarioLoader.load(SMALL));
        RunSummary extended = Replay.run(weary(folder, 0), EXTENDED);
        assertArrayEquals(standard.index(), extended.index());
        assertArrayEquals(standard.propensity()[1], extended.propensity()[1]);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
