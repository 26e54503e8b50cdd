package dyad.chart;

import java.util.List;

/** A point of fan.csv: its parameter values and its index over time. */
final class FanPoint {

    private final int point;
    private final double[] values;
    private final List<FanMonth> months;

    FanPoint(int point, double[] values, List<FanMonth> months) {
        this.point = point;
        this.values = values;
        this.months = List.copyOf(months);
    }

    int point() {
        return point;
    }

    double[] values() {
        return values;
    }

    List<FanMonth> months() {
        return months;
    }
}
