package dyad.chart;

import java.time.YearMonth;
import java.time.ZoneOffset;

/** Converts months to the millisecond values of a time axis, in UTC so that output never depends on the machine. */
final class Months {

    private Months() {
    }

    /** The first instant of the month. */
    static long start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The first instant after the month. */
    static long end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /** The middle of the month, where a monthly value or a dated event is drawn. */
    static double middle(YearMonth month) {
        return (start(month) + end(month)) / 2.0;
    }
}
