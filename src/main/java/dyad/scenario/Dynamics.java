package dyad.scenario;

/**
 * How a scenario's strength and memory terms are read (its {@code dynamics}). The defaults are the model as it
 * was before a scenario could set them, so that older scenarios run exactly as they did; a scenario switches
 * each on by name.
 *
 * @param strengthRelativeToStart capability read as a ratio to its value in the period's first month, so that
 *                                results do not depend on the unit of a capability series
 * @param containmentReadsRoom    containment reads the other side's room to resist (0 to 1, free of units and
 *                                bounded) instead of its strength, which grows without bound
 * @param linkage                 how far the choices in one issue area answer the other side's moves on the
 *                                whole agenda (1) rather than in that area only (0): issue linkage against
 *                                compartmentalisation
 */
public record Dynamics(boolean strengthRelativeToStart, boolean containmentReadsRoom, double linkage) {

    /** The model as it was before dynamics could be set: strength in the series' units, full linkage. */
    public static final Dynamics AS_BEFORE = new Dynamics(false, false, 1);

    public Dynamics {
        if (!(linkage >= 0 && linkage <= 1)) {
            throw new IllegalArgumentException("linkage " + linkage);
        }
    }

    /** Whether results depend on the unit in which a capability series is written. */
    public boolean unitDependent() {
        return !strengthRelativeToStart;
    }
}
