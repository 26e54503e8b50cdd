package dyad.bench;

import dyad.model.ExogenousInputs;
import dyad.model.Seeds;
import dyad.model.Smoothing;
import dyad.model.Trajectory;
import dyad.model.rules.Rule;
import dyad.model.rules.RuleSet;
import dyad.scenario.AgentSpec;
import dyad.scenario.IssueArea;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.util.FastMath;
import sim.engine.SimState;

/**
 * The arithmetic of one replay of a scenario under Dyad's standard rules, written as one plain loop: the
 * yardstick against which {@code dyad-bench} measures the model's replay. No MASON schedule, no object per
 * agent or month, no rule objects: one Mersenne Twister drawn in the order the model draws, and plain arrays
 * made once from the scenario's inputs (the perceptions, room and other side's strength of
 * {@link ExogenousInputs}, and each agent's parameters month by month after the scenario's dated changes).
 * The terms that do not depend on the issue area are computed once per agent and month, as a loop written
 * by hand would. A replay fills the same series a {@link Trajectory} holds; {@link #checkAgainst} says where
 * they differ from Dyad's, so that the bench times only a loop that gives Dyad's numbers to the bit.
 */
final class RawLoop {

    /** Dyad's standard rules in the order their terms are summed, which this loop writes out. */
    private static final List<String> RULE_KEYS = List.of("baseline", "shared_interest", "reciprocity", "threat",
            "grievance", "aspiration", "containment", "ambition", "domestic_pressure");
    private static final int BASELINE = 0;
    private static final int SHARED_INTEREST = 1;
    private static final int RECIPROCITY = 2;
    private static final int THREAT = 3;
    private static final int GRIEVANCE = 4;
    private static final int ASPIRATION = 5;
    private static final int CONTAINMENT = 6;
    private static final int AMBITION = 7;
    private static final int DOMESTIC_PRESSURE = 8;

    private final long seed;
    private final int months;
    private final int agents;
    private final int areas;
    private final int issues;
    private final int[] choices;
    private final double linkage;

    // each agent's parameters by month, as the scenario's dated changes set them
    private final double[][][] weights;
    private final double[][] trustWeight;
    private final double[][] grievanceWeight;
    private final double[][] forgiveness;
    private final double[] initialTrust;
    private final double[] initialGrievance;

    // what each agent perceives, by agent, area and month, and by agent and month
    private final double[][][] sharedInterest;
    private final double[][][] threat;
    private final double[][][] ambition;
    private final double[][][] domesticPressure;
    private final double[][] room;
    private final double[][] otherStrength;

    // the agents' memories and the month's choices
    private final double[] trust;
    private final double[][] areaTrust;
    private final double[] grievance;
    private final int[] cooperations;
    private final int[][] areaCooperations;
    private final double[] stances;
    private final double[][] areaStances;
    private final double[] areaStanceSums;

    // what a replay produces, as a trajectory holds it
    private final double[] index;
    private final double[][] areaIndex;
    private final double[][] cooperationShare;
    private final double[][] propensity;
    private final double[][] trustPath;
    private final double[][] grievancePath;
    private final double[][][] areaShare;
    private final double[][][] areaPropensity;

