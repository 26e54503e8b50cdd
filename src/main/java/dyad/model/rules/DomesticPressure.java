package dyad.model.rules;

import dyad.scenario.Perception;
import java.util.List;

/**
 * Domestic politics push a government to stand up to the other side: failed reform and undelivered aid
 * strengthened Russia's opposition (C4); staying silent would hurt the regime's legitimacy (C15 reading 2).
 */
public final class DomesticPressure extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "domestic_pressure";
    }

    @Override
    public List<String> claims() {
        return List.of("C4", "C15");
    }

    @Override
    public String documentation() {
        return "Domestic politics push a government to stand up to the other side.";
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.perception(Perception.DOMESTIC_PRESSURE);
    }
}
