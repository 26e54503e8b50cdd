package dyad.chart;

import java.util.List;

/**
 * One row of points.csv for the chart metric: the point's parameter values and the metric's mean with its
 * 95 % confidence interval, NaN where the table has NA (the interval also when the point had one good run).
 */
final class PointMean {

    private final int point;
    private final double[] values;
    private final double mean;
    private final double low;
    private final double high;

    PointMean(int point, double[] values, double mean, double low, double high) {
        this.point = point;
        this.values = values;
        this.mean = mean;
        this.low = low;
        this.high = high;
    }

    int point() {
        return point;
    }

    double[] values() {
        return values;
    }

    double mean() {
        return mean;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    boolean hasMean() {
        return !Double.isNaN(mean);
    }

    /** The lower end of the interval, or the mean where there is no interval. */
    double lowOrMean() {
        return Double.isNaN(low) ? mean : low;
    }

    /** The upper end of the interval, or the mean where there is no interval. */
    double highOrMean() {
        return Double.isNaN(high) ? mean : high;
    }

    /** The lowest and highest end of the points' intervals (or means where they have none); 0 if none has a mean. */
    static double[] extent(List<PointMean> points) {
        double low = points.stream().filter(PointMean::hasMean).mapToDouble(PointMean::lowOrMean).min().orElse(0);
        double high = points.stream().filter(PointMean::hasMean).mapToDouble(PointMean::highOrMean).max().orElse(0);
        return new double[] {low, high};
    }
}
