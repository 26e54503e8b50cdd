package dyad.scenario;

/**
 * What a driver event changes for one agent: {@code change} is added to the perception from the event's
 * month, held for {@code holdMonths}, then fades with the half-life (infinite: never fades).
 *
 * @param areas the ids of the issue areas the effect acts on (its {@code on}); empty for every area
 */
public record EffectSpec(String agentId, Perception perceives, double change, int holdMonths,
                         double halfLifeMonths, java.util.List<String> areas) {

    /** An effect on every issue area. */
    public EffectSpec(String agentId, Perception perceives, double change, int holdMonths, double halfLifeMonths) {
        this(agentId, perceives, change, holdMonths, halfLifeMonths, java.util.List.of());
    }

    public EffectSpec {
        java.util.Objects.requireNonNull(agentId, "agentId");
        java.util.Objects.requireNonNull(perceives, "perceives");
        areas = java.util.List.copyOf(areas);
        if (!Double.isFinite(change) || holdMonths < 0 || !(halfLifeMonths > 0)) {
            throw new IllegalArgumentException("Effect on " + agentId + ": change " + change + ", hold "
                    + holdMonths + ", half-life " + halfLifeMonths);
        }
    }

    /** Whether the effect acts on the area {@code areaId}. */
    public boolean actsOn(String areaId) {
        return areas.isEmpty() || areas.contains(areaId);
    }
}
