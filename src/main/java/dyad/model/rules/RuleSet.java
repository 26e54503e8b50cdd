package dyad.model.rules;

import dyad.scenario.AgentSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import dyad.scenario.Perception;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.util.FastMath;

/**
 * The rules of a model, in the order in which their terms are summed into an agent's propensity to
 * cooperate. The registry of weight keys: a scenario's weights are checked against it and compiled into
 * one weight per rule. {@link #STANDARD} holds Dyad's nine rules; {@link #with} adds more.
 */
public final class RuleSet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dyad's rules, R1 to R9 of the model's documentation, in the order in which their terms are summed. */
    public static final RuleSet STANDARD = new RuleSet(List.of(new Disposition(), new SharedInterest(),
            new Reciprocity(), new ThreatResponse(), new Grievance(), new Aspiration(), new Containment(),
            new Ambition(), new DomesticPressure()));

    private final Rule[] rules;
    private final Map<String, Integer> positions;
    /** Which terms are computed in the first issue area of a month: every rule's. */
    private final boolean[] everyRule;
    /** Which terms are computed again in the month's other areas: those of the rules that read the area. */
    private final boolean[] areaReadingRules;

    private RuleSet(List<Rule> rules) {
        this.rules = rules.toArray(new Rule[0]);
        this.positions = new HashMap<>();
        this.everyRule = new boolean[this.rules.length];
        java.util.Arrays.fill(everyRule, true);
        this.areaReadingRules = new boolean[this.rules.length];
        for (int r = 0; r < this.rules.length; r++) {
            String key = this.rules[r].key();
            if (positions.put(key, r) != null) {
                throw new IllegalArgumentException("two rules have the weight key '" + key + "'");
            }
            if (!(this.rules[r].minWeight() <= this.rules[r].maxWeight())) {
                throw new IllegalArgumentException("rule " + this.rules[r] + " allows no weight");
            }
            areaReadingRules[r] = this.rules[r].readsArea();
        }
    }

    /** These rules followed by {@code more}, whose terms are added after theirs. */
    public RuleSet with(Rule... more) {
        List<Rule> all = new ArrayList<>(rules());
        all.addAll(List.of(more));
        return new RuleSet(all);
    }

    /** The rules in the order in which their terms are summed. */
    public List<Rule> rules() {
        return List.of(rules);
    }

    /** The weight keys, in the order of the rules. */
    public List<String> keys() {
        return rules().stream().map(Rule::key).toList();
    }

    /**
     * Checks every agent's weights against the rules.
     *
     * @throws BadInputException for a weight no rule has or a value out of its rule's range, naming where it
     *                           was written and {@code agents.<id>.weights.<key>}
     */
    public void check(Scenario scenario) {
        for (AgentSpec agent : scenario.agents()) {
            weightsOf(agent);
        }
        // the weights a dated change sets are written at the change, which the refusal points at
        scenario.changes().stages().forEach(stage -> stage.agents().forEach(this::weightsOf));
    }

    /**
     * The agent's weight for each rule, in the order of the rules: as written, or 0 when not written.
     *
     * @throws BadInputException as {@link #check}
     */
    public double[] weightsOf(AgentSpec agent) {
        double[] weights = new double[rules.length];
        for (String key : agent.weights().keys()) {
            double value = agent.weights().get(key);
            Integer position = positions.get(key);
            if (position == null) {
                throw refusal(agent, key, "unknown key" + Fields.suggestion(key, keys()));
            }
            Rule rule = rules[position];
            if (value < rule.minWeight() || value > rule.maxWeight()) {
                throw refusal(agent, key, "value " + Fields.format(value) + " is out of range: allowed "
                        + Fields.format(rule.minWeight()) + " to " + Fields.format(rule.maxWeight()));
            }
            weights[position] = value;
        }
        return weights;
    }

    private static BadInputException refusal(AgentSpec agent, String key, String problem) {
        Location at = agent.weights().locationOf(key).orElse(null);
        return new BadInputException(at, "agents." + agent.id() + ".weights." + key, problem);
    }

    /**
     * Probability of cooperating on an issue this month: the logistic function of the rules' terms, summed
     * in the order of the rules. A rule whose weight is 0 is skipped: its term would add nothing. Commons
     * Math's FastMath is plain Java, so it gives the same bits on every JVM and platform (Math.exp may not),
     * which keeps runs reproducible anywhere.
     *
     * @param weights the agent's weights, as {@link #weightsOf} gives them
     */
    public double propensity(double[] weights, Situation situation) {
        double[] propensity = new double[1];
        propensities(weights, new OneArea(situation), new double[rules.length], propensity);
        return propensity[0];
    }

    /**
     * The propensity in each issue area of {@code agenda}, into {@code propensities} (by area): as
     * {@link #propensity(double[], Situation)} in each area in turn, with the terms of the rules that read no
     * area ({@link Rule#readsArea()}) computed in the first area only and kept in {@code terms} for the others:
     * the same terms added in the same order, so the same propensities to the bit.
     *
     * @param weights      the agent's weights, as {@link #weightsOf} gives them
     * @param terms        as many places as there are rules, to work in
     * @param propensities as many places as the agenda has areas
     */
    public void propensities(double[] weights, Agenda agenda, double[] terms, double[] propensities) {
        Rule[] r = rules;
        double[] w = weights;
        int n = r.length;
        // one call site per position rather than a loop for the first rules: each site then sees one rule
        // class, whose term the JIT inlines, which keeps a replay as fast as calls written out by hand. Deciding
        // every area in one call lets the JIT keep what the areas share out of their loop
        for (int k = 0; k < agenda.areas(); k++) {
            agenda.enterArea(k);
            boolean[] computeNow = k == 0 ? everyRule : areaReadingRules;
            double logOdds = 0;
            if (n > 0 && w[0] != 0) {
                logOdds += terms[0] = computeNow[0] ? r[0].term(w[0], agenda) : terms[0];
            }
            if (n > 1 && w[1] != 0) {
                logOdds += terms[1] = computeNow[1] ? r[1].term(w[1], agenda) : terms[1];
            }
            if (n > 2 && w[2] != 0) {
                logOdds += terms[2] = computeNow[2] ? r[2].term(w[2], agenda) : terms[2];
            }
            if (n > 3 && w[3] != 0) {
                logOdds += terms[3] = computeNow[3] ? r[3].term(w[3], agenda) : terms[3];
            }
            if (n > 4 && w[4] != 0) {
                logOdds += terms[4] = computeNow[4] ? r[4].term(w[4], agenda) : terms[4];
            }
            if (n > 5 && w[5] != 0) {
                logOdds += terms[5] = computeNow[5] ? r[5].term(w[5], agenda) : terms[5];
            }
            if (n > 6 && w[6] != 0) {
                logOdds += terms[6] = computeNow[6] ? r[6].term(w[6], agenda) : terms[6];
            }
            if (n > 7 && w[7] != 0) {
                logOdds += terms[7] = computeNow[7] ? r[7].term(w[7], agenda) : terms[7];
            }
            if (n > 8 && w[8] != 0) {
                logOdds += terms[8] = computeNow[8] ? r[8].term(w[8], agenda) : terms[8];
            }
            if (n > 9 && w[9] != 0) {
                logOdds += terms[9] = computeNow[9] ? r[9].term(w[9], agenda) : terms[9];
            }
            if (n > 10 && w[10] != 0) {
                logOdds += terms[10] = computeNow[10] ? r[10].term(w[10], agenda) : terms[10];
            }
            if (n > 11 && w[11] != 0) {
                logOdds += terms[11] = computeNow[11] ? r[11].term(w[11], agenda) : terms[11];
            }
            for (int i = 12; i < n; i++) {
                if (w[i] != 0) {
                    logOdds += terms[i] = computeNow[i] ? r[i].term(w[i], agenda) : terms[i];
                }
            }
            propensities[k] = probability(logOdds);
        }
    }

    /**
     * The log-odds that {@link #propensity} turns into the propensity, with each rule's term put into
     * {@code terms} (in the order of the rules; 0 for a rule whose weight is 0): the same terms added in the
     * same order, so that {@code probability(logOdds(...))} is {@code propensity(...)} to the bit. Slower than
     * {@link #propensity}; for a run that shows why its propensities move.
     *
     * @param terms as many places as there are rules, overwritten
     */
    public double logOdds(double[] weights, Situation situation, double[] terms) {
        double logOdds = 0;
        for (int k = 0; k < rules.length; k++) {
            if (weights[k] != 0) {
                terms[k] = rules[k].term(weights[k], situation);
                logOdds += terms[k];
            } else {
                terms[k] = 0;
            }
        }
        return logOdds;
    }

    /** The propensity of a log-odds: its logistic function, 1 / (1 + e^(-logOdds)), without any bound or clamp. */
    public static double probability(double logOdds) {
        return 1.0 / (1.0 + FastMath.exp(-logOdds));
    }

    /** A situation as an agenda of one area, for a propensity asked for on its own. */
    private record OneArea(Situation situation) implements Agenda {

        @Override
        public int areas() {
            return 1;
        }

        @Override
        public void enterArea(int area) {
            // the one area is always the situation's
        }

        @Override
        public double perception(Perception channel) {
            return situation.perception(channel);
        }

        @Override
        public double room() {
            return situation.room();
        }

        @Override
        public double otherStrength() {
            return situation.otherStrength();
        }

        @Override
        public double trust() {
            return situation.trust();
        }

        @Override
        public double forgiveness() {
            return situation.forgiveness();
        }

        @Override
        public double grievance() {
            return situation.grievance();
        }
    }
}
