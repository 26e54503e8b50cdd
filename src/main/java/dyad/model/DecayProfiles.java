package dyad.model;

import dyad.scenario.EffectSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is left of an event's effects month by month: the whole change while it is held, then a share that
 * halves every half-life. The shares are powers of one half, kept for each pair of hold and half-life
 * rather than computed again for every effect, month and sweep point. A sweep shares one among its points;
 * safe to share between threads.
 */
public final class DecayProfiles {

    /** Pairs kept; a sweep over half-lives could otherwise keep one per point. */
    public static final int MAX_KEPT = 1024;

    private record Shape(int holdMonths, double halfLifeMonths) {
    }

    private final int months;
    private final Map<Shape, double[]> remaining = new ConcurrentHashMap<>();

    public DecayProfiles(int months) {
        this.months = months;
    }

    /**
     * Adds the effect to a perception's months from its event's month {@code first} on, up to month
     * {@code until} (excluded): the month from which a dated change ends the event's effects, or the period's
     * end; the change counted {@code exposure} times (the agent's exposure in the area).
     */
    void addTo(double[] perception, EffectSpec effect, int first, int until, double exposure) {
        boolean fades = !Double.isInfinite(effect.halfLifeMonths());
        double[] left = fades ? shareLeft(effect) : null;
        // a product with an exposure of 1 is the change itself, bit for bit
        double change = effect.change() * exposure;
        for (int m = first; m < Math.min(until, perception.length); m++) {
            int since = m - first;
            perception[m] += fades && since > effect.holdMonths() ? change * left[since] : change;
        }
    }

    private double[] shareLeft(EffectSpec effect) {
        Shape shape = new Shape(effect.holdMonths(), effect.halfLifeMonths());
        double[] shares = remaining.get(shape);
        if (shares == null) {
            shares = new double[months];
            for (int m = effect.holdMonths() + 1; m < months; m++) {
                shares[m] = StrictMath.pow(0.5, (m - effect.holdMonths()) / effect.halfLifeMonths());
            }
            if (remaining.size() < MAX_KEPT) {
                remaining.putIfAbsent(shape, shares);
            }
        }
        return shares;
    }
}
