package dyad.analysis.futures;

import dyad.scenario.Text;
import java.util.List;
import java.util.Map;

/**
 * A named state a future is in during a calendar year: every condition holds for the year's means.
 *
 * @param id the state's id, a column of the outputs
 */
public record OutlookState(String id, Text label, List<Condition> when) {

    public OutlookState {
        when = List.copyOf(when);
    }

    /** Whether the state holds in a year whose mean index is {@code index} and whose areas' are {@code areas}. */
    public boolean holds(double index, Map<String, Double> areas) {
        return when.stream().allMatch(condition -> condition.holds(index, areas));
    }

    /** What a condition reads of a year. */
    public enum Scope {
        /** the year's mean cooperation index */
        INDEX,
        /** one issue area's mean index */
        AREA,
        /** every issue area's mean index: each must lie within the bounds */
        EVERY_AREA,
        /** some issue area's mean index: at least one must lie within the bounds */
        ANY_AREA
    }

    /**
     * The year's mean of what {@code scope} reads lies in [min, max] (either may be infinite).
     *
     * @param area the area read, for {@link Scope#AREA}; else null
     */
    public record Condition(Scope scope, String area, double min, double max) {

        /** A condition on the year's mean index. */
        public static Condition onIndex(double min, double max) {
            return new Condition(Scope.INDEX, null, min, max);
        }

        public boolean holds(double index, Map<String, Double> areas) {
            return switch (scope) {
                case INDEX -> within(index);
                case AREA -> within(areas.get(area));
                case EVERY_AREA -> !areas.isEmpty() && areas.values().stream().allMatch(this::within);
                case ANY_AREA -> areas.values().stream().anyMatch(this::within);
            };
        }

        private boolean within(double yearMean) {
            return yearMean >= min && yearMean <= max;
        }
    }
}
