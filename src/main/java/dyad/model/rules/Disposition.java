package dyad.model.rules;

/**
 * The agent's standing disposition towards the other when nothing else is at stake: Russia's post-1991
 * wish to "return to Europe" (C3) and the US's "beyond containment" opening (§3, U1) are set through it.
 */
public final class Disposition implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return s.weights().baseline();
    }
}
