package dyad.model.rules;

import dyad.scenario.Perception;
import java.util.List;

/**
 * A rule defined outside Dyad, for tests: war-weariness, a threat wears a state down, so that it resists less
 * the longer it feels threatened.
 */
public final class WarWeariness extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "war_weariness";
    }

    @Override
    public List<String> claims() {
        return List.of("T1");
    }

    @Override
    public String documentation() {
        return "A threatened state that is weary of confrontation gives way.";
    }

    @Override
    public double term(double weight, Situation s) {
        return weight * s.perception(Perception.THREAT);
    }
}
