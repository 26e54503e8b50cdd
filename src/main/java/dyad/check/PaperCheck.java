package dyad.check;

import dyad.check.Fact.Verdict;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import dyad.scenario.Series;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stylized facts SF1–SF7 that a replay of US–Russia relations 1992–2007 must show, checked on a run's
 * monthly index and cooperation shares. They apply to scenarios with agents {@code usa} and
 * {@code russia} whose period covers 1992–2007; for others each fact is "not applicable".
 */
public final class PaperCheck {

    public static final String US = "usa";
    public static final String RUSSIA = "russia";

    static final Window EARLY_HONEYMOON = Window.of("1992-02", "1993-12");
    static final Window SQUEEZE_YEARS = Window.of("1994-01", "2000-12");
    static final Window BEFORE_9_11 = Window.of("1999-01", "2001-08");
    static final Window POST_9_11 = Window.of("2001-10", "2002-12");
    public static final Window ASSERTIVE_YEARS = Window.of("2004-01", "2007-12");
    /** The low-oil path of SF7: Brent held at its 1992–2000 mean from 2001 on. */
    static final Window OIL_REFERENCE = Window.of("1992-01", "2000-12");
    static final YearMonth LOW_OIL_FROM = YearMonth.of(2001, 1);
    static final int MAX_LAG = 12;
    /** SF5: each state still makes both choices, at least this share of the time either way. */
    static final double BOTH_CHOICES_SHARE = 0.05;

    private PaperCheck() {
    }

    public static boolean applies(Scenario scenario) {
        return scenario.agentIndex(US) >= 0 && scenario.agentIndex(RUSSIA) >= 0
                && Window.of("1992-01", "2007-12").within(scenario);
    }

    /** Checks SF1–SF6 on the run and SF7 by replaying the same scenario on the low-oil path. */
    public static List<Fact> check(Scenario scenario, RunSummary run) {
        return check(scenario, run, ReplicationListener.NONE);
    }

    /** As {@link #check(Scenario, RunSummary)}, telling {@code listener} of each replication of the low-oil replay. */
    public static List<Fact> check(Scenario scenario, RunSummary run, ReplicationListener listener) {
        List<Fact> facts = new ArrayList<>(checkWithoutCounterfactual(scenario, run));
        facts.add(oilEmboldens(scenario, run, listener));
        return facts;
    }

    /** Whether {@link #check} replays the scenario again, with low oil, for SF7. */
    public static boolean replaysLowOil(Scenario scenario) {
        return applies(scenario) && scenario.oilPriceSeries().isPresent();
    }

    public static List<Fact> checkWithoutCounterfactual(Scenario scenario, RunSummary run) {
        return checkWithoutCounterfactual(scenario, run.index(), run.cooperationShare());
    }

