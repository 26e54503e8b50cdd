package dyad.analysis.prim;

import dyad.model.Percentiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Friedman and Fisher's patient rule induction method (1999) for scenario discovery: which box of parameter
 * values holds the rows where a condition is true? Peeling starts from the box of all rows and, step by step,
 * cuts off the share {@code alpha} of the rows inside it at the low or the high end of one dimension, whichever
 * cut leaves the highest share of rows where the condition holds (the density); it stops when no cut raises the
 * density or every cut would leave fewer rows than the minimum support. Each step's box is kept: the peeling
 * trajectory trades coverage (the share of all rows where the condition holds that the box keeps) against density.
 * Pasting then widens a chosen box again while that keeps its density. Each restriction of a box gets a
 * quasi-p-value, as in the EMA Workbench: the chance of at least the box's hits among its rows if the density
 * were that of the box without the restriction (a one-sided binomial test).
 */
public final class Prim {

    /** The default share of the rows a peel or paste moves. */
    public static final double ALPHA = 0.05;
    /** The default minimum support: the smallest share of all rows a box may keep. */
    public static final double MIN_SUPPORT = 0.05;

    private final double[][] rows;
    /** The rows' values dimension by dimension, for peeling, which reads one dimension of many rows at a time. */
    private final double[][] columns;
    private final boolean[] condition;
    private final int dimensions;
    private final int hits;
    private final double[] min;
    private final double[] max;

