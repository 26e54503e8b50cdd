package dyad.model;

import dyad.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.AsynchronousSteppable;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One replication of a scenario on MASON's schedule. Each month a {@link Sequence} steps the state agents
 * (decide), then {@link MonthEnd} (apply); one schedule step is one month. A single repeating sequence
 * keeps the schedule's heap to one entry, which halves the cost of a replay against scheduling each
 * agent on its own.
 */
public final class DyadSimulation extends SimState {

    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ExogenousInputs inputs;
    private final transient Trajectory trajectory;

    public DyadSimulation(Scenario scenario, ExogenousInputs inputs, long seed, int replication) {
        super(Seeds.generator(seed, replication));
        this.scenario = scenario;
        this.inputs = inputs;
        this.trajectory = Trajectory.empty(scenario.agents().size(), scenario.months());
    }

    /**
     * What {@link SimState#start()} does, except priming the generator: {@link Seeds#generator} primes it
     * when it is keyed, so that a sweep can hand over a copy of a generator already keyed and primed.
     */
    @Override
    public void start() {
        for (AsynchronousSteppable running : asynchronousRegistry()) {
            running.stop();
            removeFromAsynchronousRegistry(running);
        }
        schedule.reset();
        StateAgent[] agents = new StateAgent[scenario.agents().size()];
        Steppable[] month = new Steppable[agents.length + 1];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new StateAgent(a, scenario.agents().get(a));
            month[a] = agents[a];
        }
        month[agents.length] = new MonthEnd(agents);
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Sequence(month));
    }

    /**
     * Runs another replication on this simulation's objects: the generator is re-keyed exactly as a new
     * simulation's would be, and the trajectory's arrays are reused, so the result is the same as
     * {@code new DyadSimulation(scenario, inputs, seed, replication).replay()} without the allocations.
     * The returned trajectory is overwritten by the next replay.
     */
    public Trajectory replay(long seed, int replication) {
        return replay(Seeds.generator(seed, replication));
    }

    /**
     * Runs another replication with the generator given, which must be keyed and primed as
     * {@link Seeds#generator} does: a copy from a {@link GeneratorCache} saves keying it again.
     */
    public Trajectory replay(MersenneTwisterFast primed) {
        random = primed;
        return replay();
    }

    /** Keys and primes the generator as for replication 0 of {@code seed}, as MASON's own setSeed would not prime it. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        random = Seeds.generator(seed(), 0);
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
