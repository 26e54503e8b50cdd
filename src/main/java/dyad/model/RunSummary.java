package dyad.model;

import dyad.model.rules.RuleSet;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A run averaged over its replications, month by month: the mean cooperation index with its 5th and 95th
 * percentiles across replications, and each agent's mean cooperation share, propensity, trust and
 * grievance; and, for a replay that recorded them, the mean terms of each agent's log-odds.
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
    private final Contributions contributions;

    public RunSummary(int replications, double[] index, double[] indexP5, double[] indexP95,
                      double[][] cooperationShare, double[][] propensity, double[][] trust, double[][] grievance,
                      double[][] indexByMonthAndReplication) {
        this(replications, index, indexP5, indexP95, cooperationShare, propensity, trust, grievance,
                indexByMonthAndReplication, null);
    }

    /** @param contributions the mean terms of the log-odds, or null if the replay did not record them */
    public RunSummary(int replications, double[] index, double[] indexP5, double[] indexP95,
                      double[][] cooperationShare, double[][] propensity, double[][] trust, double[][] grievance,
                      double[][] indexByMonthAndReplication, Contributions contributions) {
        this.replications = replications;
        this.index = index;
        this.indexP5 = indexP5;
        this.indexP95 = indexP95;
        this.cooperationShare = cooperationShare;
        this.propensity = propensity;
        this.trust = trust;
        this.grievance = grievance;
        this.indexByMonthAndReplication = indexByMonthAndReplication;
        this.contributions = contributions;
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

    /** The mean terms of each agent's log-odds, if the replay recorded them. */
    public Optional<Contributions> contributions() {
        return Optional.ofNullable(contributions);
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

    /**
     * Accumulates trajectories, in the order added; keeps every replication's index only for the percentiles.
     * Means are sums in that order divided by the count, so the same replications give the same bits.
     */
    static final class Builder {
        private final int months;
        private final double[][] indexByMonth;
        private final Trajectory sum;
        private final RuleSet rules;
        private int count;

        Builder(int agents, int months, int replications) {
            this(agents, months, replications, null);
        }

        /** @param rules the rules whose terms the trajectories record, or null if they record none */
        Builder(int agents, int months, int replications, RuleSet rules) {
            this.months = months;
            this.indexByMonth = new double[months][replications];
            this.rules = rules;
            this.sum = rules == null ? Trajectory.empty(agents, months)
                    : Trajectory.withContributions(agents, months, rules.rules().size());
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
            if (rules != null) {
                for (int a = 0; a < sum.contributions().length; a++) {
                    addAll(sum.contributions()[a], t.contributions()[a]);
                }
                addAll(sum.logOdds(), t.logOdds());
            }
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
            Contributions contributions = null;
            if (rules != null) {
                double[][][] terms = new double[sum.contributions().length][][];
                for (int a = 0; a < terms.length; a++) {
                    terms[a] = divide(sum.contributions()[a]);
                }
                contributions = new Contributions(rules.rules(), terms, divide(sum.logOdds()));
            }
            return new RunSummary(count, divide(sum.index()), p5, p95, divide(sum.cooperationShare()),
                    divide(sum.propensity()), divide(sum.trust()), divide(sum.grievance()), indexByMonth,
                    contributions);
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
