package dyad.analysis.futures;

import java.time.YearMonth;

/** The months a future adds to its base scenario, first and last included. */
public record Horizon(YearMonth first, YearMonth last) {

    public Horizon {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the horizon ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public int months() {
        return dyad.scenario.MonthIndex.count(first, last);
    }
}