    /**
     * SF1–SF6 on a monthly index and the agents' monthly cooperation shares: a run's means over its
     * replications, or a single replication.
     */
    public static List<Fact> checkWithoutCounterfactual(Scenario scenario, double[] index, double[][] cooperationShare) {
        if (!applies(scenario)) {
            return List.of(
                    notApplicable("SF1", "early harmony", scenario), notApplicable("SF2", "1999 low", scenario),
                    notApplicable("SF3", "post-9/11 warming", scenario),
                    notApplicable("SF4", "2007 most strained", scenario),
                    notApplicable("SF5", "neither war nor honeymoon", scenario),
                    notApplicable("SF6", "US attacks, Russia defends", scenario));
        }
        List<Fact> facts = new ArrayList<>();
        double early = EARLY_HONEYMOON.mean(scenario, index);
        double squeeze = SQUEEZE_YEARS.mean(scenario, index);
        facts.add(fact("SF1", "early harmony", early > squeeze, "mean %s = %+.3f vs mean %s = %+.3f",
                EARLY_HONEYMOON, early, SQUEEZE_YEARS, squeeze));

        int lowest = lowestYear(scenario, index, 1992, 2000);
        facts.add(fact("SF2", "1999 low", lowest == 1999 || lowest == 2000,
                "lowest yearly mean of 1992-2000 in %d (%+.3f)", lowest, Window.year(lowest).mean(scenario, index)));

        double before = BEFORE_9_11.mean(scenario, index);
        double after = POST_9_11.mean(scenario, index);
        facts.add(fact("SF3", "post-9/11 warming", after - before >= 0.1,
                "mean %s = %+.3f vs mean %s = %+.3f (rise %+.3f, needs >= +0.100)",
                POST_9_11, after, BEFORE_9_11, before, after - before));

        int lowestLate = lowestYear(scenario, index, 2002, 2007);
        facts.add(fact("SF4", "2007 most strained", lowestLate == 2007,
                "lowest yearly mean of 2002-2007 in %d (%+.3f; 2007: %+.3f)", lowestLate,
                Window.year(lowestLate).mean(scenario, index), Window.year(2007).mean(scenario, index)));

        double assertive = ASSERTIVE_YEARS.mean(scenario, index);
        double us = ASSERTIVE_YEARS.mean(scenario, cooperationShare[scenario.agentIndex(US)]);
        double russia = ASSERTIVE_YEARS.mean(scenario, cooperationShare[scenario.agentIndex(RUSSIA)]);
        boolean bothChoices = mixed(us) && mixed(russia);
        facts.add(fact("SF5", "neither war nor honeymoon", assertive < early && assertive < after && bothChoices,
                "mean %s = %+.3f vs honeymoons %+.3f and %+.3f; cooperation shares usa %.2f, russia %.2f"
                        + " (each needs %.2f..%.2f)",
                ASSERTIVE_YEARS, assertive, early, after, us, russia, BOTH_CHOICES_SHARE, 1 - BOTH_CHOICES_SHARE));

        double[] correlations = crossCorrelations(cooperationShare[scenario.agentIndex(US)],
                cooperationShare[scenario.agentIndex(RUSSIA)]);
        int peak = peakLag(correlations);
        facts.add(fact("SF6", "US attacks, Russia defends", peak > 0,
                "cross-correlation of usa's cooperation share with russia's %d months later peaks at lag %+d"
                        + " (r = %.3f; lag 0: r = %.3f)", peak, peak, correlations[peak + MAX_LAG],
                correlations[MAX_LAG]));
        return facts;
    }

    /** SF7: the same scenario, seed and replications on the low-oil path must leave Russia less resistant. */
    public static Fact oilEmboldens(Scenario scenario, RunSummary run) {
        return oilEmboldens(scenario, run, ReplicationListener.NONE);
    }

    private static Fact oilEmboldens(Scenario scenario, RunSummary run, ReplicationListener listener) {
        if (!replaysLowOil(scenario)) {
            return notApplicable("SF7", "oil emboldens", scenario);
        }
        Scenario lowOil = withLowOil(scenario);
        RunSummary counterfactual = Replay.run(lowOil, ExogenousInputs.of(lowOil), scenario.seed(), run.replications(),
                listener);
        int russia = scenario.agentIndex(RUSSIA);
        double base = ASSERTIVE_YEARS.mean(scenario, run.cooperationShare()[russia]);
        double low = ASSERTIVE_YEARS.mean(scenario, counterfactual.cooperationShare()[russia]);
        return fact("SF7", "oil emboldens", low > base,
                "russia's cooperation share %s: %.3f with oil held at its %s mean from %s, %.3f as given",
                ASSERTIVE_YEARS, low, OIL_REFERENCE, LOW_OIL_FROM, base);
    }

    /** The scenario with its oil price held at the 1992–2000 mean from 2001 on. */
    public static Scenario withLowOil(Scenario scenario) {
        String id = scenario.oilPriceSeries().orElseThrow();
        Series oil = scenario.series().get(id);
        double[] values = oil.values().clone();
        double mean = OIL_REFERENCE.mean(scenario, values);
        Arrays.fill(values, scenario.monthIndex(LOW_OIL_FROM), values.length, mean);
        Map<String, Series> series = new HashMap<>(scenario.series());
        series.put(id, new Series(id, oil.unit(), oil.source() + " (held at its 1992-2000 mean from 2001)", values));
        return new Scenario(scenario.name() + "-low-oil", scenario.description(), scenario.start(), scenario.end(),
                scenario.issuesPerMonth(), scenario.seed(), scenario.replications(), scenario.referenceOilPrice(),
                Optional.of(id), scenario.agents(), series, scenario.events(), scenario.periodisations(),
                scenario.inputFiles());
    }

