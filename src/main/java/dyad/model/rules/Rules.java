package dyad.model.rules;

import java.util.List;
import org.apache.commons.math3.util.FastMath;

/** The model's rules, summed on the log-odds scale into a propensity to cooperate. */
public final class Rules {

    private static final Disposition DISPOSITION = new Disposition();
    private static final SharedInterest SHARED_INTEREST = new SharedInterest();
    private static final Reciprocity RECIPROCITY = new Reciprocity();
    private static final ThreatResponse THREAT_RESPONSE = new ThreatResponse();
    private static final Grievance GRIEVANCE = new Grievance();
    private static final Aspiration ASPIRATION = new Aspiration();
    private static final Containment CONTAINMENT = new Containment();
    private static final Ambition AMBITION = new Ambition();
    private static final DomesticPressure DOMESTIC_PRESSURE = new DomesticPressure();

    /** Every rule, in the order {@link #propensity} sums them. */
    public static final List<PropensityRule> ALL = List.of(DISPOSITION, SHARED_INTEREST, RECIPROCITY,
            THREAT_RESPONSE, GRIEVANCE, ASPIRATION, CONTAINMENT, AMBITION, DOMESTIC_PRESSURE);

    private Rules() {
    }

    /**
     * Probability of cooperating on an issue this month: the logistic function of the summed terms.
     * Commons Math's FastMath is plain Java, so it gives the same bits on every JVM and platform (Math.exp
     * may not), which keeps runs reproducible anywhere.
     */
    public static double propensity(Situation situation) {
        // one call per rule, not a loop over ALL: calls the JIT can inline keep the situation off the heap,
        // which is most of what a replay would otherwise allocate
        double logOdds = 0;
        logOdds += DISPOSITION.logOddsTerm(situation);
        logOdds += SHARED_INTEREST.logOddsTerm(situation);
        logOdds += RECIPROCITY.logOddsTerm(situation);
        logOdds += THREAT_RESPONSE.logOddsTerm(situation);
        logOdds += GRIEVANCE.logOddsTerm(situation);
        logOdds += ASPIRATION.logOddsTerm(situation);
        logOdds += CONTAINMENT.logOddsTerm(situation);
        logOdds += AMBITION.logOddsTerm(situation);
        logOdds += DOMESTIC_PRESSURE.logOddsTerm(situation);
        return 1.0 / (1.0 + FastMath.exp(-logOdds));
    }
}
