package dyad.scenario;

import java.util.List;

/** One way of dividing the period into named phases, e.g. the paper's stages of Russian policy. */
public record Periodisation(String id, Text label, boolean shaded, List<Phase> phases) {

    public Periodisation {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("Periodisation " + id + " has no phase");
        }
    }
}