    RawLoop(Scenario scenario, ExogenousInputs inputs) {
        List<String> keys = RuleSet.STANDARD.rules().stream().map(Rule::key).toList();
        if (!keys.equals(RULE_KEYS)) {
            throw new IllegalStateException("the raw loop writes out the rules " + RULE_KEYS
                    + " but Dyad's standard rules are " + keys);
        }
        seed = scenario.seed();
        months = scenario.months();
        agents = scenario.agents().size();
        choices = scenario.agenda().stream().mapToInt(IssueArea::choices).toArray();
        areas = choices.length;
        issues = scenario.issuesPerMonth();
        linkage = scenario.dynamics().linkage();

        weights = new double[agents][months][];
        trustWeight = new double[agents][months];
        grievanceWeight = new double[agents][months];
        forgiveness = new double[agents][months];
        initialTrust = new double[agents];
        initialGrievance = new double[agents];
        for (int a = 0; a < agents; a++) {
            initialTrust[a] = scenario.agents().get(a).initialTrust();
            initialGrievance[a] = scenario.agents().get(a).initialGrievance();
            for (int m = 0; m < months; m++) {
                AgentSpec agent = scenario.agentsAt(m).get(a);
                weights[a][m] = RuleSet.STANDARD.weightsOf(agent);
                trustWeight[a][m] = Smoothing.weightPerMonth(agent.memoryHalfLife());
                grievanceWeight[a][m] = Smoothing.weightPerMonth(agent.grievanceHalfLife());
                forgiveness[a][m] = agent.forgiveness();
            }
        }

        sharedInterest = perceptions(inputs, Perception.SHARED_INTEREST);
        threat = perceptions(inputs, Perception.THREAT);
        ambition = perceptions(inputs, Perception.AMBITION);
        domesticPressure = perceptions(inputs, Perception.DOMESTIC_PRESSURE);
        room = new double[agents][months];
        otherStrength = new double[agents][months];
        for (int a = 0; a < agents; a++) {
            for (int m = 0; m < months; m++) {
                room[a][m] = inputs.room(a, m);
                otherStrength[a][m] = inputs.otherStrength(a, m);
            }
        }

        trust = new double[agents];
        areaTrust = new double[agents][areas];
        grievance = new double[agents];
        cooperations = new int[agents];
        areaCooperations = new int[agents][areas];
        stances = new double[agents];
        areaStances = new double[agents][areas];
        areaStanceSums = new double[areas];

        index = new double[months];
        areaIndex = new double[areas][months];
        cooperationShare = new double[agents][months];
        propensity = new double[agents][months];
        trustPath = new double[agents][months];
        grievancePath = new double[agents][months];
        areaShare = new double[agents][areas][months];
        areaPropensity = new double[agents][areas][months];
    }

    private double[][][] perceptions(ExogenousInputs inputs, Perception channel) {
        double[][][] values = new double[agents][areas][months];
        for (int a = 0; a < agents; a++) {
            for (int k = 0; k < areas; k++) {
                for (int m = 0; m < months; m++) {
                    values[a][k][m] = inputs.perception(a, k, channel, m);
                }
            }
        }
        return values;
    }

    /** Replication {@code replication} of the scenario's seed, into this loop's series. */
    void replay(int replication) {
        // keyed as Dyad keys a replication's generator, then primed as MASON primes every generator
        MersenneTwisterFast random = SimState.primeGenerator(Seeds.generator(seed, replication));
        for (int a = 0; a < agents; a++) {
            trust[a] = initialTrust[a];
            Arrays.fill(areaTrust[a], initialTrust[a]);
            grievance[a] = initialGrievance[a];
        }
        for (int m = 0; m < months; m++) {
            for (int a = 0; a < agents; a++) {
                decide(a, m, random);
            }
            applyChoices(m);
        }
    }

    /** The agent's choices in every area this month, from last month's memories. */
    private void decide(int a, int m, MersenneTwisterFast random) {
        double[] w = weights[a][m];
        double roomToResist = room[a][m];
        double grievanceTerm = -w[GRIEVANCE] * grievance[a] * roomToResist;
        double aspirationTerm = -w[ASPIRATION] * roomToResist;
        double containmentTerm = -w[CONTAINMENT] * otherStrength[a][m];
        int count = 0;
        double weighted = 0;
        double p = 0;
        for (int k = 0; k < areas; k++) {
            // the terms in the order of the rules, each skipped when its weight is 0, as Dyad sums them
            double logOdds = 0;
            if (w[BASELINE] != 0) {
                logOdds += w[BASELINE];
            }
            if (w[SHARED_INTEREST] != 0) {
                logOdds += w[SHARED_INTEREST] * sharedInterest[a][k][m];
            }
            if (w[RECIPROCITY] != 0) {
                double seen = linkage == 1 ? trust[a] : linkage * trust[a] + (1 - linkage) * areaTrust[a][k];
                logOdds += w[RECIPROCITY] * (seen < 0 ? seen * (1 - forgiveness[a][m]) : seen);
            }
            if (w[THREAT] != 0) {
                logOdds += -w[THREAT] * threat[a][k][m] * roomToResist;
            }
            if (w[GRIEVANCE] != 0) {
                logOdds += grievanceTerm;
            }
            if (w[ASPIRATION] != 0) {
                logOdds += aspirationTerm;
            }
            if (w[CONTAINMENT] != 0) {
                logOdds += containmentTerm;
            }
            if (w[AMBITION] != 0) {
                logOdds += -w[AMBITION] * ambition[a][k][m];
            }
            if (w[DOMESTIC_PRESSURE] != 0) {
                logOdds += -w[DOMESTIC_PRESSURE] * domesticPressure[a][k][m];
            }
            p = 1.0 / (1.0 + FastMath.exp(-logOdds));
            float draw = (float) p;
            int inArea = 0;
            for (int c = 0; c < choices[k]; c++) {
                if (random.nextBoolean(draw)) {
                    inArea++;
                }
            }
            areaCooperations[a][k] = inArea;
            count += inArea;
            areaPropensity[a][k][m] = p;
            weighted += choices[k] * p;
        }
        cooperations[a] = count;
        propensity[a][m] = areas == 1 ? p : weighted / issues;
    }

