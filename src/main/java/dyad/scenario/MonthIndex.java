package dyad.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Months counted from the first month of a period: 0 for that month itself. */
public final class MonthIndex {

    private MonthIndex() {
    }

    public static int of(YearMonth start, YearMonth month) {
        return Math.toIntExact(ChronoUnit.MONTHS.between(start, month));
    }

    /** How many months a period holds, first and last included. */
    public static int count(YearMonth start, YearMonth end) {
        return of(start, end) + 1;
    }
}
