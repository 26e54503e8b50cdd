package dyad.model;

import dyad.model.rules.Agenda;
import dyad.model.rules.RuleSet;
import dyad.model.rules.Situation;
import dyad.scenario.AgentSpec;
import dyad.scenario.DatedChanges;
import dyad.scenario.Scenario;
import java.util.List;
import dyad.scenario.Perception;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state that, each month, decides on every issue of the bilateral agenda whether to cooperate or resist,
 * area by area, drawing from its propensity in each with the simulation's random generator. It sees last
 * month's moves of the other side, never this month's: all agents decide at once, and {@link MonthEnd} applies
 * the choices.
 *
 * <p>The agent is its own {@link Situation}, area by area ({@link Agenda}), for the month in which it decides. Its
 * bean getters ({@code getTrust()} and so on) are what MASON's inspectors show.
 */
public final class StateAgent implements Steppable, Agenda {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final String name;
    private final RuleSet rules;
    private final double initialTrust;
    private final double initialGrievance;
    private ExogenousInputs inputs;
    /** The months from which each stage of the agent's parameters holds (0 for the first), with its values. */
    private int[] stageFrom;
    private double[][] stageWeights;
    private double[] stageTrustWeight;
    private double[] stageGrievanceWeight;
    private double[] stageForgiveness;
    private int stage;
    private double[] weights;
    private double trustWeight;
    private double grievanceWeight;
    private double forgiveness;
    private final int[] areaChoices;
    private final double linkage;
    private double trust;
    /** Memory of the other side's recent moves in each issue area, as {@link #trust} is on the whole agenda. */
    private final double[] areaTrust;
    private double grievance;
    private int month;
    /** The issue area being decided. */
    private int area;
    private int issues;
    private int cooperations;
    private final int[] areaCooperations;
    private double propensity;
    /** The terms of the month's log-odds, where the rules keep those that read no area from one area to the next. */
    private final double[] terms;
    /** The month's propensity in each issue area. */
    private final double[] areaPropensities;
    /** This month's room to resist and the other side's strength, read once a month for every area's terms. */
    private double monthRoom;
    private double monthOtherStrength;

    /**
     * The agent {@code index} of {@code scenario}, with its parameters as the scenario's dated changes set them
     * month by month.
     *
     * @throws dyad.scenario.BadInputException if the agent's weights do not fit {@code rules}
     */
    StateAgent(int index, Scenario scenario, ExogenousInputs inputs, RuleSet rules) {
        AgentSpec spec = scenario.agents().get(index);
        this.index = index;
        this.id = spec.id();
        this.name = spec.name().text();
        this.rules = rules;
        this.initialTrust = spec.initialTrust();
        this.initialGrievance = spec.initialGrievance();
        this.areaChoices = scenario.agenda().stream().mapToInt(dyad.scenario.IssueArea::choices).toArray();
        this.linkage = scenario.dynamics().linkage();
        this.areaTrust = new double[areaChoices.length];
        this.areaCooperations = new int[areaChoices.length];
        this.terms = new double[rules.rules().size()];
        this.areaPropensities = new double[areaChoices.length];
        follow(scenario, inputs);
        reset();
    }

    /**
     * From now on the agent's parameters and perceptions are those of {@code scenario} and {@code inputs}; its
     * memories stay as they are. Used to go on with a scenario that differs only from the coming month on.
     */
    void follow(Scenario scenario, ExogenousInputs newInputs) {
        List<DatedChanges.Stage> stages = scenario.changes().stages();
        int count = stages.size() + 1;
        stageFrom = new int[count];
        stageWeights = new double[count][];
        stageTrustWeight = new double[count];
        stageGrievanceWeight = new double[count];
        stageForgiveness = new double[count];
        for (int s = 0; s < count; s++) {
            AgentSpec spec = s == 0 ? scenario.agents().get(index) : stages.get(s - 1).agents().get(index);
            stageFrom[s] = s == 0 ? 0 : scenario.monthIndex(stages.get(s - 1).from());
            stageWeights[s] = rules.weightsOf(spec);
            stageTrustWeight[s] = Smoothing.weightPerMonth(spec.memoryHalfLife());
            stageGrievanceWeight[s] = Smoothing.weightPerMonth(spec.grievanceHalfLife());
            stageForgiveness[s] = spec.forgiveness();
        }
        inputs = newInputs;
        enterStage(0);
        enterStagesUpTo(month);
    }

    /** @throws dyad.scenario.BadInputException if the agent's weights in {@code scenario} do not fit the rules */
    void check(Scenario scenario) {
        rules.weightsOf(scenario.agents().get(index));
        scenario.changes().stages().forEach(s -> rules.weightsOf(s.agents().get(index)));
    }

    private void enterStage(int s) {
        stage = s;
        weights = stageWeights[s];
        trustWeight = stageTrustWeight[s];
        grievanceWeight = stageGrievanceWeight[s];
        forgiveness = stageForgiveness[s];
    }

    /** The parameters a dated change sets hold from the start of its month: before the agent decides. */
    private void enterStagesUpTo(int m) {
        while (stage + 1 < stageFrom.length && stageFrom[stage + 1] <= m) {
            enterStage(stage + 1);
        }
    }

    /** Back to the state before the first month. */
    void reset() {
        enterStage(0);
        trust = initialTrust;
        java.util.Arrays.fill(areaTrust, initialTrust);
        grievance = initialGrievance;
        month = 0;
        area = 0;
        issues = 0;
        cooperations = 0;
        java.util.Arrays.fill(areaCooperations, 0);
        propensity = 0;
    }

