package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrowthRangeTest {

    @Test
    void eachFutureGrowsAtOneRateInTheRangeWhoseMeanIsTheRangesMiddle() {
        GrowthRange.Fit fit = new GrowthRange(-0.01, 0.05).fit(new History("gdp", new double[] {90, 100}));
        int futures = 2000;
        double sum = 0;
        for (int f = 1; f <= futures; f++) {
            double[] path = fit.draw(FutureGenerators.forFuture(3, f), 36);
            double growth = path[11] / 100 - 1;
            assertTrue(growth >= -0.01 && growth <= 0.05, "growth " + growth);
            assertEquals(Math.pow(1 + growth, 3), path[35] / 100, 1e-9, "one rate for the whole future");
            sum += growth;
        }
        // a uniform draw on [a, b] has standard deviation (b - a) / sqrt(12)
        double standardError = 0.06 / Math.sqrt(12) / Math.sqrt(futures);
        assertEquals(0.02, sum / futures, 4 * standardError);
    }

    @Test
    void aFixedGrowthCompoundsMonthByMonth() {
        GrowthRange.Fit fit = new GrowthRange(0.21, 0.21).fit(new History("gdp", new double[] {10}));
        double[] path = fit.draw(FutureGenerators.forFuture(1, 1), 24);
        assertEquals(10 * Math.pow(1.21, 1 / 12.0), path[0], 1e-9);
        assertEquals(12.1, path[11], 1e-9);
        assertEquals(14.641, path[23], 1e-9);
        assertArrayEquals(path, fit.draw(FutureGenerators.forFuture(1, 1), 24));
    }

    @Test
    void refusesAnUpsideDownRangeAFallOfAllAndANonPositiveStart() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GrowthRange(0.05, 0.01)).getMessage()
                .startsWith("growth_range needs low <= high"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GrowthRange(-1, 0.01)).getMessage()
                .contains("low must be above -1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new GrowthRange(0, 0.01).fit(new History("gdp", new double[] {2, 0}))).getMessage()
                .startsWith("series gdp: growth_range grows the last value"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new GrowthRange(0, 0.01).fit(new History("gdp", new double[0]))).getMessage()
                .contains("needs at least 1 month of history"));
    }
}
