package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.rules.Rules;
import dyad.model.rules.Situation;
import dyad.scenario.BehaviourWeights;
import org.junit.jupiter.api.Test;

/** Each rule pushes the propensity to cooperate the way its claim says. */
class RulesTest {

    static final BehaviourWeights RESPONDER = new BehaviourWeights(1.0, 1.0, 2.5, 0.6, 0.8, 1.5, 0, 0, 1.2);
    static final BehaviourWeights INITIATOR = new BehaviourWeights(1.2, 2.0, 0.2, 1.0, 0.3, 0, 0.5, 1.0, 1.0);

    /** A calm month: no threat, no shared interest, middling strength, neutral memory. */
    static Situation calm(BehaviourWeights weights) {
        return new Situation(weights, 0, 0, 0, 0, 0.5, 1.0, 0, 0);
    }

    static Situation with(Situation s, double threat, double shared, double room, double otherStrength, double trust,
                          double grievance) {
        return new Situation(s.weights(), threat, shared, s.ambition(), s.domesticPressure(), room, otherStrength,
                trust, grievance);
    }

    @Test
    void withoutWeightsTheAgentTossesACoin() {
        BehaviourWeights none = new BehaviourWeights(0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(0.5, Rules.propensity(new Situation(none, 1, 1, 1, 1, 0.9, 3, -1, 1)), 1e-12);
    }

    @Test
    void sharedInterestDrawsTowardsCooperation() {
        Situation calm = calm(RESPONDER);
        assertTrue(Rules.propensity(with(calm, 0, 1, 0.5, 1, 0, 0)) > Rules.propensity(calm));
    }

    @Test
    void theResponderAnswersTheOtherSidesMoves() {
        Situation calm = calm(RESPONDER);
        double afterCooperation = Rules.propensity(with(calm, 0, 0, 0.5, 1, 1, 0));
        double afterResistance = Rules.propensity(with(calm, 0, 0, 0.5, 1, -1, 0));
        assertTrue(afterCooperation - afterResistance > 0.5, "a responder follows the other's lead (§3.4)");
    }

    @Test
    void theInitiatorBarelyAnswers() {
        Situation calm = calm(INITIATOR);
        double afterCooperation = Rules.propensity(with(calm, 0, 0, 0.5, 1, 1, 0));
        double afterResistance = Rules.propensity(with(calm, 0, 0, 0.5, 1, -1, 0));
        assertTrue(afterCooperation - afterResistance < 0.15, "the initiator keeps its own course (§3.4)");
    }

    @Test
    void aThreatProvokesResistanceOnlyAsFarAsStrengthAllows() {
        Situation calm = calm(RESPONDER);
        double weakThreatened = Rules.propensity(with(calm, 1, 0, 0.05, 1, 0, 0));
        double weakCalm = Rules.propensity(with(calm, 0, 0, 0.05, 1, 0, 0));
        double strongThreatened = Rules.propensity(with(calm, 1, 0, 0.9, 1, 0, 0));
        double strongCalm = Rules.propensity(with(calm, 0, 0, 0.9, 1, 0, 0));
        assertTrue(strongCalm - strongThreatened > 3 * (weakCalm - weakThreatened), "C6, C12: the weak compromise");
        assertTrue(strongThreatened < weakThreatened);
    }

    @Test
    void strengthEmboldens() {
        Situation calm = calm(RESPONDER);
        assertTrue(Rules.propensity(with(calm, 0, 0, 0.8, 1, 0, 0)) < Rules.propensity(with(calm, 0, 0, 0.2, 1, 0, 0)),
                "C1, C15: room to resist grows with capability and oil revenue");
    }

    @Test
    void grievanceHardensTheStance() {
        Situation calm = calm(RESPONDER);
        assertTrue(Rules.propensity(with(calm, 0, 0, 0.5, 1, 0, 1)) < Rules.propensity(calm));
    }

    @Test
    void theLeadingPowerSqueezesAStrongerRival() {
        Situation calm = calm(INITIATOR);
        assertTrue(Rules.propensity(with(calm, 0, 0, 0.5, 2.5, 0, 0)) < Rules.propensity(with(calm, 0, 0, 0.5, 0.5, 0, 0)),
                "C10: a reviving Russia challenges US hegemony");
    }

    @Test
    void ambitionAndDomesticPressureCostCooperation() {
        Situation calm = calm(INITIATOR);
        Situation ambitious = new Situation(INITIATOR, 0, 0, 1, 0, 0.5, 1, 0, 0);
        Situation pressed = new Situation(INITIATOR, 0, 0, 0, 1, 0.5, 1, 0, 0);
        assertTrue(Rules.propensity(ambitious) < Rules.propensity(calm));
        assertTrue(Rules.propensity(pressed) < Rules.propensity(calm));
    }

    @Test
    void roomToResistRisesWithStrengthAndStaysBelowOne() {
        assertEquals(0.5, StrengthRule.room(1, 1), 1e-12);
        assertTrue(StrengthRule.room(0.2, 1) < StrengthRule.room(2, 1));
        assertTrue(StrengthRule.room(1000, 1) < 1);
        assertEquals(0.5 * 1.0 + 0.5 * 3.0, StrengthRule.strength(1.0, 0.5, 3.0), 1e-12);
    }
}
