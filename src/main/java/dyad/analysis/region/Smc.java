package dyad.analysis.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo: Beaumont et al. 2009,
 * Toni et al. 2009) over uniform priors on a box, with a decreasing tolerance.
 *
 * <p>Generation 0 draws from the prior and accepts every draw (or, when it is the only generation, those at
 * distance 0). Each later generation's tolerance is the median of the previous generation's distances, and the
 * last one's is 0; a generation whose tolerance reaches 0 is the last. A later generation resamples a particle
 * by weight and moves it by a Gaussian kernel with twice the particles' weighted variance per parameter, redrawn
 * until it falls within the prior box (so the kernel is truncated to the box and normalised there); it accepts
 * the move if its distance is at most the tolerance, weighted by prior / Σ w_j K(θ | θ_j).
 *
 * <p>Proposals are drawn in batches of a fixed size from one generator seeded by the file's seed, evaluated by
 * the caller (in parallel, if it likes) and accepted in proposal order, so the result does not depend on how
 * the caller spreads a batch over threads.
 */
public final class Smc {

    /** The share of the previous generation's distances below the next tolerance. */
    public static final double QUANTILE = 0.5;
    /** A generation gives up after this many proposals per particle it wants. */
    public static final int MAX_PROPOSALS_PER_PARTICLE = 50;

    private Smc() {
    }

    /** The distances of a batch of parameter sets, one row per set, 0 exactly when the set satisfies all. */
    @FunctionalInterface
    public interface Distance {
        double[] of(double[][] batch);
    }

    /** Hears each generation as it ends. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = generation -> { };

        void generationDone(Generation generation);
    }

    /**
     * One generation's accepted particles.
     *
     * @param index     0 for the draws from the prior
     * @param tolerance the largest distance accepted (infinite for generation 0 of several)
     * @param proposals parameter sets proposed (and evaluated) up to the last one accepted
     * @param particles one row per particle, one value per parameter
     * @param distances each particle's distance
     * @param weights   each particle's normalised weight, summing to 1
     * @param complete  whether it accepted all the particles it wanted before the cap on proposals
     */
    public record Generation(int index, double tolerance, int proposals, double[][] particles, double[] distances,
                             double[] weights, boolean complete) {

        public int accepted() {
            return particles.length;
        }

        /** Kish's effective sample size, 1 / Σ w². */
        public double effectiveSampleSize() {
            double sum = 0;
            for (double w : weights) {
                sum += w * w;
            }
            return sum == 0 ? 0 : 1 / sum;
        }
    }

    /**
     * What the sequential Monte Carlo gives.
     *
     * @param generations every generation run, the last perhaps incomplete
     * @param result      the last complete generation (null if not even generation 0 completed)
     */
    public record Run(List<Generation> generations, Generation result) {

        public Run {
            generations = List.copyOf(generations);
        }

        /** Whether the result's particles all satisfy every condition: its tolerance is 0. */
        public boolean reachedZero() {
            return result != null && result.tolerance() == 0;
        }

        /** Whether a generation stopped at the cap on proposals. */
        public boolean capped() {
            return !generations.get(generations.size() - 1).complete();
        }
    }

    /**
     * Runs up to {@code generations} generations of {@code particles} particles each.
     *
     * @param batch proposals evaluated at once; the result depends on it, not on the threads
     */
    public static Run run(double[] min, double[] max, int particles, int generations, long seed, int batch,
                          Distance distance, Listener listener) {
        if (particles < 1 || generations < 1 || batch < 1) {
            throw new IllegalArgumentException("particles, generations and batch must be at least 1");
        }
        RandomGenerator random = new Well19937c(seed);
        List<Generation> done = new ArrayList<>();
        Generation previous = null;
        for (int t = 0; t < generations; t++) {
            double tolerance;
            if (t == generations - 1) {
                tolerance = 0;
            } else if (t == 0) {
                tolerance = Double.POSITIVE_INFINITY;
            } else {
                tolerance = Math.max(0, weightedQuantile(previous.distances(), previous.weights(), QUANTILE));
            }
            Generation generation = generation(t, tolerance, previous, min, max, particles, batch, random, distance);
            done.add(generation);
            listener.generationDone(generation);
            if (!generation.complete()) {
                break;
            }
            previous = generation;
            if (tolerance == 0) {
                break;
            }
        }
        return new Run(done, previous);
    }

