package dyad.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a scenario changes from a month of its period on (its {@code changes}): agents' parameters set anew,
 * and driver events whose effects end. Before the first change the scenario runs as if it had none.
 *
 * @param stages    the agents as they are from each month on where a parameter changes, in the order of the
 *                  months; every stage has the scenario's agents in the same order
 * @param eventEnds for each driver whose effects end, the first month without them
 */
public record DatedChanges(List<Stage> stages, Map<String, YearMonth> eventEnds) {

    public static final DatedChanges NONE = new DatedChanges(List.of(), Map.of());

    public DatedChanges {
        stages = List.copyOf(stages);
        eventEnds = Map.copyOf(eventEnds);
    }

    /** The agents from month {@code from} on, until the next stage. */
    public record Stage(YearMonth from, List<AgentSpec> agents) {
        public Stage {
            agents = List.copyOf(agents);
        }
    }

    public boolean isEmpty() {
        return stages.isEmpty() && eventEnds.isEmpty();
    }
}
