package dyad.model.rules;

/**
 * Resistance met from the other side accumulates into grievance and nationalism that push back (C4, C13):
 * once the squeeze resumes, nationalism rises again. Like threat, it acts through room to resist (C6).
 */
public final class Grievance implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().grievance() * s.grievance() * s.room();
    }
}
