package dyad.analysis.futures;

import ec.util.MersenneTwisterFast;

/**
 * A steady growth per year, drawn once per future uniformly from [low, high], applied month by month from the
 * last observed value: x[m] = x[0] (1 + g)^(m / 12), m = 1, 2, … months after the history. Growth is a share
 * per year: 0.02 is 2 % a year, −0.01 a fall of 1 % a year.
 */
public record GrowthRange(double lowPerYear, double highPerYear) implements PathModel {

    public GrowthRange {
        if (!Double.isFinite(lowPerYear) || !Double.isFinite(highPerYear) || lowPerYear > highPerYear) {
            throw new IllegalArgumentException("growth_range needs low <= high, both numbers; got [" + lowPerYear
                    + ", " + highPerYear + "]");
        }
        if (lowPerYear <= -1) {
            throw new IllegalArgumentException("growth_range: a growth of " + lowPerYear + " a year would take the"
                    + " series to 0 or below; low must be above -1 (a fall of 100 %)");
        }
    }

    @Override
    public Fit fit(History history) {
        history.requireMonths(1, "growth_range", "a last value to grow from");
        if (!(history.last() > 0)) {
            throw new IllegalArgumentException("series " + history.seriesId() + ": growth_range grows the last value"
                    + " of the history by a share, and that value is " + history.last() + "; it must be greater than 0");
        }
        return new Fit(history.last(), lowPerYear, highPerYear);
    }

    public record Fit(double lastObserved, double lowPerYear, double highPerYear) implements FittedPath {

        /** One future's growth per year, uniform in [low, high]. */
        public double drawGrowth(MersenneTwisterFast generator) {
            return lowPerYear + (highPerYear - lowPerYear) * generator.nextDouble();
        }

        @Override
        public double[] draw(MersenneTwisterFast generator, int months) {
            double monthly = Math.log1p(drawGrowth(generator)) / 12;
            double[] path = new double[months];
            for (int m = 0; m < months; m++) {
                path[m] = lastObserved * Math.exp(monthly * (m + 1));
            }
            return path;
        }
    }
}
