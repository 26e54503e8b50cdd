package dyad.scenario;

import java.util.Objects;

/**
 * A pattern a scenario's runs must show, as the scenario file states it.
 *
 * @param claim          the claim or section of the source the fact comes from
 * @param expectedToHold false in a counterfactual that expects to break the fact
 * @param because        why the fact is expected to break, or an empty text
 */
public record FactSpec(String id, Text title, Text claim, boolean expectedToHold, Text because,
                       FactTest test) {

    public FactSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(test, "test");
    }
}
