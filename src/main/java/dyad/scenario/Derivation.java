package dyad.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What a scenario that extends another changes in it, in words, for its chart and handout: the scenario it
 * extends, the changes (events removed, added or changed, parameters set otherwise), and whether it keeps that
 * scenario's phases. Dyad works it out when it reads a file that extends another, and keeps it in the resolved
 * scenario ({@code derived_from}), so a rerun draws the same note.
 */
public record Derivation(Text from, List<Text> changes, boolean phasesInherited) {

    public static final String KEY = "derived_from";

    public Derivation {
        Objects.requireNonNull(from, "from");
        changes = List.copyOf(changes);
    }
}