    private static Generation generation(int t, double tolerance, Generation previous, double[] min, double[] max,
                                         int wanted, int batch, RandomGenerator random, Distance distance) {
        double[] sigma = previous == null ? null : kernelSigma(previous);
        double[] cumulative = previous == null ? null : cumulative(previous.weights());
        double[][] inside = previous == null ? null : insideBox(previous, sigma, min, max);
        List<double[]> accepted = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int cap = MAX_PROPOSALS_PER_PARTICLE * wanted;
        int proposals = 0;
        int evaluated = 0;
        while (accepted.size() < wanted && evaluated < cap) {
            int size = Math.min(batch, cap - evaluated);
            double[][] proposed = new double[size][];
            for (int i = 0; i < size; i++) {
                proposed[i] = previous == null ? fromPrior(min, max, random)
                        : perturb(previous.particles()[pick(cumulative, random)], sigma, min, max, random);
            }
            evaluated += size;
            double[] d = distance.of(proposed);
            for (int i = 0; i < size && accepted.size() < wanted; i++) {
                proposals++;
                if (d[i] <= tolerance) {
                    accepted.add(proposed[i]);
                    distances.add(d[i]);
                    weights.add(previous == null ? 1 : 1 / kernelMixture(proposed[i], previous, sigma, inside));
                }
            }
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = Arrays.stream(w).sum();
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return new Generation(t, tolerance, proposals, accepted.toArray(double[][]::new),
                distances.stream().mapToDouble(Double::doubleValue).toArray(), w, accepted.size() == wanted);
    }

    private static double[] fromPrior(double[] min, double[] max, RandomGenerator random) {
        double[] theta = new double[min.length];
        for (int d = 0; d < theta.length; d++) {
            theta[d] = min[d] + (max[d] - min[d]) * random.nextDouble();
        }
        return theta;
    }

    /** A move from {@code from}, each parameter redrawn until it falls within its prior range. */
    private static double[] perturb(double[] from, double[] sigma, double[] min, double[] max, RandomGenerator random) {
        double[] theta = new double[from.length];
        for (int d = 0; d < theta.length; d++) {
            double value;
            do {
                value = from[d] + sigma[d] * random.nextGaussian();
            } while (value < min[d] || value > max[d]);
            theta[d] = value;
        }
        return theta;
    }

    /** Per particle and parameter, the share of its kernel within the prior range: the truncation's normaliser. */
    private static double[][] insideBox(Generation previous, double[] sigma, double[] min, double[] max) {
        double[][] inside = new double[previous.particles().length][sigma.length];
        for (int j = 0; j < inside.length; j++) {
            for (int d = 0; d < sigma.length; d++) {
                NormalDistribution normal = new NormalDistribution(null, previous.particles()[j][d], sigma[d]);
                inside[j][d] = normal.cumulativeProbability(max[d]) - normal.cumulativeProbability(min[d]);
            }
        }
        return inside;
    }

    /** Σ_j w_j K(θ | θ_j), each kernel a product of normals truncated to the prior box. */
    private static double kernelMixture(double[] theta, Generation previous, double[] sigma, double[][] inside) {
        double sum = 0;
        for (int j = 0; j < previous.particles().length; j++) {
            double[] centre = previous.particles()[j];
            double density = 1;
            for (int d = 0; d < theta.length; d++) {
                double z = (theta[d] - centre[d]) / sigma[d];
                density *= Math.exp(-0.5 * z * z) / (sigma[d] * Math.sqrt(2 * Math.PI) * inside[j][d]);
            }
            sum += previous.weights()[j] * density;
        }
        return sum;
    }

    /** Twice the particles' weighted variance per parameter, as a standard deviation; never zero. */
    private static double[] kernelSigma(Generation previous) {
        int dims = previous.particles()[0].length;
        double[] sigma = new double[dims];
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (int j = 0; j < previous.particles().length; j++) {
                mean += previous.weights()[j] * previous.particles()[j][d];
            }
            double variance = 0;
            for (int j = 0; j < previous.particles().length; j++) {
                double gap = previous.particles()[j][d] - mean;
                variance += previous.weights()[j] * gap * gap;
            }
            // one particle, or all at the same value, would leave no room to move
            sigma[d] = Math.max(Math.sqrt(2 * variance), 1e-9);
        }
        return sigma;
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, RandomGenerator random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    /** The weighted quantile: the smallest value whose weight and that of the values below reach {@code p}. */
    public static double weightedQuantile(double[] values, double[] weights, double p) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = Arrays.stream(weights).sum();
        double sum = 0;
        for (int i : order) {
            sum += weights[i];
            if (sum >= p * total - 1e-12) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }
}
