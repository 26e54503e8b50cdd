package dyad.chart;

import java.util.List;

/** A point of fan.csv: its parameter values and its index over time. */
record FanPoint(int point, double[] values, List<FanMonth> months) {

    FanPoint {
        months = List.copyOf(months);
    }
}