    /**
     * @param rows      the rows' parameter values, each of the same length
     * @param condition whether the condition holds in each row
     * @throws IllegalArgumentException if there are no rows, the lengths differ, a value is not a finite number, or
     *                                  the condition holds in no row
     */
    public Prim(double[][] rows, boolean[] condition) {
        if (rows.length == 0 || rows.length != condition.length) {
            throw new IllegalArgumentException("give one condition per row, and at least one row");
        }
        this.rows = rows;
        this.condition = condition.clone();
        this.dimensions = rows[0].length;
        this.min = new double[dimensions];
        this.max = new double[dimensions];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != dimensions) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, not " + dimensions);
            }
            for (int d = 0; d < dimensions; d++) {
                double value = rows[i][d];
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("row " + i + " has " + value + " in dimension " + d);
                }
                min[d] = Math.min(min[d], value);
                max[d] = Math.max(max[d], value);
            }
            count += condition[i] ? 1 : 0;
        }
        if (count == 0) {
            throw new IllegalArgumentException("the condition holds in no row");
        }
        this.hits = count;
        this.columns = new double[dimensions][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int d = 0; d < dimensions; d++) {
                columns[d][i] = rows[i][d];
            }
        }
    }

    /**
     * One box and how well it holds the rows where the condition holds.
     *
     * @param rows     rows inside the box
     * @param hits     rows inside where the condition holds
     * @param coverage hits / all rows where the condition holds
     * @param density  hits / rows inside
     * @param support  rows inside / all rows
     * @param restricted the number of dimensions the box restricts
     */
    public record Step(Box box, int rows, int hits, double coverage, double density, double support, int restricted) {
    }

    /**
     * A dimension's limits in a box.
     *
     * @param restricted whether the box cuts the dimension at either end
     * @param quasiP     the restriction's quasi-p-value; NaN for a dimension not restricted
     */
    public record Limit(int dimension, double lower, double upper, boolean restricted, double quasiP) {
    }

    /** The box of all rows: each dimension from its lowest to its highest value. */
    public Box whole() {
        return new Box(min, max);
    }

    /** The rows' lowest value in every dimension. */
    public double[] min() {
        return min.clone();
    }

    public double[] max() {
        return max.clone();
    }

    /** The peeling trajectory, from the box of all rows. */
    public List<Step> peel(double alpha, double minSupport) {
        checkShare("alpha", alpha);
        checkShare("minimum support", minSupport);
        double minRows = minSupport * rows.length;
        Percentile percentile = Percentiles.create();
        List<Step> trajectory = new ArrayList<>();
        Step current = step(whole());
        trajectory.add(current);
        int[] inside = java.util.stream.IntStream.range(0, rows.length).toArray();
        double[] values = new double[rows.length];
        while (true) {
            Step best = null;
            int bestDimension = -1;
            for (int d = 0; d < dimensions; d++) {
                double[] column = columns[d];
                for (int i = 0; i < inside.length; i++) {
                    values[i] = column[inside[i]];
                }
                percentile.setData(values, 0, inside.length);
                Box lower = peel(current.box(), d, values, inside.length, percentile.evaluate(100 * alpha), 1);
                Box upper = peel(current.box(), d, values, inside.length, percentile.evaluate(100 * (1 - alpha)), -1);
                for (Box candidate : new Box[] {lower, upper}) {
                    if (candidate == null) {
                        continue;
                    }
                    // the candidate differs from the current box in dimension d alone
                    int kept = 0;
                    int keptHits = 0;
                    for (int i = 0; i < inside.length; i++) {
                        if (values[i] >= candidate.lower(d) && values[i] <= candidate.upper(d)) {
                            kept++;
                            keptHits += condition[inside[i]] ? 1 : 0;
                        }
                    }
                    Step step = step(candidate, kept, keptHits);
                    if (step.rows() >= minRows && step.rows() > 0 && (best == null || better(step, best))) {
                        best = step;
                        bestDimension = d;
                    }
                }
            }
            if (best == null || best.density() <= current.density()) {
                return trajectory;
            }
            trajectory.add(best);
            current = best;
            double[] column = columns[bestDimension];
            double low = best.box().lower(bestDimension);
            double high = best.box().upper(bestDimension);
            inside = java.util.Arrays.stream(inside).filter(i -> column[i] >= low && column[i] <= high).toArray();
        }
    }

    /**
     * The box widened again, one side at a time, by the share {@code alpha} of its rows, while that does not lower
     * its density (Friedman and Fisher's pasting): each paste adds rows, so it ends.
     */
    public Step paste(Box box, double alpha) {
        checkShare("alpha", alpha);
        Step current = step(box);
        while (true) {
            Step best = null;
            int grow = Math.max(1, (int) Math.ceil(alpha * current.rows()));
            for (int d = 0; d < dimensions; d++) {
                List<Double> below = new ArrayList<>();
                List<Double> above = new ArrayList<>();
                for (double[] row : rows) {
                    if (current.box().containsExcept(row, d)) {
                        if (row[d] < current.box().lower(d)) {
                            below.add(row[d]);
                        } else if (row[d] > current.box().upper(d)) {
                            above.add(row[d]);
                        }
                    }
                }
                List<Step> candidates = new ArrayList<>();
                if (!below.isEmpty()) {
                    below.sort(java.util.Comparator.reverseOrder());
                    candidates.add(step(current.box().withLower(d, below.get(Math.min(grow, below.size()) - 1))));
                }
                if (!above.isEmpty()) {
                    above.sort(null);
                    candidates.add(step(current.box().withUpper(d, above.get(Math.min(grow, above.size()) - 1))));
                }
                for (Step candidate : candidates) {
                    if (best == null || better(candidate, best)) {
                        best = candidate;
                    }
                }
            }
            if (best == null || best.density() < current.density()) {
                return current;
            }
            current = best;
        }
    }

    /** The rows inside a box, and how many of them the condition holds in. */
    public Step step(Box box) {
        int count = 0;
        int inHits = 0;
        for (int i = 0; i < rows.length; i++) {
            if (box.contains(rows[i])) {
                count++;
                inHits += condition[i] ? 1 : 0;
            }
        }
        return step(box, count, inHits);
    }

    /**
     * The largest box of the trajectory (the first) whose density is at least {@code threshold}; if none is, the
     * densest (the first of equals).
     */
    public static int choose(List<Step> trajectory, double threshold) {
        int densest = 0;
        for (int i = 0; i < trajectory.size(); i++) {
            if (trajectory.get(i).density() >= threshold) {
                return i;
            }
            if (trajectory.get(i).density() > trajectory.get(densest).density()) {
                densest = i;
            }
        }
        return densest;
    }

    /** Every dimension's limits in the box, with the quasi-p-value of each restriction. */
    public List<Limit> limits(Box box) {
        Step step = step(box);
        List<Limit> limits = new ArrayList<>(dimensions);
        for (int d = 0; d < dimensions; d++) {
            boolean restricted = restricts(box, d);
            double quasiP = Double.NaN;
            if (restricted) {
                int without = 0;
                int withoutHits = 0;
                for (int i = 0; i < rows.length; i++) {
                    if (box.containsExcept(rows[i], d)) {
                        without++;
                        withoutHits += condition[i] ? 1 : 0;
                    }
                }
                quasiP = quasiP(step.hits(), step.rows(), (double) withoutHits / without);
            }
            limits.add(new Limit(d, box.lower(d), box.upper(d), restricted, quasiP));
        }
        return limits;
    }

    /** P(X ≥ hits) for X binomial with {@code trials} and {@code p}: how likely so many hits are by chance. */
    static double quasiP(int hits, int trials, double p) {
        if (hits == 0) {
            return 1;
        }
        BinomialDistribution binomial = new BinomialDistribution(null, trials, p);
        return Math.max(0, Math.min(1, 1 - binomial.cumulativeProbability(hits - 1)));
    }

    private boolean restricts(Box box, int d) {
        return box.lower(d) > min[d] || box.upper(d) < max[d];
    }

    /**
     * Cuts off the rows beyond the quantile at the low end ({@code sign} 1) or the high end (−1) of dimension d,
     * or, if no row is beyond it, those at the extreme value; null if all values are equal.
     */
    private static Box peel(Box box, int d, double[] values, int length, double quantile, int sign) {
        double extreme = Double.POSITIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            extreme = Math.min(extreme, sign * values[i]);
        }
        double next = Double.POSITIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            if (sign * values[i] > extreme) {
                next = Math.min(next, sign * values[i]);
            }
        }
        if (next == Double.POSITIVE_INFINITY) {
            return null;
        }
        double limit = sign * quantile > extreme ? quantile : sign * next;
        return sign > 0 ? box.withLower(d, limit) : box.withUpper(d, limit);
    }

    /** The denser, or of equal density the larger; so the first of equals in the order tried. */
    private static boolean better(Step step, Step best) {
        return step.density() > best.density() || (step.density() == best.density() && step.rows() > best.rows());
    }


    private Step step(Box box, int count, int inHits) {
        int restricted = 0;
        for (int d = 0; d < dimensions; d++) {
            restricted += restricts(box, d) ? 1 : 0;
        }
        return new Step(box, count, inHits, (double) inHits / hits, count == 0 ? 0 : (double) inHits / count,
                (double) count / rows.length, restricted);
    }


    private static void checkShare(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be above 0 and below 1, not " + value);
        }
    }
}
