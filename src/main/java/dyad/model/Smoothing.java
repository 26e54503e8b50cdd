package dyad.model;

/** Exponential memory expressed by a half-life in months, the form every memory in the model takes. */
public final class Smoothing {

    private Smoothing() {
    }

    /** The weight of the newest month, so that a month's influence halves after {@code halfLifeMonths} (StrictMath: the same bits everywhere). */
    public static double weightPerMonth(double halfLifeMonths) {
        return halfLifeMonths <= 0 ? 1.0 : 1.0 - StrictMath.pow(0.5, 1.0 / halfLifeMonths);
    }
}
