package dyad.analysis.futures;

import dyad.scenario.FactSeries;
import dyad.scenario.Text;
import java.util.List;

/**
 * A named state a future is in during a calendar year: every condition holds for the year's means.
 *
 * @param id the state's id, a column of the outputs
 */
public record OutlookState(String id, Text label, List<Condition> when) {

    public OutlookState {
        when = List.copyOf(when);
    }

    /** The year's mean of {@code of} lies in [min, max] (either may be infinite). */
    public record Condition(FactSeries of, double min, double max) {

        public boolean holds(double yearMean) {
            return yearMean >= min && yearMean <= max;
        }
    }
}
