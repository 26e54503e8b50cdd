package dyad.chart;

import java.time.YearMonth;

/** One month of a fan point in fan.csv: the mean index over the point's replications and its 5th and 95th percentiles. */
record FanMonth(YearMonth month, double mean, double p05, double p95) {
}
