package dyad.model.rules;

import dyad.scenario.Perception;
import java.util.List;

/**
 * An opportunity to extend influence at the other's expense (NATO enlargement, Central Asia, the Caspian)
 * is taken at the cost of cooperation: the US initiative of C9, C11 and C14.
 */
public final class Ambition extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "ambition";
    }

    @Override
    public List<String> claims() {
        return List.of("C9", "C11", "C14");
    }

    @Override
    public String documentation() {
        return "An opportunity to extend influence at the other's expense is taken at the cost of cooperation.";
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.perception(Perception.AMBITION);
    }
}
