package dyad.scenario;

import java.time.YearMonth;
import java.util.List;

/** A dated event: a driver with effects on what agents perceive, or a marker drawn on charts only. */
public record EventSpec(String id, YearMonth date, Text label, EventKind kind, Text source, boolean shownOnChart,
                        List<EffectSpec> effects) {

    public EventSpec {
        effects = List.copyOf(effects);
    }
}
