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
    private final AreaPaths areas;

    /**
     * The issue areas' mean paths: by area and month, the mean index and each replication's index; by agent, area
     * and month, the mean cooperation share and propensity; and, for a replay that recorded them, each area's
     * mean terms of the agents' log-odds (null for one area, whose terms are the whole agenda's).
     */
    public record AreaPaths(double[][] index, double[][][] indexByMonthAndReplication, double[][][] share,
                            double[][][] propensity, Contributions[] contributions) {

        /** Each replication's mean index in area {@code area} over months {@code first..last} (inclusive). */
        public double[] replicationMeans(int area, int first, int last) {
            return RunSummary.replicationMeans(indexByMonthAndReplication[area], first, last);
        }
    }

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
        this(replications, index, indexP5, indexP95, cooperationShare, propensity, trust, grievance,
                indexByMonthAndReplication, contributions, null);
    }

    /** @param areas the issue areas' mean paths, or null where they are not known (a chart redrawn from a table) */
    public RunSummary(int replications, double[] index, double[] indexP5, double[] indexP95,
                      double[][] cooperationShare, double[][] propensity, double[][] trust, double[][] grievance,
                      double[][] indexByMonthAndReplication, Contributions contributions, AreaPaths areas) {
        this.areas = areas;
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

    /** The issue areas' mean paths (one area for a scenario that declares none), if known. */
    public Optional<AreaPaths> areas() {
        return Optional.ofNullable(areas);
    }

    /** Each replication's mean index over months {@code first..last} (0-based, inclusive). */
    public double[] replicationMeans(int first, int last) {
        return replicationMeans(indexByMonthAndReplication, first, last);
    }

    private static double[] replicationMeans(double[][] byMonthAndReplication, int first, int last) {
        int replications = byMonthAndReplication[first].length;
        double[] means = new double[replications];
        for (int m = first; m <= last; m++) {
            for (int r = 0; r < replications; r++) {
                means[r] += byMonthAndReplication[m][r];
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
        private final int areas;
        private final double[][] indexByMonth;
        private final double[][][] areaIndexByMonth;
        private final Trajectory sum;
        private final RuleSet rules;
        private int count;

        Builder(int agents, int areas, int months, int replications) {
            this(agents, areas, months, replications, null);
        }

        /** @param rules the rules whose terms the trajectories record, or null if they record none */
        Builder(int agents, int areas, int months, int replications, RuleSet rules) {
            this.months = months;
            this.areas = areas;
            this.indexByMonth = new double[months][replications];
            // one area's index is the whole index: it shares its replications' table
            this.areaIndexByMonth = areas == 1 ? new double[][][] {indexByMonth}
                    : new double[areas][months][replications];
            this.rules = rules;
            this.sum = rules == null ? Trajectory.empty(agents, areas, months)
                    : Trajectory.withContributions(agents, areas, months, rules.rules().size());
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
            if (areas > 1) {
                for (int k = 0; k < areas; k++) {
                    for (int m = 0; m < months; m++) {
                        areaIndexByMonth[k][m][count] = t.areaIndex()[k][m];
                    }
                }
                addAll(sum.areaIndex(), t.areaIndex());
            }
            // one area's shares and propensities are the whole agenda's: they are summed there only
            if (areas > 1) {
                for (int a = 0; a < sum.areaShare().length; a++) {
                    addAll(sum.areaShare()[a], t.areaShare()[a]);
                    addAll(sum.areaPropensity()[a], t.areaPropensity()[a]);
                }
            }
            if (rules != null) {
                for (int a = 0; a < sum.contributions().length; a++) {
                    addAll(sum.contributions()[a], t.contributions()[a]);
                }
                addAll(sum.logOdds(), t.logOdds());
                if (areas > 1) {
                    for (int a = 0; a < sum.areaContributions().length; a++) {
                        for (int k = 0; k < areas; k++) {
                            addAll(sum.areaContributions()[a][k], t.areaContributions()[a][k]);
                        }
                        addAll(sum.areaLogOdds()[a], t.areaLogOdds()[a]);
                    }
                }
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
            double[] index = divide(sum.index());
            double[][] cooperationShare = divide(sum.cooperationShare());
            double[][] propensity = divide(sum.propensity());
            return new RunSummary(count, index, p5, p95, cooperationShare, propensity, divide(sum.trust()),
                    divide(sum.grievance()), indexByMonth, contributions, areaPaths(index, cooperationShare, propensity));
        }

        private AreaPaths areaPaths(double[] index, double[][] cooperationShare, double[][] wholePropensity) {
            int agents = sum.areaShare().length;
            double[][][] share = new double[agents][][];
            double[][][] propensity = new double[agents][][];
            for (int a = 0; a < agents; a++) {
                // one area's share and propensity are the whole agenda's, to the bit
                share[a] = areas == 1 ? new double[][] {cooperationShare[a]} : divide(sum.areaShare()[a]);
                propensity[a] = areas == 1 ? new double[][] {wholePropensity[a]} : divide(sum.areaPropensity()[a]);
            }
            Contributions[] byArea = null;
            if (rules != null && areas > 1) {
                byArea = new Contributions[areas];
                for (int k = 0; k < areas; k++) {
                    double[][][] terms = new double[agents][][];
                    double[][] logOdds = new double[agents][];
                    for (int a = 0; a < agents; a++) {
                        terms[a] = divide(sum.areaContributions()[a][k]);
                        logOdds[a] = divide(sum.areaLogOdds()[a][k]);
                    }
                    byArea[k] = new Contributions(rules.rules(), terms, logOdds);
                }
            }
            return new AreaPaths(areas == 1 ? new double[][] {index} : divide(sum.areaIndex()), areaIndexByMonth,
                    share, propensity, byArea);
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
