package dyad.check;

import dyad.scenario.FactSeries;
import dyad.scenario.FactTest;
import dyad.scenario.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a fact is from failing on a run: one slack per condition the fact's test makes, each a fraction of
 * that condition's scale, positive when the condition holds and negative by how far it misses. Calibration
 * asks each slack to be at least a margin, so that a fitted fact passes comfortably, not at the edge.
 *
 * <p>Scales: a difference of means is divided by the range of the series it reads (2 for an index, the whole
 * agenda's or an area's, which runs from −1 to 1; 1 for a cooperation share). A mean within bounds is measured against the width of its bounds.
 * A lead compares the best correlation at the lags asked for with the best at any other lag, as a fraction of
 * the room that the other lag leaves below a perfect correlation (near-equal correlations of smooth series
 * would otherwise leave no room for any margin). An {@code any} gives one slack, that of its part nearest to
 * holding.
 */
public final class FactSlack {

    /** The slack of a condition that cannot fail (a lowest year among all the years). */
    private static final double SURE = 1.0;

    private FactSlack() {
    }

    /** The slack of each condition of the test, in the order the test states them. */
    public static List<Double> of(FactTest test, RunPaths run, Map<String, RunPaths> twins) {
        List<Double> slacks = new ArrayList<>();
        add(test, run, twins, slacks);
        return slacks;
    }

    /** The sum over the test's conditions of how far each falls short of {@code margin}: 0 when all reach it. */
    public static double shortfall(List<Double> slacks, double margin) {
        double sum = 0;
        for (double slack : slacks) {
            sum += Math.max(0, margin - slack);
        }
        return sum;
    }

    private static void add(FactTest test, RunPaths run, Map<String, RunPaths> twins, List<Double> slacks) {
        if (test instanceof FactTest.MeanAbove above) {
            double rise = run.mean(above.of(), above.window()) - run.mean(above.of(), above.other());
            slacks.add((rise - above.by().orElse(0)) / range(above.of()));
        } else if (test instanceof FactTest.MeanBelow below) {
            double mean = run.mean(below.of(), below.window());
            for (Window other : below.others()) {
                slacks.add((run.mean(below.of(), other) - mean) / range(below.of()));
            }
        } else if (test instanceof FactTest.MeanWithin within) {
            double mean = run.mean(within.of(), within.window());
            double width = within.max() > within.min() ? within.max() - within.min() : range(within.of());
            slacks.add((mean - within.min()) / width);
            slacks.add((within.max() - mean) / width);
        } else if (test instanceof FactTest.ExtremeYear year) {
            slacks.add(extremeYear(year, run));
        } else if (test instanceof FactTest.Leads leads) {
            slacks.add(leads(leads, run));
        } else if (test instanceof FactTest.Twin twin) {
            FactSeries of = twin.of();
            double difference = twins.get(twin.twin().name()).mean(of, twin.window()) - run.mean(of, twin.window());
            slacks.add((twin.higher() ? difference : -difference) / range(of));
        } else if (test instanceof FactTest.Any any) {
            slacks.add(any(any, run, twins));
        } else {
            for (FactTest part : ((FactTest.All) test).tests()) {
                add(part, run, twins, slacks);
            }
        }
    }

    /**
     * One slack for the whole {@code any}: that of its part nearest to holding, each part counting by its least
     * slack (a part holds when all its conditions do). It is positive when a part holds, as the fact then does.
     */
    private static double any(FactTest.Any test, RunPaths run, Map<String, RunPaths> twins) {
        double best = Double.NEGATIVE_INFINITY;
        for (FactTest part : test.tests()) {
            List<Double> partSlacks = of(part, run, twins);
            double least = Double.POSITIVE_INFINITY;
            // Math.min and Math.max keep a NaN: a slack that cannot be measured leaves the whole any unmeasured
            for (double slack : partSlacks) {
                least = Math.min(least, slack);
            }
            best = Math.max(best, least);
        }
        return best;
    }

    /** The most extreme yearly mean of the other years minus that of the years asked for (lowest), or the reverse. */
    private static double extremeYear(FactTest.ExtremeYear test, RunPaths run) {
        double[] series = run.series(test.of());
        double sign = test.lowest() ? 1 : -1;
        double inside = Double.POSITIVE_INFINITY;
        double outside = Double.POSITIVE_INFINITY;
        for (int year = test.firstYear(); year <= test.lastYear(); year++) {
            // lowest: the smallest mean; highest: the smallest negated mean
            double value = sign * Window.year(year).mean(run.scenario(), series);
            if (test.in().contains(year)) {
                inside = Math.min(inside, value);
            } else {
                outside = Math.min(outside, value);
            }
        }
        if (outside == Double.POSITIVE_INFINITY) {
            return SURE;
        }
        if (inside == Double.POSITIVE_INFINITY) {
            return -SURE;
        }
        return (outside - inside) / range(test.of());
    }

    private static double leads(FactTest.Leads test, RunPaths run) {
        int maxLag = test.maxLag();
        double[] correlations = CrossCorrelation.of(run.series(test.leader(), test.window()),
                run.series(test.follower(), test.window()), maxLag);
        double inside = -1;
        double outside = -1;
        for (int k = -maxLag; k <= maxLag; k++) {
            double r = correlations[k + maxLag];
            if (Double.isNaN(r)) {
                continue;
            }
            if (k >= test.fromLag() && k <= test.toLag()) {
                inside = Math.max(inside, r);
            } else {
                outside = Math.max(outside, r);
            }
        }
        if (test.fromLag() <= -maxLag && test.toLag() >= maxLag) {
            return SURE;
        }
        return (inside - outside) / Math.max(1 - outside, 1e-9);
    }

    private static double range(FactSeries of) {
        return of.isIndex() ? 2 : 1;
    }
}
