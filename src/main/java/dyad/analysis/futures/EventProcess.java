package dyad.analysis.futures;

import dyad.scenario.Text;
import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Events that strike one agent as a Poisson process of {@code ratePerYear} events a year, discretised by the
 * month: the number of events in each month is Poisson with mean {@code ratePerYear} / 12, months independent
 * (several events may fall in one month). Each event's size and duration come from {@code shapes}.
 *
 * @param name  an id for the process (its events are named after it)
 * @param label what charts call its events
 */
public record EventProcess(String name, Text label, String agentId, double ratePerYear, ShapeSource shapes) {

    /** Commons Math's defaults for the Poisson sampler. */
    private static final double EPSILON = PoissonDistribution.DEFAULT_EPSILON;
    private static final int MAX_ITERATIONS = PoissonDistribution.DEFAULT_MAX_ITERATIONS;

    public EventProcess {
        if (!name.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("an event process' name must be an id (lower-case letters, digits,"
                    + " '_' and '-', starting with a letter), not '" + name + "'");
        }
        if (!(ratePerYear >= 0) || !Double.isFinite(ratePerYear)) {
            throw new IllegalArgumentException("process " + name + ": the rate per year must be 0 or more, not "
                    + ratePerYear);
        }
    }

    /** The process' events from {@code first} to {@code last}, both included, in month order. */
    public List<DrawnEvent> draw(MersenneTwisterFast generator, YearMonth first, YearMonth last) {
        List<DrawnEvent> events = new ArrayList<>();
        if (ratePerYear == 0) {
            return events;
        }
        PoissonDistribution perMonth = new PoissonDistribution(FutureGenerators.asCommonsMath(generator),
                ratePerYear / 12, EPSILON, MAX_ITERATIONS);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            int count = perMonth.sample();
            for (int k = 0; k < count; k++) {
                events.add(new DrawnEvent(month, name, label, agentId, shapes.draw(generator)));
            }
        }
        return events;
    }
}
