package dyad.model;

import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One replication of a scenario on MASON's schedule. Each month a {@link Sequence} steps the state agents
 * (decide), then {@link MonthEnd} (apply); one schedule step is one month. After the period's last month
 * the schedule is empty, so that {@code while (schedule.step(state))} and MASON's {@code doLoop} end by
 * themselves after exactly the period's months. A single repeating sequence keeps the schedule's heap to one
 * entry, which halves the cost of a replay against scheduling each agent on its own.
 *
 * <p>Everything a running simulation holds is serialisable, so a checkpoint written mid-run and read back
 * finishes the run as it would have finished. The agents are reachable through {@link #getAgents()}.
 */
public final class DyadSimulation extends SimState {

    private static final long serialVersionUID = 1L;

    private final int months;
    private final int issuesPerMonth;
    private final int[] areaChoices;
    private final Trajectory trajectory;
    private final StateAgent[] agents;
    private final Month monthStep;
    private Stoppable repeating;
    /** The month being stepped, read from the schedule once a month (its clock is synchronised). */
    private int month;

    /** A replication of {@code scenario} under Dyad's standard rules. */
    public DyadSimulation(Scenario scenario, ExogenousInputs inputs, long seed, int replication) {
        this(scenario, inputs, seed, replication, RuleSet.STANDARD);
    }

    /**
     * A replication of {@code scenario} under {@code rules}.
     *
     * @throws dyad.scenario.BadInputException if an agent's weights do not fit the rules
     */
    public DyadSimulation(Scenario scenario, ExogenousInputs inputs, long seed, int replication, RuleSet rules) {
        this(scenario, inputs, seed, replication, rules, false);
    }

    /**
     * A replication of {@code scenario} under {@code rules} that, with {@code contributions}, also records each
     * rule's term of every agent's log-odds in its trajectory: the same run, a little slower.
     *
     * @throws dyad.scenario.BadInputException if an agent's weights do not fit the rules
     */
    public DyadSimulation(Scenario scenario, ExogenousInputs inputs, long seed, int replication, RuleSet rules,
                          boolean contributions) {
        super(Seeds.generator(seed, replication));
        this.months = scenario.months();
        this.issuesPerMonth = scenario.issuesPerMonth();
        this.areaChoices = scenario.agenda().stream().mapToInt(dyad.scenario.IssueArea::choices).toArray();
        this.trajectory = contributions
                ? Trajectory.withContributions(scenario.agents().size(), scenario.agenda().size(), months,
                        rules.rules().size())
                : Trajectory.empty(scenario.agents().size(), scenario.agenda().size(), months);
        this.agents = new StateAgent[scenario.agents().size()];
        Steppable[] steps = new Steppable[agents.length + 1];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = new StateAgent(a, scenario, inputs, rules);
            steps[a] = agents[a];
        }
        steps[agents.length] = new MonthEnd(agents, areaChoices);
        this.monthStep = new Month(new Sequence(steps), months);
    }

    /** MASON's start (which primes the generator), then the agents back at their initial state, scheduled. */
    @Override
    public void start() {
        super.start();
        for (StateAgent agent : agents) {
            agent.reset();
        }
        if (months > 1) {
            repeating = schedule.scheduleRepeating(Schedule.EPOCH, 0, monthStep, 1.0);
        } else {
            schedule.scheduleOnce(Schedule.EPOCH, monthStep);
        }
    }

    /**
     * Called in the period's last but one month. A repeat has always put its next month on the schedule before
     * it steps, so one stopped in the last month would leave a step that does nothing after the period: the
     * repeat stops a month early instead and the last month is scheduled on its own, in the same schedule
     * step as the repeat's last (now empty) entry. It comes after that entry in its own ordering: two entries
     * of one ordering would be shuffled with the model's random numbers, which would change the run.
     */
    private void lastMonthNext() {
        repeating.stop();
        schedule.scheduleOnce(schedule.getTime() + 1.0, 1, monthStep);
    }

    /**
     * Runs another replication on this simulation's objects: the generator is keyed exactly as a new
     * simulation's would be, and the trajectory's arrays are reused, so the result is the same as
     * {@code new DyadSimulation(scenario, inputs, seed, replication).replay()} without the allocations.
     * The returned trajectory is overwritten by the next replay.
     */
    public Trajectory replay(long seed, int replication) {
        return replay(Seeds.generator(seed, replication));
    }

    /**
     * Runs another replication with the generator given, which must be keyed as {@link Seeds#generator}
     * does (and not yet primed: {@link #start()} primes it): a copy from a {@link GeneratorCache} saves
     * keying it again.
     */
    public Trajectory replay(MersenneTwisterFast keyed) {
        random = keyed;
        return replay();
    }

    /** Keys the generator as for replication 0 of {@code seed}, where MASON's own setSeed keys it otherwise. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        random = Seeds.generator(seed(), 0);
    }

    /**
     * Goes on from the coming month as a replication of {@code changed}, which must be this simulation's
     * scenario with changes from the coming month on only (dated changes, events dated then or later, effects
     * ended from then): the months run so far are exactly those {@code changed} would have run, so what
     * follows is exactly its replication. The agents keep their memories; their parameters and perceptions
     * become those of {@code changed}. Nothing sets the index: it still comes from the agents' choices.
     *
     * @throws dyad.scenario.BadInputException if an agent's weights do not fit the rules (nothing is changed)
     */
    public void continueAs(Scenario changed, ExogenousInputs inputs) {
        if (changed.months() != months || changed.agents().size() != agents.length
                || !java.util.Arrays.equals(areaChoices,
                changed.agenda().stream().mapToInt(dyad.scenario.IssueArea::choices).toArray())) {
            throw new IllegalArgumentException("a scenario with other months, agents or areas cannot continue this run");
        }
        for (StateAgent agent : agents) {
            agent.check(changed);
        }
        for (StateAgent agent : agents) {
            agent.follow(changed, inputs);
        }
    }

    /** Runs the whole period and returns what happened. */
    public Trajectory replay() {
        start();
        while (schedule.step(this)) {
            // the schedule stops itself after the period's last month
        }
        finish();
        return trajectory;
    }

    /** The state agents, in the order of the scenario. */
    public List<StateAgent> getAgents() {
        return List.of(agents);
    }

    /** Months in the period. */
    public int getMonths() {
        return months;
    }

    public int getIssuesPerMonth() {
        return issuesPerMonth;
    }

    /** What the run produced so far, month by month; overwritten by the next replay. */
    public Trajectory trajectory() {
        return trajectory;
    }

    int month() {
        return month;
    }

    int issuesPerMonth() {
        return issuesPerMonth;
    }

    /** One month: the agents decide, then the month end applies. */
    private static final class Month implements Steppable {

        private static final long serialVersionUID = 1L;

        private final Sequence steps;
        private final int months;

        Month(Sequence steps, int months) {
            this.steps = steps;
            this.months = months;
        }

        @Override
        public void step(SimState state) {
            DyadSimulation simulation = (DyadSimulation) state;
            simulation.month = (int) state.schedule.getTime();
            steps.step(state);
            if (simulation.month == months - 2) {
                simulation.lastMonthNext();
            }
        }
    }
}
