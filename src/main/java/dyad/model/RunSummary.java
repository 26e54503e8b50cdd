package dyad.model;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A run averaged over its replications, month by month: the mean cooperation index with its 5th and 95th
 * percentiles across replications, and each agent's mean cooperation share, propensity, trust and
 * grievance.
 */
public final class RunSummary {

    private final int replications;
    private final double[] index;
    private final double[] indexP5;
    private final double[] indexP95;
    private final double[][] cooperationShare;
    private final double[][] propensity;
    private final double[][] trust;
    private final double[][] grievance;
    private final double[][] indexByMonthAndReplication;

    public RunSummary(int replications, double[] index, double[] indexP5, double[] indexP95,
                      double[][] cooperationShare, double[][] propensity, double[][] trust, double[][] grievance,
                      double[][] indexByMonthAndReplication) {
        this.replications = replications;
        this.index = index;
        this.indexP5 = indexP5;
        this.indexP95 = indexP95;
        this.cooperationShare = cooperationShare;
        this.propensity = propensity;
        this.trust = trust;
        this.grievance = grievance;
        this.indexByMonthAndReplication = indexByMonthAndReplication;
    }

    public int replications() {
        return replications;
    }

    public double[] index() {
        return index;
    }

    public double[] indexP5() {
        return indexP5;
    }

    public double[] indexP95() {
        return indexP95;
    }

    public double[][] cooperationShare() {
        return cooperationShare;
    }

    public double[][] propensity() {
        return propensity;
    }

    public double[][] trust() {
        return trust;
    }

    public double[][] grievance() {
        return grievance;
    }

    public double[][] indexByMonthAndReplication() {
        return indexByMonthAndReplication;
    }

    /** Each replication's mean index over months {@code first..last} (0-based, inclusive). */
    public double[] replicationMeans(int first, int last) {
        double[] means = new double[replications];
        for (int m = first; m <= last; m++) {
            for (int r = 0; r < replications; r++) {
                means[r] += indexByMonthAndReplication[m][r];
            }
        }
        for (int r = 0; r < replications; r++) {
            means[r] /= last - first + 1;
        }
        return means;
    }

    /** Accumulates trajectories; keeps every replication's index only for the percentiles. */
    static final class Builder {
        private final int months;
        private final double[][] indexByMonth;
        private final Trajectory sum;
        private int count;

        Builder(int agents, int months, int replications) {
            this.months = months;
            this.indexByMonth = new double[months][replications];
            this.sum = Trajectory.empty(agents, months);
        }

        void add(Trajectory t) {
            for (int m = 0; m < months; m++) {
                indexByMonth[m][count] = t.index()[m];
                sum.index()[m] += t.index()[m];
            }
            addAll(sum.cooperationShare(), t.cooperationShare());
            addAll(sum.propensity(), t.propensity());
            addAll(sum.trust(), t.trust());
            addAll(sum.grievance(), t.grievance());
            count++;
        }

        RunSummary build() {
            Percentile percentile = Percentiles.create();
            double[] p5 = new double[months];
            double[] p95 = new double[months];
            for (int m = 0; m < months; m++) {
                percentile.setData(indexByMonth[m], 0, count);
                p5[m] = percentile.evaluate(5);
                p95[m] = percentile.evaluate(95);
            }
            return new RunSummary(count, divide(sum.index()), p5, p95, divide(sum.cooperationShare()),
                    divide(sum.propensity()), divide(sum.trust()), divide(sum.grievance()), indexByMonth);
        }

        private static void addAll(double[][] into, double[][] values) {
            for (int a = 0; a < into.length; a++) {
                for (int m = 0; m < into[a].length; m++) {
                    into[a][m] += values[a][m];
                }
            }
        }

        private double[] divide(double[] values) {
            double[] mean = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                mean[i] = values[i] / count;
            }
            return mean;
        }

        private double[][] divide(double[][] values) {
            double[][] mean = new double[values.length][];
            for (int a = 0; a < values.length; a++) {
                mean[a] = divide(values[a]);
            }
            return mean;
        }
    }
}
