package dyad.model.rules;

/**
 * An opportunity to extend influence at the other's expense (NATO enlargement, Central Asia, the Caspian)
 * is taken at the cost of cooperation: the US initiative of C9, C11 and C14.
 */
public final class Ambition implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().ambition() * s.ambition();
    }
}
