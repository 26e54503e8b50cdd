package dyad.scenario;

import java.util.Arrays;

/**
 * One finite value per month of a period, which nobody can change once made: the values are copied in and
 * copied out, so a scenario shared by every replication and thread of a sweep stays as it was read.
 */
public final class MonthlySeries {

    private final double[] values;

    private MonthlySeries(double[] values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException if the series is empty or a value is not finite */
    public static MonthlySeries of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A monthly series needs at least one month");
        }
        for (int m = 0; m < values.length; m++) {
            if (!Double.isFinite(values[m])) {
                throw new IllegalArgumentException("Month " + m + " is not a finite number: " + values[m]);
            }
        }
        return new MonthlySeries(values.clone());
    }

    /** The same value in each of {@code months} months. */
    public static MonthlySeries constant(double value, int months) {
        double[] values = new double[months];
        Arrays.fill(values, value);
        return of(values);
    }

    /** The value of month {@code month}, 0 for the first month of the period. */
    public double get(int month) {
        return values[month];
    }

    public int months() {
        return values.length;
    }

    /** A copy of the values, for code that works on arrays. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonthlySeries series && Arrays.equals(values, series.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MonthlySeries" + Arrays.toString(values);
    }
}