    /**
     * r(k) = Pearson correlation of leader[t] with follower[t + k], for k = -12..12 (index k + 12), over the
     * months where both exist. Sums over each overlap are differences of running sums, which are needed only
     * within 12 months of either end; the cross products of all lags are summed in one pass over t, each lag
     * in order of t, which the JIT runs as vector operations over the lags. Sweeps compute this for every
     * run, and Commons Math's PearsonsCorrelation would need two copied arrays and two passes per lag.
     */
    static double[] crossCorrelations(double[] leader, double[] follower) {
        int n = leader.length;
        RunningSums x = RunningSums.of(leader);
        RunningSums y = RunningSums.of(follower);
        // sxy[k + MAX_LAG] = sum over t of leader[t] * follower[t + k]
        double[] sxy = new double[2 * MAX_LAG + 1];
        for (int t = 0; t < n; t++) {
            double value = leader[t];
            int lowest = Math.max(-MAX_LAG, -t);
            int highest = Math.min(MAX_LAG, n - 1 - t);
            for (int k = lowest; k <= highest; k++) {
                sxy[k + MAX_LAG] += value * follower[t + k];
            }
        }
        double[] r = new double[2 * MAX_LAG + 1];
        for (int k = -MAX_LAG; k <= MAX_LAG; k++) {
            int from = Math.max(0, -k);
            int to = Math.min(n, n - k);
            int length = to - from;
            double sx = x.sum(to) - x.sum(from);
            double sy = y.sum(to + k) - y.sum(from + k);
            double varX = length * (x.sumOfSquares(to) - x.sumOfSquares(from)) - sx * sx;
            double varY = length * (y.sumOfSquares(to + k) - y.sumOfSquares(from + k)) - sy * sy;
            r[k + MAX_LAG] = varX <= 0 || varY <= 0 ? Double.NaN
                    : (length * sxy[k + MAX_LAG] - sx * sy) / Math.sqrt(varX * varY);
        }
        return r;
    }

    /**
     * The sums of a series' first p values and of their squares, for p within {@link #MAX_LAG} of either
     * end (0..12 and n-12..n), which are all that the overlaps of the lags need.
     */
    private record RunningSums(int length, double[] sums, double[] squares) {

        static RunningSums of(double[] values) {
            int n = values.length;
            double[] sums = new double[2 * MAX_LAG + 2];
            double[] squares = new double[2 * MAX_LAG + 2];
            double sum = 0;
            double sumOfSquares = 0;
            for (int p = 0; p <= n; p++) {
                int slot = slot(p, n);
                if (slot >= 0) {
                    sums[slot] = sum;
                    squares[slot] = sumOfSquares;
                }
                if (p < n) {
                    sum += values[p];
                    sumOfSquares += values[p] * values[p];
                }
            }
            return new RunningSums(n, sums, squares);
        }

        /** Where the sums of the first p values are kept: the first 13 slots from the start, the others from the end. */
        private static int slot(int p, int n) {
            if (p <= MAX_LAG) {
                return p;
            }
            return p >= n - MAX_LAG ? MAX_LAG + 1 + p - (n - MAX_LAG) : -1;
        }

        double sum(int p) {
            return sums[slot(p, length)];
        }

        double sumOfSquares(int p) {
            return squares[slot(p, length)];
        }
    }

    private static int peakLag(double[] correlations) {
        int best = 0;
        for (int k = -MAX_LAG; k <= MAX_LAG; k++) {
            if (correlations[k + MAX_LAG] > correlations[best + MAX_LAG]) {
                best = k;
            }
        }
        return best;
    }

    private static int lowestYear(Scenario scenario, double[] index, int first, int last) {
        int lowest = first;
        double lowestMean = Double.POSITIVE_INFINITY;
        for (int year = first; year <= last; year++) {
            double mean = Window.year(year).mean(scenario, index);
            if (mean < lowestMean) {
                lowest = year;
                lowestMean = mean;
            }
        }
        return lowest;
    }

    private static boolean mixed(double share) {
        return share >= BOTH_CHOICES_SHARE && share <= 1 - BOTH_CHOICES_SHARE;
    }

    private static Fact fact(String id, String title, boolean holds, String format, Object... values) {
        return new Fact(id, title, holds ? Verdict.PASS : Verdict.FAIL, format, values);
    }

    private static Fact notApplicable(String id, String title, Scenario scenario) {
        return new Fact(id, title, Verdict.NOT_APPLICABLE, "needs agents 'usa' and 'russia' and a period covering"
                + " 1992-01..2007-12 (scenario '" + scenario.name() + "')");
    }
}
