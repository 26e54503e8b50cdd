package dyad.model.rules;

import dyad.scenario.Perception;
import java.util.List;

/**
 * A perceived threat (NATO enlargement, wars, missile defence) provokes resistance (C14, C15 reading 2),
 * but only as far as the agent's room to resist allows: a weak Russia had to compromise (C6, C12).
 */
public final class ThreatResponse extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "threat";
    }

    @Override
    public List<String> claims() {
        return List.of("C14", "C15", "C6", "C12");
    }

    @Override
    public String documentation() {
        return "A perceived threat provokes resistance, as far as the agent's room to resist allows.";
    }

    @Override
    public double term(double weight, Situation s) {
        return -weight * s.perception(Perception.THREAT) * s.room();
    }
}
