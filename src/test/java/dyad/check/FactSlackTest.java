package dyad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.FactSpec;
import dyad.scenario.FactTest;
import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A fact's slacks: positive exactly when it holds, and the shortfall from a margin 0 exactly when all reach it. */
class FactSlackTest {

    private static final Scenario BASELINE = FactCheckTest.BASELINE;
    private static final double MARGIN = 0.05;

    private static RunPaths flat(double index, double share) {
        int months = BASELINE.months();
        double[] path = new double[months];
        java.util.Arrays.fill(path, index);
        double[][] shares = new double[BASELINE.agents().size()][months];
        for (double[] agent : shares) {
            java.util.Arrays.fill(agent, share);
        }
        return new RunPaths(BASELINE, path, shares);
    }

    private static void set(double[] series, String first, String last, double value) {
        for (int m = BASELINE.monthIndex(java.time.YearMonth.parse(first));
             m <= BASELINE.monthIndex(java.time.YearMonth.parse(last)); m++) {
            series[m] = value;
        }
    }

    /** SF3: the mean of 2001-10..2002-12 above that of 1999-01..2001-08 by at least 0.1, on the index (range 2). */
    private static double sf3Shortfall(double rise) {
        RunPaths run = flat(0, 0.5);
        set(run.index(), "2001-10", "2002-12", rise);
        FactSpec sf3 = BASELINE.fact("SF3");
        assertEquals(rise >= 0.1, FactCheck.holds(sf3, run, Map.of()), "rise " + rise);
        return FactSlack.shortfall(FactSlack.of(sf3.test(), run, Map.of()), MARGIN);
    }

    @Test
    void theShortfallIsZeroWhenAFactPassesByTheMarginAndGrowsWithTheDistanceOtherwise() {
        // passing by the margin: a rise of 0.1 + 0.05 x 2 = 0.2 or more
        assertEquals(0, sf3Shortfall(0.2001));
        assertEquals(0, sf3Shortfall(0.6));
        // passing, but not by the margin
        assertEquals(0.005, sf3Shortfall(0.19), 1e-12);
        assertEquals(0.025, sf3Shortfall(0.15), 1e-12);
        // failing: the shortfall keeps growing linearly
        assertEquals(0.05, sf3Shortfall(0.1), 1e-12);
        assertEquals(0.075, sf3Shortfall(0.05), 1e-12);
        assertEquals(0.1, sf3Shortfall(0.0), 1e-12);
    }

    @Test
    void aMeanWithinBoundsPassesByTheMarginOnlyThatShareOfItsWidthInside() {
        // SF5's share conditions: 0.05..0.95, so a margin of 0.05 asks for 0.095..0.905
        FactSpec sf5 = BASELINE.fact("SF5");
        RunPaths inside = flat(-0.5, 0.096);
        set(inside.index(), "1992-02", "1993-12", 0.8);
        set(inside.index(), "2001-10", "2002-12", 0.7);
        assertTrue(FactCheck.holds(sf5, inside, Map.of()));
        assertEquals(0, FactSlack.shortfall(FactSlack.of(sf5.test(), inside, Map.of()), MARGIN));
        RunPaths edge = flat(-0.5, 0.06);
        set(edge.index(), "1992-02", "1993-12", 0.8);
        set(edge.index(), "2001-10", "2002-12", 0.7);
        assertTrue(FactCheck.holds(sf5, edge, Map.of()));
        // each agent's share is (0.06 - 0.05) / 0.9 inside its lower bound, short of 0.05 by 0.038 88…
        assertEquals(2 * (MARGIN - 0.01 / 0.9), FactSlack.shortfall(FactSlack.of(sf5.test(), edge, Map.of()), MARGIN),
                1e-12);
    }

