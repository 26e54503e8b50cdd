package dyad.scenario;

import java.util.Objects;

/**
 * The scenario a twin fact compares a run with: the checked scenario changed as the twin file changes the
 * scenario it extends (its own keys laid over the checked scenario's), so that a counterfactual or a sweep
 * point is compared with its own twin. A twin has no facts: it is replayed, never checked.
 *
 * @param name     the twin's scenario name, which tells it apart from the scenario's other twins
 * @param scenario the twin, bound with the same parameter values as the checked scenario
 */
public record TwinScenario(String name, Scenario scenario) {

    public TwinScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
    }

    @Override
    public String toString() {
        return "twin " + name;
    }
}
