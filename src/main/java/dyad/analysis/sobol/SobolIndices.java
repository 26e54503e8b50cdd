package dyad.analysis.sobol;

import dyad.model.Percentiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol indices of one output from the outputs of a {@link SaltelliDesign}, with
 * bootstrap 95 % intervals. First order by Saltelli et al. (2010): S_i = mean(f(B) (f(A_B^i) − f(A))) / V;
 * total by Jansen (1999): ST_i = mean((f(A) − f(A_B^i))²) / (2V); V the variance of f over A and B together.
 * The intervals resample the n base rows with replacement ({@code resamples} times, from {@code seed}) and take
 * the 2.5th and 97.5th percentiles of the resampled estimates.
 */
public final class SobolIndices {

    /** The default number of bootstrap resamples. */
    public static final int RESAMPLES = 1000;

    private SobolIndices() {
    }

    /**
     * One parameter's indices.
     *
     * @param first      first-order index S_i
     * @param firstLow   2.5th percentile of its bootstrap distribution
     * @param firstHigh  97.5th percentile
     * @param total      total index ST_i
     * @param totalLow   2.5th percentile
     * @param totalHigh  97.5th percentile
     */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    /**
     * The indices of every parameter, in the design's order of parameters.
     *
     * @param outputs the output at every point of the design, in design order
     * @throws IllegalArgumentException if the outputs do not match the design, or one is not a finite number
     */
    public static List<Index> estimate(SaltelliDesign design, double[] outputs, int resamples, long seed) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("the design has " + design.size() + " points, not " + outputs.length);
        }
        for (int p = 0; p < outputs.length; p++) {
            if (!Double.isFinite(outputs[p])) {
                throw new IllegalArgumentException("the output at point " + p + " is " + outputs[p]);
            }
        }
        int n = design.baseRows();
        int k = design.parameters();
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        double[][] point = indices(design, outputs, rows);
        double[][][] resampled = new double[k][2][resamples];
        MersenneTwister random = new MersenneTwister(seed);
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] one = indices(design, outputs, rows);
            for (int i = 0; i < k; i++) {
                resampled[i][0][b] = one[i][0];
                resampled[i][1][b] = one[i][1];
            }
        }
        Percentile percentile = Percentiles.create();
        List<Index> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] first = interval(percentile, resampled[i][0], resamples);
            double[] total = interval(percentile, resampled[i][1], resamples);
            result.add(new Index(point[i][0], first[0], first[1], point[i][1], total[0], total[1]));
        }
        return result;
    }

    /** S_i and ST_i of every parameter over the given base rows (which may repeat). */
    private static double[][] indices(SaltelliDesign design, double[] f, int[] rows) {
        int k = design.parameters();
        double sum = 0;
        for (int j : rows) {
            sum += f[design.indexOfA(j)] + f[design.indexOfB(j)];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int j : rows) {
            double a = f[design.indexOfA(j)] - mean;
            double b = f[design.indexOfB(j)] - mean;
            squares += a * a + b * b;
        }
        double variance = squares / (2.0 * rows.length);
        double[][] result = new double[k][2];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double a = f[design.indexOfA(j)];
                double ab = f[design.indexOfAB(j, i)];
                first += f[design.indexOfB(j)] * (ab - a);
                total += (a - ab) * (a - ab);
            }
            result[i][0] = variance > 0 ? first / rows.length / variance : Double.NaN;
            result[i][1] = variance > 0 ? total / (2.0 * rows.length) / variance : Double.NaN;
        }
        return result;
    }

    private static double[] interval(Percentile percentile, double[] values, int count) {
        if (count == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        percentile.setData(values, 0, count);
        return new double[] {percentile.evaluate(2.5), percentile.evaluate(97.5)};
    }
}
