package dyad.model.rules;

import dyad.scenario.Perception;

/**
 * What an agent sees when it decides in a month on one issue area, read-only: its perceptions there (from events
 * and its standing levels), its room to
 * resist (from capability and oil), the other side's strength and its memory of the other side's moves. The
 * deciding agent is its own situation, so that deciding allocates nothing.
 */
public interface Situation {

    /** The agent's perception on {@code channel} this month: the sum of the driver events' effects so far. */
    double perception(Perception channel);

    /** Room to resist given by the agent's strength, 0 to 1. */
    double room();

    /** The other side's strength (the mean over the others when there are more), 1 = its reference level. */
    double otherStrength();

    /**
     * Memory of the other side's recent moves, -1 (all resisted) to 1 (all cooperated): on the whole agenda,
     * or mixed with its moves in the area being decided as far as the scenario's linkage leaves areas apart.
     */
    double trust();

    /** The share of the other side's resistance the agent leaves unanswered, 0 to 1 (C12, C17). */
    double forgiveness();

    /** Slow memory of the share of resistance met from the other side, 0 to 1. */
    double grievance();
}
