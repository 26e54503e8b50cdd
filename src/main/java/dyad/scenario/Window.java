package dyad.scenario;

import java.time.YearMonth;
import java.util.Objects;

/** A span of months of a run, first and last inclusive, for averaging a monthly series. */
public record Window(YearMonth first, YearMonth last) {

    public Window {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Window ends before it starts: " + first + " > " + last);
        }
    }

    public static Window of(String first, String last) {
        return new Window(YearMonth.parse(first), YearMonth.parse(last));
    }

    public static Window year(int year) {
        return new Window(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public boolean within(Scenario scenario) {
        return within(scenario.start(), scenario.end());
    }

    public boolean within(YearMonth start, YearMonth end) {
        return !first.isBefore(start) && !last.isAfter(end);
    }

    public double mean(Scenario scenario, double[] monthly) {
        return mean(monthly, scenario.monthIndex(first), scenario.monthIndex(last));
    }

    /** The mean of {@code values[first..last]}, both inclusive. */
    public static double mean(double[] values, int first, int last) {
        double sum = 0;
        for (int m = first; m <= last; m++) {
            sum += values[m];
        }
        return sum / (last - first + 1);
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
