package dyad.model;

import dyad.model.rules.Rules;
import dyad.model.rules.Situation;
import dyad.scenario.AgentSpec;
import dyad.scenario.Perception;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state that, each month, decides on every issue of the bilateral agenda whether to cooperate or resist,
 * drawing from its propensity with the simulation's random generator. It sees last month's moves of the
 * other side, never this month's: all agents decide at once, and {@link MonthEnd} applies the choices.
 */
public final class StateAgent implements Steppable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final AgentSpec spec;
    private final double trustWeight;
    private final double grievanceWeight;
    private double trust;
    private double grievance;
    private int cooperations;

    StateAgent(int index, AgentSpec spec) {
        this.index = index;
        this.spec = spec;
        this.trustWeight = Smoothing.weightPerMonth(spec.memoryHalfLife());
        this.grievanceWeight = Smoothing.weightPerMonth(spec.grievanceHalfLife());
        this.trust = spec.initialTrust();
        this.grievance = spec.initialGrievance();
    }

    @Override
    public void step(SimState state) {
        DyadSimulation simulation = (DyadSimulation) state;
        int month = simulation.month();
        ExogenousInputs inputs = simulation.inputs();
        Situation situation = new Situation(spec.weights(),
                inputs.perception(index, Perception.THREAT, month),
                inputs.perception(index, Perception.SHARED_INTEREST, month),
                inputs.perception(index, Perception.AMBITION, month),
                inputs.perception(index, Perception.DOMESTIC_PRESSURE, month),
                inputs.room(index, month), inputs.otherStrength(index, month), trust, grievance);
        double propensity = Rules.propensity(situation);
        int issues = simulation.issuesPerMonth();
        float draw = (float) propensity;
        int count = 0;
        for (int issue = 0; issue < issues; issue++) {
            if (choose(state, draw) == Action.COOPERATE) {
                count++;
            }
        }
        cooperations = count;
        simulation.trajectory().propensity()[index][month] = propensity;
    }

    /** A single-precision draw (one Mersenne Twister word, not two) is ample for a propensity. */
    private static Action choose(SimState state, float propensity) {
        return state.random.nextBoolean(propensity) ? Action.COOPERATE : Action.RESIST;
    }

    /** Remembers the other side's net stance this month (-1..1) and the share of resistance met. */
    void observe(double othersStance) {
        trust += trustWeight * (othersStance - trust);
        grievance += grievanceWeight * ((1 - othersStance) / 2 - grievance);
    }

    int cooperations() {
        return cooperations;
    }

    double trust() {
        return trust;
    }

    double grievance() {
        return grievance;
    }
}
