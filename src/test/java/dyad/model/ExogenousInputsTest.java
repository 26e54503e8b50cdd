package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExogenousInputsTest {

    static final Scenario SMALL = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"));

    /** small.yaml: a crisis raises beta's threat by 1, held 2 months, then halving every 6 months. */
    @Test
    void anEffectIsHeldThenHalvesEveryHalfLife() {
        ExogenousInputs inputs = ExogenousInputs.of(SMALL);
        int beta = SMALL.agentIndex("beta");
        int crisis = SMALL.monthIndex(SMALL.events().stream().filter(e -> e.id().equals("crisis")).findFirst()
                .orElseThrow().date());
        assertEquals(0, inputs.perception(beta, Perception.THREAT, crisis - 1));
        for (int held = 0; held <= 2; held++) {
            assertEquals(1, inputs.perception(beta, Perception.THREAT, crisis + held), "month " + held);
        }
        assertEquals(0.5, inputs.perception(beta, Perception.THREAT, crisis + 2 + 6), 1e-15);
        assertEquals(0.25, inputs.perception(beta, Perception.THREAT, crisis + 2 + 12), 1e-15);
        assertEquals(Math.pow(0.5, 1 / 6.0), inputs.perception(beta, Perception.THREAT, crisis + 3), 1e-15);
    }

    @Test
    void sharedDecayGivesTheSameInputsAsItsOwn() {
        DecayProfiles shared = new DecayProfiles(SMALL.months());
        ExogenousInputs.of(SMALL, shared);
        ExogenousInputs again = ExogenousInputs.of(SMALL, shared);
        ExogenousInputs alone = ExogenousInputs.of(SMALL);
        for (int a = 0; a < SMALL.agents().size(); a++) {
            for (Perception channel : Perception.values()) {
                for (int m = 0; m < SMALL.months(); m++) {
                    assertEquals(alone.perception(a, channel, m), again.perception(a, channel, m));
                }
            }
        }
    }
}
