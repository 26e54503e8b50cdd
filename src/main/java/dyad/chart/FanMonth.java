package dyad.chart;

import java.time.YearMonth;

/** One month of a fan point in fan.csv: percentiles of the index over the point's replications. */
record FanMonth(YearMonth month, double p05, double p25, double median, double p75, double p95) {
}
