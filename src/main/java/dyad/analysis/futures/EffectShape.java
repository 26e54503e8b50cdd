package dyad.analysis.futures;

import dyad.scenario.EffectSpec;
import dyad.scenario.Perception;
import java.util.List;

/**
 * What one drawn event does to one perception of the agent it strikes, before it has an agent and a month:
 * a driver effect's size and duration.
 *
 * @param halfLifeMonths infinite for an effect that never fades
 * @param areas          the issue areas it acts on (its {@code on}); empty for every area
 */
public record EffectShape(Perception perceives, double change, int holdMonths, double halfLifeMonths,
                          List<String> areas) {

    public EffectShape {
        java.util.Objects.requireNonNull(perceives, "perceives");
        areas = List.copyOf(areas);
        if (!Double.isFinite(change) || holdMonths < 0 || !(halfLifeMonths > 0)) {
            throw new IllegalArgumentException("an effect needs a finite change, hold_months of 0 or more and a"
                    + " half-life above 0; got change " + change + ", hold " + holdMonths + ", half-life "
                    + halfLifeMonths);
        }
    }

    /** The size and duration of a scenario's effect, without its agent. */
    public static EffectShape of(EffectSpec effect) {
        return new EffectShape(effect.perceives(), effect.change(), effect.holdMonths(), effect.halfLifeMonths(),
                effect.areas());
    }

    /** This shape striking {@code agentId}. */
    public EffectSpec on(String agentId) {
        return new EffectSpec(agentId, perceives, change, holdMonths, halfLifeMonths, areas);
    }

    /** Whether it makes the agent less willing to cooperate: more threat or less shared interest. */
    public boolean isBlow() {
        return (perceives == Perception.THREAT && change > 0) || (perceives == Perception.SHARED_INTEREST && change < 0);
    }

    /** Whether it makes the agent more willing to cooperate: less threat or more shared interest. */
    public boolean isThaw() {
        return (perceives == Perception.THREAT && change < 0) || (perceives == Perception.SHARED_INTEREST && change > 0);
    }
}