    /** The month's index and shares, then each agent's memory of what the others did. */
    private void applyChoices(int m) {
        double stanceSum = 0;
        Arrays.fill(areaStanceSums, 0);
        for (int a = 0; a < agents; a++) {
            stances[a] = stance(cooperations[a], issues);
            stanceSum += stances[a];
            cooperationShare[a][m] = cooperations[a] / (double) issues;
            for (int k = 0; k < areas; k++) {
                areaStances[a][k] = stance(areaCooperations[a][k], choices[k]);
                areaStanceSums[k] += areaStances[a][k];
                areaShare[a][k][m] = areaCooperations[a][k] / (double) choices[k];
            }
        }
        index[m] = stanceSum / agents;
        for (int k = 0; k < areas; k++) {
            areaIndex[k][m] = areaStanceSums[k] / agents;
        }
        for (int a = 0; a < agents; a++) {
            double othersStance = (stanceSum - stances[a]) / (agents - 1);
            trust[a] += trustWeight[a][m] * (othersStance - trust[a]);
            for (int k = 0; k < areas; k++) {
                double othersInArea = (areaStanceSums[k] - areaStances[a][k]) / (agents - 1);
                areaTrust[a][k] += trustWeight[a][m] * (othersInArea - areaTrust[a][k]);
            }
            grievance[a] += grievanceWeight[a][m] * ((1 - othersStance) / 2 - grievance[a]);
            trustPath[a][m] = trust[a];
            grievancePath[a][m] = grievance[a];
        }
    }

    private static double stance(int cooperated, int choices) {
        return (2.0 * cooperated - choices) / choices;
    }

    /**
     * Where the last replay differs from {@code dyad}'s, a replay of the same replication: the first series
     * and month whose bits differ, or null when every series is the same to the bit.
     */
    String checkAgainst(Trajectory dyad) {
        StringBuilder where = new StringBuilder();
        compare("index", index, dyad.index(), where);
        for (int a = 0; a < agents; a++) {
            compare("cooperation share of agent " + a, cooperationShare[a], dyad.cooperationShare()[a], where);
            compare("propensity of agent " + a, propensity[a], dyad.propensity()[a], where);
            compare("trust of agent " + a, trustPath[a], dyad.trust()[a], where);
            compare("grievance of agent " + a, grievancePath[a], dyad.grievance()[a], where);
            for (int k = 0; k < areas; k++) {
                compare("share of agent " + a + " in area " + k, areaShare[a][k], dyad.areaShare()[a][k], where);
                compare("propensity of agent " + a + " in area " + k, areaPropensity[a][k],
                        dyad.areaPropensity()[a][k], where);
            }
        }
        for (int k = 0; k < areas; k++) {
            compare("index of area " + k, areaIndex[k], dyad.areaIndex()[k], where);
        }
        return where.isEmpty() ? null : where.toString();
    }

    private static void compare(String series, double[] raw, double[] dyad, StringBuilder where) {
        if (!where.isEmpty()) {
            return;
        }
        for (int m = 0; m < raw.length; m++) {
            if (Double.doubleToRawLongBits(raw[m]) != Double.doubleToRawLongBits(dyad[m])) {
                where.append(series).append(", month ").append(m).append(": ").append(raw[m]).append(" in the raw loop, ")
                        .append(dyad[m]).append(" in Dyad's replay");
                return;
            }
        }
    }
}
