package dyad.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies the month's choices after every agent has decided: records the index and shares, and lets each
 * agent remember what the others did.
 */
final class MonthEnd implements Steppable {

    private static final long serialVersionUID = 1L;

    private final StateAgent[] agents;
    private final int[] cooperations;

    MonthEnd(StateAgent[] agents) {
        this.agents = agents;
        this.cooperations = new int[agents.length];
    }

    @Override
    public void step(SimState state) {
        DyadSimulation simulation = (DyadSimulation) state;
        int month = simulation.month();
        int issues = simulation.issuesPerMonth();
        Trajectory trajectory = simulation.trajectory();
        double stanceSum = 0;
        for (int a = 0; a < agents.length; a++) {
            cooperations[a] = agents[a].cooperations();
            stanceSum += CooperationIndex.stance(cooperations[a], issues);
            trajectory.cooperationShare()[a][month] = cooperations[a] / (double) issues;
        }
        trajectory.index()[month] = CooperationIndex.of(cooperations, issues);
        for (int a = 0; a < agents.length; a++) {
            double own = CooperationIndex.stance(cooperations[a], issues);
            agents[a].observe((stanceSum - own) / (agents.length - 1));
            trajectory.trust()[a][month] = agents[a].trust();
            trajectory.grievance()[a][month] = agents[a].grievance();
        }
    }
}
