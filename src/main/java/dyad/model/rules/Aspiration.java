package dyad.model.rules;

import java.util.List;

/**
 * Great-power aspiration: the stronger the state, the more it speaks its own mind. Russia's room to resist
 * grows with capability and oil revenue (C1, C15 reading 1) in pursuit of great-power status (C2, C5).
 */
public final class Aspiration extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "aspiration";
    }

    @Override
    public String name() {
        return "great-power aspiration";
    }

    @Override
    public List<String> claims() {
        return List.of("C1", "C15", "C2", "C5");
    }

    @Override
    public String documentation() {
        return "The stronger the state, the more it speaks its own mind, whatever the other does.";
    }

    /** Room to resist is the agent's on the whole agenda. */
    @Override
    public boolean readsArea() {
        return false;
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.room();
    }
}
