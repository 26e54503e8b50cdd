package dyad.batch;

/** Groups of metrics a sweep can record for every run. */
public enum MetricGroup {
    /** {@code mean_index}: the mean index over the whole period. */
    MEAN_INDEX,
    /** {@code mean_index_<window>}: the mean index over each window the sweep names. */
    WINDOWS,
    /** {@code mean_index_<periodisation>_<phase>}: the mean index over each phase of each periodisation. */
    PHASES,
    /** {@code end_index}: the index in the last month. */
    END_INDEX,
    /** {@code <agent>_cooperation_share}: each agent's share of cooperative choices over the period. */
    SHARES,
    /**
     * {@code <agent>_cooperation_share_<window>}: each agent's share of cooperative choices over each window the
     * sweep names. Recorded only when named, so that sweeps that name no groups keep their columns.
     */
    WINDOW_SHARES,
    /**
     * {@code <area>_index} and {@code <area>_index_<window>}: each issue area's mean index over the period and
     * over each window the sweep names. Recorded only when named, and only for a scenario that declares areas.
     */
    AREA_INDEX,
    /**
     * {@code <agent>_<area>_cooperation_share} and {@code <agent>_<area>_cooperation_share_<window>}: each agent's
     * share of cooperative choices in each issue area, over the period and over each window the sweep names.
     * Recorded only when named, and only for a scenario that declares areas.
     */
    AREA_SHARES,
    /**
     * One metric per fact of the scenario, named by its id in lower case with '-' as '_': 1 if the fact holds
     * on the run, else 0. Twin facts only when the sweep replays every run on its twins ({@code twins: true}).
     */
    FACTS;

    /** The groups recorded only when a sweep names them, so that sweeps that name no groups keep their columns. */
    public static final java.util.Set<MetricGroup> ONLY_WHEN_NAMED = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(WINDOW_SHARES, AREA_INDEX, AREA_SHARES));

    /** The groups that read issue areas, which a scenario without areas does not have. */
    public static final java.util.Set<MetricGroup> BY_AREA = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(AREA_INDEX, AREA_SHARES));

    /** The groups recorded when a sweep names none: all but {@link #ONLY_WHEN_NAMED}. */
    public static java.util.Set<MetricGroup> defaults() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(ONLY_WHEN_NAMED));
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
