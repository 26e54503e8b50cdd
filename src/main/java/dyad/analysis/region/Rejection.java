package dyad.analysis.region;

import dyad.model.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;

/**
 * Approximate Bayesian computation by rejection, as a pure function on arrays: draws from uniform priors, each
 * with whether it satisfies each condition; a draw is accepted when it satisfies them all. Gives the accepted
 * share with its exact (Clopper–Pearson) 95 % interval, the share that satisfies each condition alone, and each
 * parameter's accepted marginal with how far the conditions narrow it from its prior.
 */
public final class Rejection {

    /** The confidence of the shares' intervals. */
    public static final double CONFIDENCE = 0.95;

    private Rejection() {
    }

    /**
     * A share of draws, with its exact binomial 95 % interval.
     *
     * @param passed draws that satisfy the condition(s)
     * @param draws  draws in all
     */
    public record Share(int passed, int draws, double share, double low, double high) {

        static Share of(int passed, int draws) {
            if (draws == 0) {
                return new Share(0, 0, Double.NaN, Double.NaN, Double.NaN);
            }
            double[] interval = clopperPearson(passed, draws);
            return new Share(passed, draws, (double) passed / draws, interval[0], interval[1]);
        }
    }

    /**
     * One parameter's accepted draws against its prior, uniform on [priorMin, priorMax]; NaN where nothing was
     * accepted.
     *
     * @param sdConstraint 1 − (sd of the accepted draws) / (sd of the prior): 0 when the conditions leave the
     *                     spread as it was, near 1 when they pin the parameter down
     * @param ks           Kolmogorov–Smirnov distance between the accepted draws and the prior: the largest gap
     *                     between their distribution functions, 0 to 1; it also sees a shift that keeps the spread
     */
    public record Marginal(double priorMin, double priorMax, double min, double max, double mean, double q05,
                           double q50, double q95, double sdConstraint, double ks) {
    }

    /**
     * What the rejection gives.
     *
     * @param accepted    the rows of the draws accepted, in order
     * @param all         the share of draws that satisfy every condition
     * @param alone       per condition, the share of draws that satisfy it alone
     * @param marginals   per parameter, its accepted draws against its prior
     */
    public record Result(List<Integer> accepted, Share all, List<Share> alone, List<Marginal> marginals) {

        public Result {
            accepted = List.copyOf(accepted);
            alone = List.copyOf(alone);
            marginals = List.copyOf(marginals);
        }

        /**
         * The parameters from the most to the least constrained (by Kolmogorov–Smirnov distance, then in their
         * order); in their order if nothing was accepted.
         */
        public List<Integer> byConstraint() {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < marginals.size(); j++) {
                order.add(j);
            }
            order.sort(Comparator.comparingDouble((Integer j) -> {
                double ks = marginals.get(j).ks();
                return Double.isNaN(ks) ? 0 : -ks;
            }).thenComparing(j -> j));
            return order;
        }
    }

    /**
     * @param draws     one row per draw, one value per parameter
     * @param satisfied one row per draw, whether it satisfies each condition
     * @param priorMin  each parameter's prior minimum
     * @param priorMax  each parameter's prior maximum, above its minimum
     */
    public static Result estimate(double[][] draws, boolean[][] satisfied, double[] priorMin, double[] priorMax) {
        if (draws.length != satisfied.length) {
            throw new IllegalArgumentException(draws.length + " draws but " + satisfied.length + " rows of conditions");
        }
        int parameters = priorMin.length;
        int conditions = satisfied.length == 0 ? 0 : satisfied[0].length;
        List<Integer> accepted = new ArrayList<>();
        int[] passes = new int[conditions];
        for (int row = 0; row < draws.length; row++) {
            boolean all = true;
            for (int c = 0; c < conditions; c++) {
                if (satisfied[row][c]) {
                    passes[c]++;
                } else {
                    all = false;
                }
            }
            if (all) {
                accepted.add(row);
            }
        }
        List<Share> alone = new ArrayList<>();
        for (int c = 0; c < conditions; c++) {
            alone.add(Share.of(passes[c], draws.length));
        }
        List<Marginal> marginals = new ArrayList<>();
        for (int j = 0; j < parameters; j++) {
            double[] values = new double[accepted.size()];
            for (int a = 0; a < values.length; a++) {
                values[a] = draws[accepted.get(a)][j];
            }
            marginals.add(marginal(values, priorMin[j], priorMax[j]));
        }
        return new Result(accepted, Share.of(accepted.size(), draws.length), alone, marginals);
    }

    /** The accepted draws of one parameter against its uniform prior. */
    static Marginal marginal(double[] values, double priorMin, double priorMax) {
        if (!(priorMax > priorMin)) {
            throw new IllegalArgumentException("prior [" + priorMin + ", " + priorMax + "] has no width");
        }
        if (values.length == 0) {
            return new Marginal(priorMin, priorMax, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile percentile = Percentiles.create();
        percentile.setData(sorted);
        double priorSd = (priorMax - priorMin) / Math.sqrt(12);
        // the accepted draws' spread as a population's, so that a single draw has none
        double sd = new StandardDeviation(false).evaluate(sorted);
        // no random numbers are drawn from the prior: it only gives its distribution function
        UniformRealDistribution prior = new UniformRealDistribution(null, priorMin, priorMax);
        // Commons Math needs two values; one value's distance is its larger gap to the prior's function
        double ks = sorted.length > 1 ? new KolmogorovSmirnovTest(null).kolmogorovSmirnovStatistic(prior, sorted)
                : Math.max(prior.cumulativeProbability(sorted[0]), 1 - prior.cumulativeProbability(sorted[0]));
        return new Marginal(priorMin, priorMax, sorted[0], sorted[sorted.length - 1], new Mean().evaluate(sorted),
                percentile.evaluate(5), percentile.evaluate(50), percentile.evaluate(95), 1 - sd / priorSd, ks);
    }

    /**
     * How many of {@code values} fall in each of {@code bins} equal bins from {@code min} to {@code max}, the last
     * bin closed; values outside are left out.
     */
    public static int[] histogram(double[] values, double min, double max, int bins) {
        int[] counts = new int[bins];
        for (double value : values) {
            if (value < min || value > max) {
                continue;
            }
            int bin = (int) Math.floor((value - min) / (max - min) * bins);
            counts[Math.min(bins - 1, bin)]++;
        }
        return counts;
    }

    /**
     * The exact binomial interval: Commons Math's, except where its F distributions would have no degrees of
     * freedom (no success, or no failure), where the interval's open end is the one-sided bound.
     */
    static double[] clopperPearson(int passed, int draws) {
        double alpha = (1 - CONFIDENCE) / 2;
        if (passed == 0) {
            return new double[] {0, 1 - Math.pow(alpha, 1.0 / draws)};
        }
        if (passed == draws) {
            return new double[] {Math.pow(alpha, 1.0 / draws), 1};
        }
        ConfidenceInterval interval = new ClopperPearsonInterval().createInterval(draws, passed, CONFIDENCE);
        return new double[] {interval.getLowerBound(), interval.getUpperBound()};
    }
}
