package dyad.model;

/**
 * What one replication produced, month by month: the cooperation index and, per agent, the share of
 * issues on which it cooperated, its propensity, trust and grievance.
 */
public record Trajectory(double[] index, double[][] cooperationShare, double[][] propensity, double[][] trust,
                         double[][] grievance) implements java.io.Serializable {

    static Trajectory empty(int agents, int months) {
        return new Trajectory(new double[months], new double[agents][months], new double[agents][months],
                new double[agents][months], new double[agents][months]);
    }
}
