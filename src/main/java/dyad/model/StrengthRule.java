package dyad.model;

/**
 * How capability and oil revenue make an agent strong, and how strength opens room to resist.
 *
 * <p>Strength mixes the agent's economic capability index with oil revenue (the oil price over the
 * scenario's reference price), weighted by its oil dependence: Russia's rising capability came above all
 * from oil prices and growth (C1, C15 reading 1). Room to resist, {@code s / (s + midpoint)}, is near
 * zero for a weak state and rises towards one: the gap between aspiration and capability that forced
 * Russia to back down when weak (C6, C12) narrows as it grows stronger.
 */
public final class StrengthRule {

    private StrengthRule() {
    }

    public static double strength(double capability, double oilDependence, double relativeOilPrice) {
        return (1 - oilDependence) * capability + oilDependence * relativeOilPrice;
    }

    public static double room(double strength, double midpoint) {
        return strength / (strength + midpoint);
    }
}