    @Test
    void everySlackIsPositiveExactlyWhenTheFactHoldsOnRandomPaths() {
        Random random = new Random(3);
        List<FactSpec> facts = BASELINE.facts();
        Map<String, Integer> held = new HashMap<>();
        for (int trial = 0; trial < 400; trial++) {
            RunPaths run = randomPaths(random);
            Map<String, RunPaths> twins = new HashMap<>();
            for (TwinScenario twin : FactCheck.twins(BASELINE)) {
                twins.put(twin.name(), randomPaths(random));
            }
            for (FactSpec fact : facts) {
                List<Double> slacks = FactSlack.of(fact.test(), run, twins);
                boolean positive = slacks.stream().allMatch(slack -> slack > 0);
                boolean holds = FactCheck.holds(fact, run, twins);
                assertEquals(holds, positive, fact.id() + " on trial " + trial + ": slacks " + slacks);
                held.merge(fact.id() + holds, 1, Integer::sum);
            }
        }
        for (FactSpec fact : facts) {
            // the random paths make every fact both hold and fail, so both sides are checked
            assertTrue(held.getOrDefault(fact.id() + true, 0) > 0, fact.id() + " never held");
            assertTrue(held.getOrDefault(fact.id() + false, 0) > 0, fact.id() + " never failed");
        }
        assertFalse(facts.isEmpty());
    }

    /** Random walks of the index and of each share, with a random lag of Russia's behind the US's. */
    private static RunPaths randomPaths(Random random) {
        int months = BASELINE.months();
        double[] index = new double[months];
        double[][] shares = new double[BASELINE.agents().size()][months];
        double level = random.nextDouble() * 2 - 1;
        double[] driver = new double[months + 36];
        double drive = 0.5;
        for (int m = 0; m < driver.length; m++) {
            drive = Math.min(1, Math.max(0, drive + random.nextGaussian() * 0.08));
            driver[m] = drive;
        }
        int lag = random.nextInt(-6, 19);
        int usa = BASELINE.agentIndex("usa");
        int russia = BASELINE.agentIndex("russia");
        for (int m = 0; m < months; m++) {
            level = Math.min(1, Math.max(-1, level + random.nextGaussian() * 0.15));
            index[m] = level;
            shares[usa][m] = driver[m + 18];
            shares[russia][m] = Math.min(1, Math.max(0, driver[m + 18 - lag] * random.nextDouble(0.6, 1.0)
                    + random.nextGaussian() * 0.02));
        }
        // each agent's share in each area wanders around a level of its own; an area's index follows from them
        int areas = BASELINE.areas().size();
        double[][][] areaShares = new double[shares.length][areas][months];
        double[][] areaIndex = new double[areas][months];
        for (int k = 0; k < areas; k++) {
            for (int a = 0; a < shares.length; a++) {
                double areaLevel = random.nextDouble();
                for (int m = 0; m < months; m++) {
                    areaShares[a][k][m] = Math.min(1, Math.max(0, areaLevel + random.nextGaussian() * 0.1));
                    areaIndex[k][m] += (2 * areaShares[a][k][m] - 1) / shares.length;
                }
            }
        }
        return new RunPaths(BASELINE, index, shares, areaIndex, areaShares);
    }

    /** An any's one slack is that of its part nearest to holding, so it is positive exactly when a part holds. */
    @Test
    void anAnyHasTheSlackOfItsPartNearestToHolding() {
        dyad.scenario.Window window = dyad.scenario.Window.of("2004-01", "2007-12");
        dyad.scenario.FactSeries russia = dyad.scenario.FactSeries.share("russia");
        dyad.scenario.FactSeries usa = dyad.scenario.FactSeries.share("usa");
        RunPaths run = flat(0, 0.3);
        FactTest low = new FactTest.MeanWithin(russia, window, 0, 0.5);
        FactTest high = new FactTest.MeanWithin(usa, window, 0.6, 1);
        // low: slacks 0.3 / 0.5 and 0.2 / 0.5, least 0.4; high: (0.3 - 0.6) / 0.4 = -0.75 and 0.7 / 0.4
        List<Double> either = FactSlack.of(new FactTest.Any(List.of(low, high)), run, Map.of());
        assertEquals(1, either.size());
        assertEquals(0.4, either.get(0), 1e-12);
        assertEquals(-0.75, FactSlack.of(new FactTest.Any(List.of(high)), run, Map.of()).get(0), 1e-12);
        FactTest both = new FactTest.All(List.of(low, high));
        assertEquals(0.4, FactSlack.of(new FactTest.Any(List.of(both, low)), run, Map.of()).get(0), 1e-12);
    }

    @Test
    void aLowestYearAmongAllTheYearsCannotFail() {
        FactTest.ExtremeYear any = new FactTest.ExtremeYear(dyad.scenario.FactSeries.INDEX, true, 1995, 1996, List.of(1995, 1996));
        assertEquals(List.of(1.0), FactSlack.of(any, flat(0.3, 0.5), Map.of()));
    }
}
