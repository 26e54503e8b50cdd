package dyad.scenario;

import java.time.YearMonth;

/** A named phase, first and last month inclusive. */
public record Phase(String id, String label, YearMonth start, YearMonth end) {
}