    /**
     * Decides the month: the propensity in each issue area from the rules as the agent sees that area, then, area
     * by area, one draw per choice. The propensities read last month's memories only, so that working them all
     * out before the first draw leaves the draws as they were. A scenario without areas has one, so its draws
     * are those it always had.
     */
    @Override
    public void step(SimState state) {
        DyadSimulation simulation = (DyadSimulation) state;
        month = simulation.month();
        enterStagesUpTo(month);
        monthRoom = inputs.room(index, month);
        monthOtherStrength = inputs.otherStrength(index, month);
        Trajectory trajectory = simulation.trajectory();
        if (trajectory.contributions() == null) {
            rules.propensities(weights, this, terms, areaPropensities);
        } else {
            recordPropensities(trajectory);
        }
        double[][] areaPropensity = trajectory.areaPropensity()[index];
        int count = 0;
        double weighted = 0;
        for (int k = 0; k < areaChoices.length; k++) {
            double p = areaPropensities[k];
            float draw = (float) p;
            int inArea = 0;
            for (int issue = 0; issue < areaChoices[k]; issue++) {
                if (choose(state, draw) == Action.COOPERATE) {
                    inArea++;
                }
            }
            areaCooperations[k] = inArea;
            count += inArea;
            areaPropensity[k][month] = p;
            weighted += areaChoices[k] * p;
        }
        issues = simulation.issuesPerMonth();
        cooperations = count;
        // one area's propensity is the agent's own, to the bit; several are averaged by their choices
        propensity = areaChoices.length == 1 ? areaPropensities[0] : weighted / issues;
        trajectory.propensity()[index][month] = propensity;
        if (trajectory.contributions() != null && areaChoices.length > 1) {
            averageTerms(trajectory);
        }
    }

    /** The propensity in each area, with each rule's term and their sum recorded in the trajectory. */
    private void recordPropensities(Trajectory trajectory) {
        for (int k = 0; k < areaChoices.length; k++) {
            enterArea(k);
            double[] recorded = areaChoices.length == 1 ? trajectory.contributions()[index][month]
                    : trajectory.areaContributions()[index][k][month];
            double logOdds = rules.logOdds(weights, this, recorded);
            if (areaChoices.length == 1) {
                trajectory.logOdds()[index][month] = logOdds;
            } else {
                trajectory.areaLogOdds()[index][k][month] = logOdds;
            }
            areaPropensities[k] = RuleSet.probability(logOdds);
        }
    }

    /** The agenda-wide terms and log-odds of a month: each area's, averaged by its share of the choices. */
    private void averageTerms(Trajectory trajectory) {
        double[] whole = trajectory.contributions()[index][month];
        java.util.Arrays.fill(whole, 0);
        double logOdds = 0;
        for (int k = 0; k < areaChoices.length; k++) {
            double share = areaChoices[k] / (double) issues;
            double[] terms = trajectory.areaContributions()[index][k][month];
            for (int r = 0; r < whole.length; r++) {
                whole[r] += share * terms[r];
            }
            logOdds += share * trajectory.areaLogOdds()[index][k][month];
        }
        trajectory.logOdds()[index][month] = logOdds;
    }

    /** A single-precision draw (one Mersenne Twister word, not two) is ample for a propensity. */
    private static Action choose(SimState state, float propensity) {
        return state.random.nextBoolean(propensity) ? Action.COOPERATE : Action.RESIST;
    }

    /**
     * Remembers the other side's net stance this month (-1..1) on the whole agenda and in each area, and the share
     * of resistance met.
     */
    void observe(double othersStance, double[] othersAreaStances) {
        trust += trustWeight * (othersStance - trust);
        for (int k = 0; k < areaTrust.length; k++) {
            areaTrust[k] += trustWeight * (othersAreaStances[k] - areaTrust[k]);
        }
        grievance += grievanceWeight * ((1 - othersStance) / 2 - grievance);
    }

    int cooperations() {
        return cooperations;
    }

    /** On how many of its choices in area {@code k} the agent cooperated this month. */
    int cooperations(int k) {
        return areaCooperations[k];
    }

    @Override
    public int areas() {
        return areaChoices.length;
    }

    @Override
    public void enterArea(int k) {
        area = k;
    }

    @Override
    public double perception(Perception channel) {
        return inputs.perception(index, area, channel, month);
    }

    @Override
    public double room() {
        return monthRoom;
    }

    @Override
    public double otherStrength() {
        return monthOtherStrength;
    }

    @Override
    public double trust() {
        // full linkage reads the whole agenda's memory as it is, so that a scenario without areas keeps its bits
        return linkage == 1 ? trust : linkage * trust + (1 - linkage) * areaTrust[area];
    }

    @Override
    public double forgiveness() {
        return forgiveness;
    }

    @Override
    public double grievance() {
        return grievance;
    }

    /** The agent's id in the scenario. */
    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Memory of the other side's recent moves, -1 (all resisted) to 1 (all cooperated). */
    public double getTrust() {
        return trust;
    }

    /** Slow memory of the share of resistance met from the other side, 0 to 1. */
    public double getGrievance() {
        return grievance;
    }

    /** The propensity to cooperate of the month last decided (0 before the first). */
    public double getPropensity() {
        return propensity;
    }

    /** On how many issues the agent cooperated in the month last decided. */
    public int getCooperations() {
        return cooperations;
    }

    /** The share of issues on which the agent cooperated in the month last decided (0 before the first). */
    public double getCooperationShare() {
        return issues == 0 ? 0 : cooperations / (double) issues;
    }

    /** Room to resist in the month last decided (the first month's before it). */
    public double getRoom() {
        return inputs.room(index, month);
    }

    /** The agent's strength in the month last decided (the first month's before it). */
    public double getStrength() {
        return inputs.strength(index, month);
    }

    @Override
    public String toString() {
        return id;
    }
}
