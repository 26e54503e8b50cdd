package dyad.model.rules;

import java.io.Serializable;
import java.util.List;

/**
 * One behavioural rule: a term of an agent's propensity to cooperate, on the log-odds scale, scaled by the
 * agent's weight for the rule. A positive term pushes towards cooperation, a negative one towards
 * resistance; the rule fixes the sign and the weight only the size. Each rule is one class that declares the
 * key of its weight in scenario files, the paper's claims it encodes, a line of documentation and its term;
 * a {@link RuleSet} holds the rules of a model.
 *
 * <p>A rule holds no state: the same instance serves every agent of every run.
 */
public abstract class Rule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the rule's weight in a scenario file ({@code agents.<id>.weights.<key>}). */
    public abstract String key();

    /**
     * The id of the work whose claims and sections Dyad's own rules cite: Lee's paper, summarised in model.md. A
     * scenario that reads that work says so with {@code reference: {id: lee-assertive-diplomacy}}, and only then
     * do its handouts show the rules' claim ids, which mean nothing beside another work.
     */
    public static final String STANDARD_WORK = "lee-assertive-diplomacy";

    /** The ids of the claims of {@link #work()} the rule encodes (such as {@code C8}), or sections ({@code §3.4}). */
    public abstract List<String> claims();

    /** The id of the work whose claims {@link #claims()} names; a rule drawn from another work says which. */
    public String work() {
        return STANDARD_WORK;
    }

    /** One line saying what the rule does, for the documentation. */
    public abstract String documentation();

    /**
     * The rule's short name in English, a noun phrase for legends and tables ("shared interest"): its weight key
     * in words unless the rule says better. Charts take a translation from the texts' {@code rule.<key>.name} when
     * there is one.
     */
    public String name() {
        return key().replace('_', ' ');
    }

    /** The smallest weight allowed; 0 unless the rule's direction may be turned round. */
    public double minWeight() {
        return 0;
    }

    /** The largest weight allowed. */
    public double maxWeight() {
        return 50;
    }

    /**
     * Whether the rule's term may differ from one issue area to another in the same month, as it does when it
     * reads a perception or the memory of the area being decided. The term of a rule that reads no area is
     * computed once per agent and month, however many areas the agenda has. True unless the rule says
     * otherwise, which is always right.
     */
    public boolean readsArea() {
        return true;
    }

    /**
     * The rule's term of the log-odds for an agent with weight {@code weight} in {@code situation}.
     *
     * @param weight never 0: a rule whose weight is 0 is skipped, as its term would add nothing
     */
    public abstract double term(double weight, Situation situation);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + key() + ")";
    }
}
