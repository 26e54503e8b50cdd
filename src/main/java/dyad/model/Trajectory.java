package dyad.model;

/**
 * What one replication produced, month by month: the cooperation index and, per agent, the share of
 * issues on which it cooperated, its propensity, trust and grievance; the same index, shares and propensities
 * in each issue area; and, only when asked for, each rule's term of the agent's log-odds of cooperating and
 * their sum, on the whole agenda and in each area. A buffer, not a value: a simulation fills the same arrays
 * again at each replay.
 */
public final class Trajectory implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    private final double[] index;
    private final double[][] cooperationShare;
    private final double[][] propensity;
    private final double[][] trust;
    private final double[][] grievance;
    private final double[][] areaIndex;
    private final double[][][] areaShare;
    private final double[][][] areaPropensity;
    private final double[][][] contributions;
    private final double[][] logOdds;
    private final double[][][][] areaContributions;
    private final double[][][] areaLogOdds;

    private Trajectory(int agents, int areas, int months, int rules) {
        this.index = new double[months];
        this.cooperationShare = new double[agents][months];
        this.propensity = new double[agents][months];
        this.trust = new double[agents][months];
        this.grievance = new double[agents][months];
        this.areaIndex = new double[areas][months];
        this.areaShare = new double[agents][areas][months];
        this.areaPropensity = new double[agents][areas][months];
        boolean recorded = rules >= 0;
        this.contributions = recorded ? new double[agents][months][rules] : null;
        this.logOdds = recorded ? new double[agents][months] : null;
        // one area's terms are the whole agenda's: they are recorded there only
        this.areaContributions = recorded && areas > 1 ? new double[agents][areas][months][rules] : null;
        this.areaLogOdds = recorded && areas > 1 ? new double[agents][areas][months] : null;
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

    /** The index of each issue area by month, computed as the whole index is from the choices in that area. */
    public double[][] areaIndex() {
        return areaIndex;
    }

    /** Each agent's share of cooperative choices by issue area and month. */
    public double[][][] areaShare() {
        return areaShare;
    }

    /** Each agent's propensity to cooperate by issue area and month. */
    public double[][][] areaPropensity() {
        return areaPropensity;
    }

    /**
     * Each rule's term of each agent's log-odds, by agent, month and rule (in the order of the rule set; 0 for a
     * weight of 0), or null when the replication did not record them. With several areas, each area's term
     * averaged by its share of the choices.
     */
    public double[][][] contributions() {
        return contributions;
    }

    /** Each agent's log-odds of cooperating by month, the sum of its rules' terms; null when not recorded. */
    public double[][] logOdds() {
        return logOdds;
    }

    /** As {@link #contributions()} by agent, area, month and rule; null when not recorded or for one area. */
    public double[][][][] areaContributions() {
        return areaContributions;
    }

    /** As {@link #logOdds()} by agent, area and month; null when not recorded or for one area. */
    public double[][][] areaLogOdds() {
        return areaLogOdds;
    }

    static Trajectory empty(int agents, int areas, int months) {
        return new Trajectory(agents, areas, months, -1);
    }

    /** An empty trajectory that also records the terms of {@code rules} rules. */
    static Trajectory withContributions(int agents, int areas, int months, int rules) {
        return new Trajectory(agents, areas, months, rules);
    }
}
