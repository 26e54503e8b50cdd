package dyad.model.rules;

import dyad.scenario.AgentSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
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

    private RuleSet(List<Rule> rules) {
        this.rules = rules.toArray(new Rule[0]);
        this.positions = new HashMap<>();
        for (int r = 0; r < this.rules.length; r++) {
            String key = this.rules[r].key();
            if (positions.put(key, r) != null) {
                throw new IllegalArgumentException("two rules have the weight key '" + key + "'");
            }
            if (!(this.rules[r].minWeight() <= this.rules[r].maxWeight())) {
                throw new IllegalArgumentException("rule " + this.rules[r] + " allows no weight");
            }
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
        Rule[] r = rules;
        double[] w = weights;
        int n = r.length;
        double logOdds = 0;
        // one call site per position rather than a loop for the first rules: each site then sees one rule
        // class, whose term the JIT inlines, which keeps a replay as fast as calls written out by hand
        if (n > 0 && w[0] != 0) {
            logOdds += r[0].term(w[0], situation);
        }
        if (n > 1 && w[1] != 0) {
            logOdds += r[1].term(w[1], situation);
        }
        if (n > 2 && w[2] != 0) {
            logOdds += r[2].term(w[2], situation);
        }
        if (n > 3 && w[3] != 0) {
            logOdds += r[3].term(w[3], situation);
        }
        if (n > 4 && w[4] != 0) {
            logOdds += r[4].term(w[4], situation);
        }
        if (n > 5 && w[5] != 0) {
            logOdds += r[5].term(w[5], situation);
        }
        if (n > 6 && w[6] != 0) {
            logOdds += r[6].term(w[6], situation);
        }
        if (n > 7 && w[7] != 0) {
            logOdds += r[7].term(w[7], situation);
        }
        if (n > 8 && w[8] != 0) {
            logOdds += r[8].term(w[8], situation);
        }
        if (n > 9 && w[9] != 0) {
            logOdds += r[9].term(w[9], situation);
        }
        if (n > 10 && w[10] != 0) {
            logOdds += r[10].term(w[10], situation);
        }
        if (n > 11 && w[11] != 0) {
            logOdds += r[11].term(w[11], situation);
        }
        for (int k = 12; k < n; k++) {
            if (w[k] != 0) {
                logOdds += r[k].term(w[k], situation);
            }
        }
        return probability(logOdds);
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
}
