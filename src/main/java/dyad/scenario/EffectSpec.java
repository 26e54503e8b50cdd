package dyad.scenario;

/**
 * What a driver event changes for one agent: {@code change} is added to the perception from the event's
 * month, held for {@code holdMonths}, then fades with the half-life (infinite: never fades).
 */
public record EffectSpec(String agentId, Perception perceives, double change, int holdMonths,
                         double halfLifeMonths) {

    public EffectSpec {
        java.util.Objects.requireNonNull(agentId, "agentId");
        java.util.Objects.requireNonNull(perceives, "perceives");
        if (!Double.isFinite(change) || holdMonths < 0 || !(halfLifeMonths > 0)) {
            throw new IllegalArgumentException("Effect on " + agentId + ": change " + change + ", hold "
                    + holdMonths + ", half-life " + halfLifeMonths);
        }
    }
}
