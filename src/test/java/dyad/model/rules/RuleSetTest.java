package dyad.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyad.scenario.AgentSpec;
import dyad.scenario.BadInput;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The rule registry: its keys, how it compiles a scenario's weights, and the weights it refuses. */
class RuleSetTest {

    private static final Path BAD = Path.of("src/test/resources/scenarios/bad");

    @Test
    void theStandardRulesAreR1ToR9InTheOrderTheirTermsAreSummed() {
        assertEquals(List.of("baseline", "shared_interest", "reciprocity", "threat", "grievance", "aspiration",
                "containment", "ambition", "domestic_pressure"), RuleSet.STANDARD.keys());
    }

    @Test
    void weightsAreCompiledInTheOrderOfTheRulesWithZeroForThoseNotWritten() {
        Scenario small = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"));
        AgentSpec beta = small.agents().get(1);
        assertArrayEquals(new double[] {0.5, 0, 2, 0, 0, 1, 0, 0, 0}, RuleSet.STANDARD.weightsOf(beta));
    }

    @Test
    void everyRuleDeclaresItsKeyClaimsDocumentationAndRange() {
        for (Rule rule : RuleSet.STANDARD.rules()) {
            assertEquals(true, rule.key().matches("[a-z][a-z0-9_]*"), rule + " key");
            assertEquals(false, rule.claims().isEmpty(), rule + " claims");
            assertEquals(false, rule.documentation().isBlank(), rule + " documentation");
            assertEquals(false, rule.documentation().contains("\n"), rule + " documentation is one line");
            assertEquals(50, rule.maxWeight(), rule + " max");
            assertEquals(rule.key().equals("baseline") ? -50 : 0, rule.minWeight(), rule + " min");
        }
    }

    @Test
    void twoRulesCannotShareAKey() {
        assertThrows(IllegalArgumentException.class, () -> RuleSet.STANDARD.with(new Grievance()));
    }

    static Stream<Arguments> badWeights() {
        return Stream.of(
                Arguments.of("unknown-key.yaml", "unknown-key.yaml:5:", "agents.beta.weights.treat",
                        "unknown key; did you mean 'threat'?"),
                Arguments.of("weight-out-of-range.yaml", "weight-out-of-range.yaml:5:", "agents.beta.weights.threat",
                        "value 60 is out of range: allowed 0 to 50"),
                Arguments.of("baseline-out-of-range.yaml", "baseline-out-of-range.yaml:6:",
                        "agents.alpha.weights.baseline", "value -50.5 is out of range: allowed -50 to 50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWeights")
    void aWeightNoRuleAllowsNamesFileLineAndField(String file, String location, String field, String problem) {
        Scenario scenario = ScenarioLoader.load(BAD.resolve(file));
        BadInput.assertReported(() -> RuleSet.STANDARD.check(scenario), location, field, problem);
    }

    @Test
    void aWeightSetByASweepIsCheckedToo() {
        Scenario scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"),
                Map.of("agents.alpha.weights.reciprocity", 51.0));
        BadInput.assertReported(() -> RuleSet.STANDARD.check(scenario), "small.yaml:", "agents.alpha.weights.reciprocity",
                "allowed 0 to 50");
    }
}
