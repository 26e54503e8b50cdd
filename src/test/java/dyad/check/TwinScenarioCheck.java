package dyad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import java.util.List;

/** Assertions about the twin scenarios of a scenario's facts. */
final class TwinScenarioCheck {

    private TwinScenarioCheck() {
    }

    /**
     * The scenario's one twin is named {@code name} and differs from the scenario only in what the twin file
     * changes: the same events (so a counterfactual's removals stay removed) and agents.
     */
    static void assertTwinOf(Scenario scenario, String name) {
        List<TwinScenario> twins = FactCheck.twins(scenario);
        assertEquals(1, twins.size());
        Scenario twin = twins.get(0).scenario();
        assertEquals(name, twin.name());
        assertEquals(scenario.events(), twin.events());
        assertEquals(scenario.agents().size(), twin.agents().size());
        assertTrue(twin.facts().isEmpty(), "a twin is never checked");
    }
}
