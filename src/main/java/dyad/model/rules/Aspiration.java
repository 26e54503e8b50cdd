package dyad.model.rules;

/**
 * Great-power aspiration: the stronger the state, the more it speaks its own mind. Russia's room to resist
 * grows with capability and oil revenue (C1, C15 reading 1) in pursuit of great-power status (C2, C5).
 */
public final class Aspiration implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().aspiration() * s.room();
    }
}
