package dyad.model;

/**
 * What one replication produced, month by month: the cooperation index and, per agent, the share of
 * issues on which it cooperated, its propensity, trust and grievance; and, only when asked for, each rule's
 * term of the agent's log-odds of cooperating and their sum. A buffer, not a value: a simulation fills the
 * same arrays again at each replay.
 */
public final class Trajectory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] index;
    private final double[][] cooperationShare;
    private final double[][] propensity;
    private final double[][] trust;
    private final double[][] grievance;
    private final double[][][] contributions;
    private final double[][] logOdds;

    public Trajectory(double[] index, double[][] cooperationShare, double[][] propensity, double[][] trust,
                      double[][] grievance) {
        this(index, cooperationShare, propensity, trust, grievance, null, null);
    }

    private Trajectory(double[] index, double[][] cooperationShare, double[][] propensity, double[][] trust,
                       double[][] grievance, double[][][] contributions, double[][] logOdds) {
        this.index = index;
        this.cooperationShare = cooperationShare;
        this.propensity = propensity;
        this.trust = trust;
        this.grievance = grievance;
        this.contributions = contributions;
        this.logOdds = logOdds;
    }

    public double[] index() {
        return index;
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

    /**
     * Each rule's term of each agent's log-odds, by agent, month and rule (in the order of the rule set; 0 for a
     * weight of 0), or null when the replication did not record them.
     */
    public double[][][] contributions() {
        return contributions;
    }

    /** Each agent's log-odds of cooperating by month, the sum of its rules' terms; null when not recorded. */
    public double[][] logOdds() {
        return logOdds;
    }

    static Trajectory empty(int agents, int months) {
        return new Trajectory(new double[months], new double[agents][months], new double[agents][months],
                new double[agents][months], new double[agents][months]);
    }

    /** An empty trajectory that also records the terms of {@code rules} rules. */
    static Trajectory withContributions(int agents, int months, int rules) {
        Trajectory plain = empty(agents, months);
        return new Trajectory(plain.index, plain.cooperationShare, plain.propensity, plain.trust, plain.grievance,
                new double[agents][months][rules], new double[agents][months]);
    }
}
