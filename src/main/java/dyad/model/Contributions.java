package dyad.model;

import dyad.model.rules.Rule;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Why a run's propensities move: each rule's term of each agent's log-odds of cooperating, month by month,
 * and the log-odds itself, each the mean over the replications. The propensity is the logistic function of
 * the log-odds, unclamped, so in one replication the terms add up to logit(propensity); over replications the
 * mean terms add up to the mean log-odds (up to rounding), which is not the logit of the mean propensity.
 */
public final class Contributions {

    private final List<Rule> rules;
    private final double[][][] terms;
    private final double[][] logOdds;

    /**
     * @param terms   by agent, month and rule (in the order of {@code rules}); a rule whose weight is 0 gives 0
     * @param logOdds by agent and month
     */
    public Contributions(List<Rule> rules, double[][][] terms, double[][] logOdds) {
        if (terms.length != logOdds.length) {
            throw new IllegalArgumentException(terms.length + " agents of terms, " + logOdds.length + " of log-odds");
        }
        for (int a = 0; a < terms.length; a++) {
            if (terms[a].length != logOdds[a].length) {
                throw new IllegalArgumentException("agent " + a + ": " + terms[a].length + " months of terms, "
                        + logOdds[a].length + " of log-odds");
            }
            for (double[] month : terms[a]) {
                if (month.length != rules.size()) {
                    throw new IllegalArgumentException(month.length + " terms for " + rules.size() + " rules");
                }
            }
        }
        this.rules = List.copyOf(rules);
        this.terms = terms;
        this.logOdds = logOdds;
    }

    /** The rules, in the order of their terms. */
    public List<Rule> rules() {
        return rules;
    }

    /** Mean term of each rule, by agent, month and rule. */
    public double[][][] terms() {
        return terms;
    }

    /** Mean log-odds of cooperating, by agent and month. */
    public double[][] logOdds() {
        return logOdds;
    }

    /** These contributions with {@code f} applied to every term and log-odds, e.g. to round them as a table does. */
    public Contributions map(DoubleUnaryOperator f) {
        double[][][] newTerms = new double[terms.length][][];
        double[][] newLogOdds = new double[logOdds.length][];
        for (int a = 0; a < terms.length; a++) {
            newTerms[a] = new double[terms[a].length][];
            for (int m = 0; m < terms[a].length; m++) {
                newTerms[a][m] = java.util.Arrays.stream(terms[a][m]).map(f).toArray();
            }
            newLogOdds[a] = java.util.Arrays.stream(logOdds[a]).map(f).toArray();
        }
        return new Contributions(rules, newTerms, newLogOdds);
    }
}
