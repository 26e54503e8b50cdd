package dyad.scenario;

/**
 * Weights of the terms of an agent's propensity to cooperate (on the log-odds scale). Each term is one
 * rule of the model; see the rule classes for the claims they encode.
 */
public record BehaviourWeights(double baseline, double sharedInterest, double reciprocity, double threat,
                               double grievance, double aspiration, double containment, double ambition,
                               double domesticPressure) {
}
