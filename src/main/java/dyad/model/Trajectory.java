package dyad.model;

/**
 * What one replication produced, month by month: the cooperation index and, per agent, the share of
 * issues on which it cooperated, its propensity, trust and grievance. A buffer, not a value: a simulation
 * fills the same arrays again at each replay.
 */
public final class Trajectory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] index;
    private final double[][] cooperationShare;
    private final double[][] propensity;
    private final double[][] trust;
    private final double[][] grievance;

    public Trajectory(double[] index, double[][] cooperationShare, double[][] propensity, double[][] trust,
                      double[][] grievance) {
        this.index = index;
        this.cooperationShare = cooperationShare;
        this.propensity = propensity;
        this.trust = trust;
        this.grievance = grievance;
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

    static Trajectory empty(int agents, int months) {
        return new Trajectory(new double[months], new double[agents][months], new double[agents][months],
                new double[agents][months], new double[agents][months]);
    }
}
