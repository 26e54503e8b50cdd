package dyad.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies the month's choices after every agent has decided: records the index and shares, on the whole agenda
 * and in each issue area, and lets each agent remember what the others did.
 */
final class MonthEnd implements Steppable {

    private static final long serialVersionUID = 2L;

    private final StateAgent[] agents;
    private final int[] areaChoices;
    private final int[] cooperations;
    private final double[] areaStanceSums;
    private final double[] othersAreaStances;

    MonthEnd(StateAgent[] agents, int[] areaChoices) {
        this.agents = agents;
        this.areaChoices = areaChoices.clone();
        this.cooperations = new int[agents.length];
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
            stanceSum += CooperationIndex.stance(cooperations[a], issues);
            trajectory.cooperationShare()[a][month] = cooperations[a] / (double) issues;
            for (int k = 0; k < areaChoices.length; k++) {
                int inArea = agents[a].cooperations(k);
                areaStanceSums[k] += CooperationIndex.stance(inArea, areaChoices[k]);
                trajectory.areaShare()[a][k][month] = inArea / (double) areaChoices[k];
            }
        }
        trajectory.index()[month] = CooperationIndex.of(cooperations, issues);
        for (int k = 0; k < areaChoices.length; k++) {
            trajectory.areaIndex()[k][month] = areaStanceSums[k] / agents.length;
        }
        for (int a = 0; a < agents.length; a++) {
            double own = CooperationIndex.stance(cooperations[a], issues);
            for (int k = 0; k < areaChoices.length; k++) {
                double ownInArea = CooperationIndex.stance(agents[a].cooperations(k), areaChoices[k]);
                othersAreaStances[k] = (areaStanceSums[k] - ownInArea) / (agents.length - 1);
            }
            agents[a].observe((stanceSum - own) / (agents.length - 1), othersAreaStances);
            trajectory.trust()[a][month] = agents[a].getTrust();
            trajectory.grievance()[a][month] = agents[a].grievance();
        }
    }
}
