package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

class BlockBootstrapTest {

    private static final double STANDARD_ERRORS = 4;
    private static final int FUTURES = 400;
    private static final int MONTHS = 120;

    /** A series whose log changes are an AR(1) with autocorrelation {@code rho}: momentum month to month. */
    static double[] withMomentum(double rho, int months, long seed) {
        MersenneTwisterFast generator = new MersenneTwisterFast(seed);
        double[] values = new double[months];
        double log = Math.log(30);
        double change = 0;
        for (int t = 0; t < months; t++) {
            values[t] = Math.exp(log);
            change = 0.002 + rho * (change - 0.002) + 0.03 * generator.nextGaussian();
            log += change;
        }
        return values;
    }

    private static double[][] drawnChanges(BlockBootstrap.Fit fit) {
        double[][] futures = new double[FUTURES][];
        for (int f = 0; f < FUTURES; f++) {
            futures[f] = fit.drawLogChanges(FutureGenerators.forFuture(99, f + 1), MONTHS);
        }
        return futures;
    }

    private static double lagOneAutocorrelation(double[][] paths) {
        double mean = StatUtils.mean(Arrays.stream(paths).flatMapToDouble(Arrays::stream).toArray());
        double products = 0;
        double squares = 0;
        for (double[] path : paths) {
            for (int t = 0; t < path.length; t++) {
                squares += (path[t] - mean) * (path[t] - mean);
                if (t > 0) {
                    products += (path[t] - mean) * (path[t - 1] - mean);
                }
            }
        }
        return products / squares;
    }

    @Test
    void drawnLogChangesHaveTheHistorysMeanWithinSamplingError() {
        BlockBootstrap.Fit fit = new BlockBootstrap(12).fit(new History("oil", withMomentum(0.5, 400, 1)));
        double[] history = fit.logChanges();
        int n = history.length;
        // circular blocks: each of the n blocks is as likely, so the drawn mean's standard error is exactly
        // that of the mean of FUTURES * MONTHS / 12 independent block means
        double[] blockMeans = new double[n];
        for (int start = 0; start < n; start++) {
            for (int k = 0; k < 12; k++) {
                blockMeans[start] += history[(start + k) % n] / 12;
            }
        }
        double blocks = FUTURES * MONTHS / 12.0;
        double standardError = Math.sqrt(new Variance(false).evaluate(blockMeans) / blocks);
        double[] drawn = Arrays.stream(drawnChanges(fit)).flatMapToDouble(Arrays::stream).toArray();
        assertEquals(StatUtils.mean(history), StatUtils.mean(drawn), STANDARD_ERRORS * standardError);
    }

    @Test
    void drawnLogChangesHaveTheHistorysVarianceWithinSamplingError() {
        BlockBootstrap.Fit fit = new BlockBootstrap(12).fit(new History("oil", withMomentum(0.5, 400, 2)));
        double historyVariance = new Variance(false).evaluate(fit.logChanges());
        // each future's variance about the history's mean: unbiased for the history's variance under circular
        // blocks; their spread across the independent futures gives the standard error
        double mean = StatUtils.mean(fit.logChanges());
        double[] perFuture = Arrays.stream(drawnChanges(fit))
                .mapToDouble(path -> Arrays.stream(path).map(x -> (x - mean) * (x - mean)).average().orElseThrow())
                .toArray();
        double standardError = Math.sqrt(StatUtils.variance(perFuture) / FUTURES);
        assertEquals(historyVariance, StatUtils.mean(perFuture), STANDARD_ERRORS * standardError);
    }

    @Test
    void blocksKeepTheHistorysMomentumThatSingleDrawsLose() {
        History history = new History("oil", withMomentum(0.6, 600, 3));
        BlockBootstrap.Fit blocks = new BlockBootstrap(12).fit(history);
        BlockBootstrap.Fit singles = new BlockBootstrap(1).fit(history);
        double observed = lagOneAutocorrelation(new double[][] {blocks.logChanges()});
        double withBlocks = lagOneAutocorrelation(drawnChanges(blocks));
        double withSingles = lagOneAutocorrelation(drawnChanges(singles));

        assertTrue(observed > 0.45, "the simulated history has momentum: " + observed);
        assertTrue(Math.abs(withBlocks - observed) < Math.abs(withSingles - observed),
                "blocks " + withBlocks + ", single draws " + withSingles + ", history " + observed);
        // one pair in twelve straddles two blocks and loses its correlation
        assertEquals(observed * 11 / 12, withBlocks, STANDARD_ERRORS / Math.sqrt(FUTURES * MONTHS / 12.0));
        assertEquals(0, withSingles, STANDARD_ERRORS / Math.sqrt(FUTURES * MONTHS));
    }

    @Test
    void aPathContinuesFromTheLastObservedValueByTheDrawnChanges() {
        BlockBootstrap.Fit fit = new BlockBootstrap(3).fit(new History("oil", new double[] {1, 2, 4, 2, 1}));
        double[] path = fit.draw(FutureGenerators.forFuture(1, 1), 6);
        double[] changes = fit.drawLogChanges(FutureGenerators.forFuture(1, 1), 6);
        double level = Math.log(1);
        for (int m = 0; m < 6; m++) {
            level += changes[m];
            assertEquals(Math.exp(level), path[m], 1e-12);
        }
        // every drawn change is one of the history's, and three in a row follow each other around the circle
        for (double change : changes) {
            assertTrue(Arrays.stream(fit.logChanges()).anyMatch(c -> c == change));
        }
    }

    @Test
    void theSameFutureDrawsTheSamePath() {
        BlockBootstrap.Fit fit = new BlockBootstrap(6).fit(new History("oil", withMomentum(0.3, 100, 4)));
        double[] first = fit.draw(FutureGenerators.forFuture(5, 3), 90);
        assertArrayEquals(first, fit.draw(FutureGenerators.forFuture(5, 3), 90));
        assertFalse(Arrays.equals(first, fit.draw(FutureGenerators.forFuture(5, 4), 90)));
    }

    @Test
    void refusesTooShortAHistoryValuesWithoutALogarithmAndEmptyBlocks() {
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> new BlockBootstrap(12).fit(new History("oil", new double[12])));
        assertEquals("series oil: block_bootstrap with block_months 12 needs at least 13 months of history (one"
                + " block of log changes), and the window has 12", tooShort.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new BlockBootstrap(2).fit(new History("oil", new double[] {3, -1, 2, 4})));
        assertTrue(negative.getMessage().startsWith("series oil: block_bootstrap works on the logarithm of the"
                + " series, and value 2 of its history is -1.0"), negative.getMessage());
        assertEquals("block_months must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new BlockBootstrap(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new History("oil", new double[] {1, Double.NaN})).getMessage().contains("value 2"));
    }
}
