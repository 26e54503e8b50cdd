package dyad.model.rules;

import dyad.scenario.BehaviourWeights;

/**
 * What an agent sees when it decides in a month: its perceptions (from events), its strength and room
 * to resist (from capability and oil), its memory of the other side's moves, and its weights.
 *
 * @param trust       memory of the other side's recent moves, -1 (all resisted) to 1 (all cooperated)
 * @param grievance   slow memory of the share of resistance met from the other side, 0 to 1
 * @param room        room to resist given by strength, 0 to 1
 * @param otherStrength the other side's strength, 1 = its reference level
 */
public record Situation(BehaviourWeights weights, double threat, double sharedInterest, double ambition,
                        double domesticPressure, double room, double otherStrength, double trust,
                        double grievance) {
}
