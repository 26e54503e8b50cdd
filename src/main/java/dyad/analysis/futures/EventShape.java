package dyad.analysis.futures;

import java.util.List;

/** Everything one drawn event does to the agent it strikes: one or more effects. */
public record EventShape(List<EffectShape> effects) {

    public EventShape {
        effects = List.copyOf(effects);
        if (effects.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one effect");
        }
    }

    public static EventShape of(EffectShape... effects) {
        return new EventShape(List.of(effects));
    }
}
