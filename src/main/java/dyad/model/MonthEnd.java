package dyad.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies the month's choices after every agent has decided: records the index and shares, on the whole agenda
 * and in each issue area, and lets each agent remember what the others did.
 */
final class MonthEnd implements Steppable {

    private static final long serialVersionUID = 3L;

    private final StateAgent[] agents;
    private final int[] areaChoices;
    private final int[] cooperations;
    /** Each agent's net stance this month, on the whole agenda and in each area, computed once. */
    private final double[] stances;
    private final double[][] areaStances;
    private final double[] areaStanceSums;
    private final double[] othersAreaStances;

    MonthEnd(StateAgent[] agents, int[] areaChoices) {
        this.agents = agents;
        this.areaChoices = areaChoices.clone();
        this.cooperations = new int[agents.length];
        this.stances = new double[agents.length];
        this.areaStances = new double[agents.length][areaChoices.length];
        this.areaStanceSums = new double[areaChoices.length];
        this.othersAreaStances = new double[areaChoices.length];
    }

    @Override
    public void step(SimState state) {
        DyadSimulation simulation = (DyadSimulation) state;
        int month = simulation.month();
        int issues = simulation.issuesPerMonth();
        Trajectory trajectory = simulation.trajectory();
        double stanceSum = 0;
        java.util.Arrays.fill(areaStanceSums, 0);
        for (int a = 0; a < agents.length; a++) {
            cooperations[a] = agents[a].cooperations();
            stances[a] = CooperationIndex.stance(cooperations[a], issues);
            stanceSum += stances[a];
            trajectory.cooperationShare()[a][month] = cooperations[a] / (double) issues;
            double[][] areaShare = trajectory.areaShare()[a];
            for (int k = 0; k < areaChoices.length; k++) {
                int inArea = agents[a].cooperations(k);
                areaStances[a][k] = CooperationIndex.stance(inArea, areaChoices[k]);
                areaStanceSums[k] += areaStances[a][k];
                areaShare[k][month] = inArea / (double) areaChoices[k];
            }
        }
        trajectory.index()[month] = CooperationIndex.of(cooperations, issues);
        for (int k = 0; k < areaChoices.length; k++) {
            trajectory.areaIndex()[k][month] = areaStanceSums[k] / agents.length;
        }
        for (int a = 0; a < agents.length; a++) {
            for (int k = 0; k < areaChoices.length; k++) {
                othersAreaStances[k] = (areaStanceSums[k] - areaStances[a][k]) / (agents.length - 1);
            }
            agents[a].observe((stanceSum - stances[a]) / (agents.length - 1), othersAreaStances);
            trajectory.trust()[a][month] = agents[a].getTrust();
            trajectory.grievance()[a][month] = agents[a].grievance();
        }
    }
}
