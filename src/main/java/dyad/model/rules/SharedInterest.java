package dyad.model.rules;

import dyad.scenario.Perception;
import java.util.List;

/**
 * Shared interests pull both sides together: the war on terror as the "glue" of the great powers (C8,
 * C18), aid (§3.1), and the common ground that keeps a breakdown unlikely (C19).
 */
public final class SharedInterest extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "shared_interest";
    }

    @Override
    public List<String> claims() {
        return List.of("C8", "C18", "§3.1", "C19");
    }

    @Override
    public String documentation() {
        return "Shared interests pull both sides together.";
    }

    @Override
    public double term(double weight, Situation s) {
        return weight * s.perception(Perception.SHARED_INTEREST);
    }
}
