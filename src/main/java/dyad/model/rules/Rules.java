package dyad.model.rules;

import java.util.List;
import org.apache.commons.math3.util.FastMath;

/** The model's rules, summed on the log-odds scale into a propensity to cooperate. */
public final class Rules {

    public static final List<PropensityRule> ALL = List.of(new Disposition(), new SharedInterest(),
            new Reciprocity(), new ThreatResponse(), new Grievance(), new Aspiration(), new Containment(),
            new Ambition(), new DomesticPressure());

    private static final PropensityRule[] RULES = ALL.toArray(new PropensityRule[0]);

    private Rules() {
    }

    /**
     * Probability of cooperating on an issue this month: the logistic function of the summed terms.
     * Commons Math's FastMath is plain Java, so it gives the same bits on every JVM and platform (Math.exp
     * may not), which keeps runs reproducible anywhere.
     */
    public static double propensity(Situation situation) {
        double logOdds = 0;
        for (PropensityRule rule : RULES) {
            logOdds += rule.logOddsTerm(situation);
        }
        return 1.0 / (1.0 + FastMath.exp(-logOdds));
    }
}
