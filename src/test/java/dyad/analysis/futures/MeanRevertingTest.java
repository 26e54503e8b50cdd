package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeanRevertingTest {

    /** Four standard errors: a correct estimator strays this far about once in 16,000 fits. */
    private static final double STANDARD_ERRORS = 4;

    static double[] simulate(double mu, double phi, double sigma, int months, long seed) {
        MersenneTwisterFast generator = new MersenneTwisterFast(seed);
        double[] values = new double[months];
        double log = mu;
        for (int t = 0; t < months; t++) {
            values[t] = Math.exp(log);
            log = mu + phi * (log - mu) + sigma * generator.nextGaussian();
        }
        return values;
    }

    @Test
    void recoversMuPhiAndSigmaOfASimulatedSeriesWithinFourStandardErrors() {
        double mu = Math.log(50);
        double phi = 0.9;
        double sigma = 0.05;
        MeanReverting.Fit fit = new MeanReverting().fit(new History("oil", simulate(mu, phi, sigma, 2000, 11)));

        assertEquals(1999, fit.pairs());
        assertEquals(phi, fit.phi(), STANDARD_ERRORS * fit.phiStandardError());
        assertEquals(mu, fit.mu(), STANDARD_ERRORS * fit.muStandardError());
        assertEquals(sigma, fit.sigma(), STANDARD_ERRORS * fit.sigmaStandardError());
        // the standard error of phi is about sqrt((1 - phi^2) / n) for an AR(1)
        assertEquals(Math.sqrt((1 - phi * phi) / 1999), fit.phiStandardError(), 0.2 * fit.phiStandardError());
        assertEquals(Math.log(0.5) / Math.log(fit.phi()), fit.halfLifeMonths(), 1e-12);
    }

    @Test
    void halfLifeIsTheMonthsAfterWhichHalfOfAGapIsLeft() {
        MeanReverting.Fit fit = new MeanReverting.Fit(1, 0, 0.5, 0.1, 0.01, 100);
        assertEquals(1, fit.halfLifeMonths(), 1e-12);
        assertEquals(0, new MeanReverting.Fit(1, 0, -0.2, 0.1, 0.01, 100).halfLifeMonths());
    }

    @Test
    void aPathWithoutShocksClosesTheGapToTheMeanByPhiEachMonth() {
        MeanReverting.Fit fit = new MeanReverting.Fit(Math.exp(1), 0, 0.5, 0, 0.01, 100);
        double[] path = fit.draw(new MersenneTwisterFast(1), 3);
        assertArrayEquals(new double[] {Math.exp(0.5), Math.exp(0.25), Math.exp(0.125)}, path, 1e-12);
    }

    @Test
    void refusesASeriesThatDriftsAwayWithTheReason() {
        double[] values = new double[120];
        MersenneTwisterFast generator = new MersenneTwisterFast(3);
        double log = 0.1;
        for (int t = 0; t < values.length; t++) {
            values[t] = Math.exp(log);
            log = 1.02 * log + 0.001 * generator.nextGaussian();
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MeanReverting().fit(new History("capability", values)));
        assertTrue(refused.getMessage().startsWith("series capability: mean_reverting fits phi = 1.02"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("needs phi below 1"), refused.getMessage());
    }

    @Test
    void refusesTooShortAHistoryAndValuesWithoutALogarithm() {
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> new MeanReverting().fit(new History("oil", new double[] {1, 2, 3})));
        assertEquals("series oil: mean_reverting needs at least 4 months of history (the least squares fit of an"
                + " AR(1)), and the window has 3", tooShort.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new MeanReverting().fit(new History("oil", new double[] {1, 2, 0, 3, 2})));
        assertTrue(zero.getMessage().startsWith("series oil: mean_reverting works on the logarithm of the series,"
                + " and value 3 of its history is 0.0"), zero.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> new MeanReverting().fit(new History("oil", new double[] {2, 2, 2, 2, 2})));
        assertTrue(flat.getMessage().contains("never changes"), flat.getMessage());
    }

    @Test
    void theSameFutureDrawsTheSamePathAndAnotherFutureAnother() {
        MeanReverting.Fit fit = new MeanReverting().fit(new History("oil", simulate(3, 0.8, 0.1, 300, 5)));
        double[] first = fit.draw(FutureGenerators.forFuture(7, 1), 60);
        assertArrayEquals(first, fit.draw(FutureGenerators.forFuture(7, 1), 60));
        assertFalse(Arrays.equals(first, fit.draw(FutureGenerators.forFuture(7, 2), 60)));
        assertFalse(Arrays.equals(first, fit.draw(FutureGenerators.forFuture(8, 1), 60)));
    }
}
