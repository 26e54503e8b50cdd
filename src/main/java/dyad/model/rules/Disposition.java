package dyad.model.rules;

import java.util.List;

/**
 * The agent's standing disposition towards the other when nothing else is at stake: Russia's post-1991
 * wish to "return to Europe" (C3) and the US's "beyond containment" opening (§3, U1) are set through it.
 */
public final class Disposition extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "baseline";
    }

    @Override
    public String name() {
        return "standing disposition";
    }

    @Override
    public List<String> claims() {
        return List.of("C3", "§3", "U1");
    }

    @Override
    public String documentation() {
        return "The agent's standing disposition towards the other when nothing else is at stake; the only weight"
                + " that may be negative.";
    }

    /** The only weight that may be negative: a disposition may be hostile. */
    @Override
    public double minWeight() {
        return -50;
    }

    /** The same disposition in every area. */
    @Override
    public boolean readsArea() {
        return false;
    }

    @Override
    public double term(double weight, Situation s) {
        return weight;
    }
}
