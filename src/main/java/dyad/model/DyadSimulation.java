package dyad.model;

import dyad.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * One replication of a scenario on MASON's schedule: the state agents step at ordering 0 (decide), then
 * {@link MonthEnd} at ordering 1 (apply). One schedule step is one month.
 */
public final class DyadSimulation extends SimState {

    private static final long serialVersionUID = 1L;
    private static final int DECIDE = 0;
    private static final int APPLY = 1;

    private final transient Scenario scenario;
    private final transient ExogenousInputs inputs;
    private final transient Trajectory trajectory;

    public DyadSimulation(Scenario scenario, ExogenousInputs inputs, long seed, int replication) {
        super(new MersenneTwisterFast(Seeds.of(seed, replication)));
        this.scenario = scenario;
        this.inputs = inputs;
        this.trajectory = Trajectory.empty(scenario.agents().size(), scenario.months());
    }

    @Override
    public void start() {
        super.start();
        StateAgent[] agents = new StateAgent[scenario.agents().size()];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new StateAgent(a, scenario.agents().get(a));
            schedule.scheduleRepeating(Schedule.EPOCH, DECIDE, agents[a]);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, APPLY, new MonthEnd(agents));
    }

    /** Runs the whole period and returns what happened. */
    public Trajectory replay() {
        start();
        int months = scenario.months();
        while (schedule.getSteps() < months) {
            schedule.step(this);
        }
        finish();
        return trajectory;
    }

    int month() {
        return (int) schedule.getTime();
    }

    int issuesPerMonth() {
        return scenario.issuesPerMonth();
    }

    ExogenousInputs inputs() {
        return inputs;
    }

    Trajectory trajectory() {
        return trajectory;
    }
}
