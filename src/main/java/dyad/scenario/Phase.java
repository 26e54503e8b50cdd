package dyad.scenario;

import java.time.YearMonth;

/** A named phase, first and last month inclusive. */
public record Phase(String id, Text label, YearMonth start, YearMonth end) {

    public Phase {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Phase " + id + " ends before it starts: " + start + " > " + end);
        }
    }
}
