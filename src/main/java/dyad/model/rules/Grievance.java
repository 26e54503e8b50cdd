package dyad.model.rules;

import java.util.List;

/**
 * Resistance met from the other side accumulates into grievance and nationalism that push back (C4, C13):
 * once the squeeze resumes, nationalism rises again. Like threat, it acts through room to resist (C6).
 */
public final class Grievance extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "grievance";
    }

    @Override
    public List<String> claims() {
        return List.of("C4", "C13", "C6");
    }

    @Override
    public String documentation() {
        return "Resistance met builds grievance that pushes back, as far as room to resist allows.";
    }

    /** Grievance and room to resist are the agent's on the whole agenda. */
    @Override
    public boolean readsArea() {
        return false;
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.grievance() * s.room();
    }
}
