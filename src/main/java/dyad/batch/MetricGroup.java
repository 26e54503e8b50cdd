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
    /** {@code sf1} … {@code sf6} (and {@code sf7} with paired low-oil runs): 1 if the fact holds, else 0. */
    PAPER_CHECK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
