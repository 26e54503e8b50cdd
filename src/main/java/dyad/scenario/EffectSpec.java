package dyad.scenario;

/**
 * What a driver event changes for one agent: {@code change} is added to the perception from the event's
 * month, held for {@code holdMonths}, then fades with the half-life (infinite: never fades).
 */
public record EffectSpec(String agentId, Perception perceives, double change, int holdMonths,
                         double halfLifeMonths) {

    /** The effect {@code monthsSince} months after the event (0 in its own month). */
    public double valueAfter(int monthsSince) {
        if (monthsSince < 0) {
            return 0;
        }
        int fading = monthsSince - holdMonths;
        if (fading <= 0 || Double.isInfinite(halfLifeMonths)) {
            return change;
        }
        return change * StrictMath.pow(0.5, fading / halfLifeMonths);
    }
}
