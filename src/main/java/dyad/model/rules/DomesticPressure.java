package dyad.model.rules;

/**
 * Domestic politics push a government to stand up to the other side: failed reform and undelivered aid
 * strengthened Russia's opposition (C4); staying silent would hurt the regime's legitimacy (C15 reading 2).
 */
public final class DomesticPressure implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return -s.weights().domesticPressure() * s.domesticPressure();
    }
}
