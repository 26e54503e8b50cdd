package dyad.model.rules;

/**
 * A perceived threat (NATO enlargement, wars, missile defence) provokes resistance (C14, C15 reading 2),
 * but only as far as the agent's room to resist allows: a weak Russia had to compromise (C6, C12).
 */
public final class ThreatResponse implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().threat() * s.threat() * s.room();
    }
}
