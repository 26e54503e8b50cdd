package dyad.model.rules;

/**
 * The leading power squeezes a reviving rival: a reviving Russia challenges US hegemony, so Washington
 * chose containment or semi-isolation (C9, C10, C11). Pressure rises with the other's strength.
 */
public final class Containment implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().containment() * s.otherStrength();
    }
}
