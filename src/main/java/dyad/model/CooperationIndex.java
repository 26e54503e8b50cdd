package dyad.model;

/**
 * The cooperation index of a month: the mean over agents of (cooperative choices − resisting choices) /
 * choices, so +1 when every agent cooperates on every issue, −1 when all resist, 0 when choices balance.
 */
public final class CooperationIndex {

    private CooperationIndex() {
    }

    /** @param cooperations for each agent, the number of issues it cooperated on this month */
    public static double of(int[] cooperations, int issuesPerAgent) {
        double sum = 0;
        for (int count : cooperations) {
            sum += stance(count, issuesPerAgent);
        }
        return sum / cooperations.length;
    }

    /** One agent's net stance in a month, -1 to 1. */
    public static double stance(int cooperations, int issues) {
        return (2.0 * cooperations - issues) / issues;
    }
}
