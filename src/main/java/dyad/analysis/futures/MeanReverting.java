package dyad.analysis.futures;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * An AR(1) on the log level, a discrete Ornstein–Uhlenbeck process:
 * log x[t+1] − μ = φ (log x[t] − μ) + σ ε[t+1], ε standard normal. Fitted by least squares of log x[t+1] on
 * log x[t]: the slope is φ, the intercept a gives μ = a / (1 − φ), and σ is the residuals' standard deviation.
 * A fit with φ ≥ 1 (no pull back to a mean) or φ ≤ −1 is refused, with the reason.
 */
public record MeanReverting() implements PathModel {

    /** Three pairs leave one degree of freedom for σ beside the intercept and the slope. */
    private static final int LEAST_MONTHS = 4;

    @Override
    public Fit fit(History history) {
        history.requireMonths(LEAST_MONTHS, "mean_reverting", "the least squares fit of an AR(1)");
        double[] logs = history.logs("mean_reverting");
        SimpleRegression regression = new SimpleRegression(true);
        for (int t = 0; t + 1 < logs.length; t++) {
            regression.addData(logs[t], logs[t + 1]);
        }
        double phi = regression.getSlope();
        if (!Double.isFinite(phi)) {
            throw new IllegalArgumentException("series " + history.seriesId() + ": mean_reverting cannot be fitted to"
                    + " a history that never changes");
        }
        if (phi >= 1 || phi <= -1) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "series %s: mean_reverting fits"
                    + " phi = %.4f over this window, and a mean-reverting series needs phi below 1 (and above -1):"
                    + " the series drifts away rather than back to a mean there; try block_bootstrap or growth_range,"
                    + " or a longer window", history.seriesId(), phi));
        }
        double mu = regression.getIntercept() / (1 - phi);
        double sigma = Math.sqrt(regression.getMeanSquareError());
        return new Fit(history.last(), mu, phi, sigma, regression.getSlopeStdErr(), (int) regression.getN());
    }

    /**
     * @param mu                  the mean of the log level, μ
     * @param phi                 the share of a gap to μ left after one month, φ
     * @param sigma               the standard deviation of a month's shock to the log level, σ
     * @param phiStandardError    the least squares standard error of φ
     * @param pairs               the number of month pairs fitted
     */
    public record Fit(double lastObserved, double mu, double phi, double sigma, double phiStandardError, int pairs)
            implements FittedPath {

        /** The months after which half of a gap to the mean is left: ln ½ / ln φ; 0 for φ ≤ 0. */
        public double halfLifeMonths() {
            return phi <= 0 ? 0 : Math.log(0.5) / Math.log(phi);
        }

        /** The level the series reverts to, exp μ, in the series' unit. */
        public double meanLevel() {
            return Math.exp(mu);
        }

        /**
         * The approximate standard error of μ: the long-run standard deviation of an AR(1)'s mean,
         * σ / ((1 − φ) √n).
         */
        public double muStandardError() {
            return sigma / ((1 - phi) * Math.sqrt(pairs));
        }

        /** The approximate standard error of σ for normal shocks: σ / √(2n). */
        public double sigmaStandardError() {
            return sigma / Math.sqrt(2.0 * pairs);
        }

        @Override
        public double[] draw(MersenneTwisterFast generator, int months) {
            double[] path = new double[months];
            double log = Math.log(lastObserved);
            for (int m = 0; m < months; m++) {
                log = mu + phi * (log - mu) + sigma * generator.nextGaussian();
                path[m] = Math.exp(log);
            }
            return path;
        }
    }
}
