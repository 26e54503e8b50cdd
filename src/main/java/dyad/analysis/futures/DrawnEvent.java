package dyad.analysis.futures;

import dyad.scenario.Text;
import java.time.YearMonth;

/**
 * One event of a future: a driver striking {@code agentId} in {@code month}.
 *
 * @param process the name of the process that drew it (an id: {@code blows}, {@code thaws})
 */
public record DrawnEvent(YearMonth month, String process, Text label, String agentId, EventShape shape) {
}
