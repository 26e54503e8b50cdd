package dyad.analysis.futures;

import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The blows and thaws a scenario's own drivers dealt one agent over a window of its period: how many a year,
 * and their sizes and durations. A driver is a blow to the agent if one of its effects on the agent raises its
 * threat or lowers its shared interest, a thaw if one lowers threat or raises shared interest (a driver that
 * does both counts as each); the shape of the blow is its blow effects on the agent, of the thaw its thaw
 * effects. Effects on ambition and domestic pressure are neither.
 */
public final class DriverHistory {

    private DriverHistory() {
    }

    /**
     * @param events        how many drivers of the kind the window has
     * @param years         the window's length in years (months / 12)
     * @param shapes        each driver's effects of the kind on the agent, in date order: the empirical
     *                      distribution of sizes and durations
     */
    public record Estimate(String agentId, int events, double years, List<EventShape> shapes) {

        public Estimate {
            shapes = List.copyOf(shapes);
        }

        /** The maximum likelihood rate of a Poisson process: events / years. */
        public double ratePerYear() {
            return events / years;
        }

        /** The rate's standard error under a Poisson process: √events / years. */
        public double rateStandardError() {
            return Math.sqrt(events) / years;
        }

        /**
         * The drivers' sizes and durations to draw from.
         *
         * @throws IllegalArgumentException if the window has none
         */
        public ShapeSource.Listed asShapes() {
            if (shapes.isEmpty()) {
                throw new IllegalArgumentException("the scenario's drivers deal agent " + agentId + " no events of"
                        + " this kind in the window, so there are no sizes to draw from; give sizes by hand");
            }
            return new ShapeSource.Listed(shapes);
        }
    }

    /** The blows that the scenario's drivers dealt {@code agentId} from {@code first} to {@code last}. */
    public static Estimate blows(Scenario scenario, String agentId, YearMonth first, YearMonth last) {
        return estimate(scenario, agentId, first, last, EffectShape::isBlow);
    }

    /** The thaws that the scenario's drivers dealt {@code agentId} from {@code first} to {@code last}. */
    public static Estimate thaws(Scenario scenario, String agentId, YearMonth first, YearMonth last) {
        return estimate(scenario, agentId, first, last, EffectShape::isThaw);
    }

    private static Estimate estimate(Scenario scenario, String agentId, YearMonth first, YearMonth last,
                                     Predicate<EffectShape> kind) {
        if (scenario.agentIndex(agentId) < 0) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " has no agent '" + agentId + "'; its agents"
                    + " are " + scenario.agents().stream().map(dyad.scenario.AgentSpec::id).toList());
        }
        if (first.isAfter(last) || first.isBefore(scenario.start()) || last.isAfter(scenario.end())) {
            throw new IllegalArgumentException("the window " + first + " to " + last + " must run forwards inside the"
                    + " scenario's period, " + scenario.start() + " to " + scenario.end());
        }
        List<EventShape> shapes = new ArrayList<>();
        List<EventSpec> byDate = new ArrayList<>(scenario.events());
        byDate.sort(java.util.Comparator.comparing(EventSpec::date)); // stable: file order within a month
        for (EventSpec event : byDate) {
            if (event.kind() != EventKind.DRIVER || event.date().isBefore(first) || event.date().isAfter(last)) {
                continue;
            }
            List<EffectShape> ofKind = new ArrayList<>();
            for (EffectSpec effect : event.effects()) {
                EffectShape shape = EffectShape.of(effect);
                if (effect.agentId().equals(agentId) && kind.test(shape)) {
                    ofKind.add(shape);
                }
            }
            if (!ofKind.isEmpty()) {
                shapes.add(new EventShape(ofKind));
            }
        }
        int months = dyad.scenario.MonthIndex.count(first, last);
        return new Estimate(agentId, shapes.size(), months / 12.0, shapes);
    }
}
