package dyad.analysis.futures;

import java.util.Arrays;

/**
 * The observed months of one series that a path model is fitted to, oldest first.
 *
 * @param seriesId the series' id, for messages
 */
public record History(String seriesId, double[] values) {

    public History {
        java.util.Objects.requireNonNull(seriesId, "seriesId");
        values = values.clone();
        for (int m = 0; m < values.length; m++) {
            if (!Double.isFinite(values[m])) {
                throw new IllegalArgumentException("series " + seriesId + ": value " + (m + 1) + " of its history is "
                        + values[m] + ", not a number");
            }
        }
    }

    /**
     * The values of a scenario's series from {@code first} to {@code last}, both included, as the scenario runs
     * them (any hold applied).
     *
     * @throws IllegalArgumentException if the scenario has no such series or the window is not inside its period
     */
    public static History of(dyad.scenario.Scenario scenario, String seriesId, java.time.YearMonth first,
                             java.time.YearMonth last) {
        dyad.scenario.Series series = scenario.series().get(seriesId);
        if (series == null) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " has no series '" + seriesId
                    + "'; its series are " + new java.util.TreeSet<>(scenario.series().keySet()));
        }
        if (first.isAfter(last) || first.isBefore(scenario.start()) || last.isAfter(scenario.end())) {
            throw new IllegalArgumentException("series " + seriesId + ": the window " + first + " to " + last
                    + " must run forwards inside the scenario's period, " + scenario.start() + " to " + scenario.end());
        }
        double[] all = series.values().toArray();
        return new History(seriesId, Arrays.copyOfRange(all, scenario.monthIndex(first), scenario.monthIndex(last) + 1));
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int months() {
        return values.length;
    }

    public double last() {
        return values[values.length - 1];
    }

    /**
     * The natural logarithms of the values.
     *
     * @param model the model that needs them, for the message
     * @throws IllegalArgumentException if a value is 0 or below, which has no logarithm
     */
    double[] logs(String model) {
        double[] logs = new double[values.length];
        for (int m = 0; m < values.length; m++) {
            if (!(values[m] > 0)) {
                throw new IllegalArgumentException("series " + seriesId + ": " + model + " works on the logarithm of the"
                        + " series, and value " + (m + 1) + " of its history is " + values[m] + "; every value must be"
                        + " greater than 0");
            }
            logs[m] = Math.log(values[m]);
        }
        return logs;
    }

    /** @throws IllegalArgumentException if the history has fewer than {@code least} months */
    void requireMonths(int least, String model, String why) {
        if (values.length < least) {
            throw new IllegalArgumentException("series " + seriesId + ": " + model + " needs at least " + least
                    + (least == 1 ? " month" : " months") + " of history (" + why + "), and the window has " + values.length);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof History that && seriesId.equals(that.seriesId) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * seriesId.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "History[" + seriesId + ", " + values.length + " months]";
    }
}
