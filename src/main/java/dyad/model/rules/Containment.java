package dyad.model.rules;

import java.util.List;

/**
 * The leading power squeezes a reviving rival: a reviving Russia challenges US hegemony, so Washington
 * chose containment or semi-isolation (C9, C10, C11). Pressure rises with the other's strength.
 */
public final class Containment extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "containment";
    }

    @Override
    public List<String> claims() {
        return List.of("C9", "C10", "C11");
    }

    @Override
    public String documentation() {
        return "The leading power squeezes a reviving rival: pressure rises with the other side's strength.";
    }

    /** The other side's strength is the same in every area. */
    @Override
    public boolean readsArea() {
        return false;
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.otherStrength();
    }
}
