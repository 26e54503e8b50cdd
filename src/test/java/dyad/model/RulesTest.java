package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.rules.RuleSet;
import dyad.model.rules.Situation;
import dyad.scenario.Perception;
import org.junit.jupiter.api.Test;

/** Each rule pushes the propensity to cooperate the way its claim says. */
class RulesTest {

    /** Weights in the order of {@link RuleSet#STANDARD}'s rules. */
    static final double[] RESPONDER = {1.0, 1.0, 2.5, 0.6, 0.8, 1.5, 0, 0, 1.2};
    static final double[] INITIATOR = {1.2, 2.0, 0.2, 1.0, 0.3, 0, 0.5, 1.0, 1.0};

    /** An agent's weights and what it sees in a month. */
    record Month(double[] weights, double threat, double sharedInterest, double ambition, double domesticPressure,
                 double room, double otherStrength, double trust, double grievance) implements Situation {

        /** These months' agents answer all the resistance they meet. */
        @Override
        public double forgiveness() {
            return 0;
        }

        @Override
        public double perception(Perception channel) {
            return switch (channel) {
                case THREAT -> threat;
                case SHARED_INTEREST -> sharedInterest;
                case AMBITION -> ambition;
                case DOMESTIC_PRESSURE -> domesticPressure;
            };
        }
    }

    static double propensity(Month month) {
        return RuleSet.STANDARD.propensity(month.weights(), month);
    }

    /** A calm month: no threat, no shared interest, middling strength, neutral memory. */
    static Month calm(double[] weights) {
        return new Month(weights, 0, 0, 0, 0, 0.5, 1.0, 0, 0);
    }

    static Month with(Month s, double threat, double shared, double room, double otherStrength, double trust,
                      double grievance) {
        return new Month(s.weights(), threat, shared, s.ambition(), s.domesticPressure(), room, otherStrength,
                trust, grievance);
    }

    @Test
    void withoutWeightsTheAgentTossesACoin() {
        double[] none = new double[RuleSet.STANDARD.rules().size()];
        assertEquals(0.5, propensity(new Month(none, 1, 1, 1, 1, 0.9, 3, -1, 1)), 1e-12);
    }

    /** The terms are added in the order of the rules, each computed as the rule's class writes it. */
    @Test
    void theLogOddsAreTheRulesTermsInOrder() {
        Month month = new Month(RESPONDER, 0.7, 0.8, 0.3, 0.4, 0.488, 0.954, 0.6, 0.1);
        double[] w = RESPONDER;
        double logOdds = 0;
        logOdds += w[0];
        logOdds += w[1] * 0.8;
        logOdds += w[2] * 0.6;
        logOdds += -w[3] * 0.7 * 0.488;
        logOdds += -w[4] * 0.1 * 0.488;
        logOdds += -w[5] * 0.488;
        logOdds += -w[6] * 0.954;
        logOdds += -w[7] * 0.3;
        logOdds += -w[8] * 0.4;
        double expected = 1.0 / (1.0 + org.apache.commons.math3.util.FastMath.exp(-logOdds));
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(propensity(month)));
    }

    @Test
    void sharedInterestDrawsTowardsCooperation() {
        Month calm = calm(RESPONDER);
        assertTrue(propensity(with(calm, 0, 1, 0.5, 1, 0, 0)) > propensity(calm));
    }

    @Test
    void theResponderAnswersTheOtherSidesMoves() {
        Month calm = calm(RESPONDER);
        double afterCooperation = propensity(with(calm, 0, 0, 0.5, 1, 1, 0));
        double afterResistance = propensity(with(calm, 0, 0, 0.5, 1, -1, 0));
        assertTrue(afterCooperation - afterResistance > 0.5, "a responder follows the other's lead (§3.4)");
    }

    @Test
    void theInitiatorBarelyAnswers() {
        Month calm = calm(INITIATOR);
        double afterCooperation = propensity(with(calm, 0, 0, 0.5, 1, 1, 0));
        double afterResistance = propensity(with(calm, 0, 0, 0.5, 1, -1, 0));
        assertTrue(afterCooperation - afterResistance < 0.15, "the initiator keeps its own course (§3.4)");
    }

    @Test
    void aThreatProvokesResistanceOnlyAsFarAsStrengthAllows() {
        Month calm = calm(RESPONDER);
        double weakThreatened = propensity(with(calm, 1, 0, 0.05, 1, 0, 0));
        double weakCalm = propensity(with(calm, 0, 0, 0.05, 1, 0, 0));
        double strongThreatened = propensity(with(calm, 1, 0, 0.9, 1, 0, 0));
        double strongCalm = propensity(with(calm, 0, 0, 0.9, 1, 0, 0));
        assertTrue(strongCalm - strongThreatened > 3 * (weakCalm - weakThreatened), "C6, C12: the weak compromise");
        assertTrue(strongThreatened < weakThreatened);
    }

    @Test
    void strengthEmboldens() {
        Month calm = calm(RESPONDER);
        assertTrue(propensity(with(calm, 0, 0, 0.8, 1, 0, 0)) < propensity(with(calm, 0, 0, 0.2, 1, 0, 0)),
                "C1, C15: room to resist grows with capability and oil revenue");
    }

    @Test
    void grievanceHardensTheStance() {
        Month calm = calm(RESPONDER);
        assertTrue(propensity(with(calm, 0, 0, 0.5, 1, 0, 1)) < propensity(calm));
    }

    @Test
    void theLeadingPowerSqueezesAStrongerRival() {
        Month calm = calm(INITIATOR);
        assertTrue(propensity(with(calm, 0, 0, 0.5, 2.5, 0, 0)) < propensity(with(calm, 0, 0, 0.5, 0.5, 0, 0)),
                "C10: a reviving Russia challenges US hegemony");
    }

    @Test
    void ambitionAndDomesticPressureCostCooperation() {
        Month calm = calm(INITIATOR);
        Month ambitious = new Month(INITIATOR, 0, 0, 1, 0, 0.5, 1, 0, 0);
        Month pressed = new Month(INITIATOR, 0, 0, 0, 1, 0.5, 1, 0, 0);
        assertTrue(propensity(ambitious) < propensity(calm));
        assertTrue(propensity(pressed) < propensity(calm));
    }

    @Test
    void roomToResistRisesWithStrengthAndStaysBelowOne() {
        assertEquals(0.5, StrengthRule.room(1, 1), 1e-12);
        assertTrue(StrengthRule.room(0.2, 1) < StrengthRule.room(2, 1));
        assertTrue(StrengthRule.room(1000, 1) < 1);
        assertEquals(0.5 * 1.0 + 0.5 * 3.0, StrengthRule.strength(1.0, 0.5, 3.0), 1e-12);
    }
}
