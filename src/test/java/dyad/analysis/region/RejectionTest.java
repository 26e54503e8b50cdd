package dyad.analysis.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** Rejection against models whose accepted share and marginals are known analytically. */
class RejectionTest {

    private static final int DRAWS = 100_000;

    /** Uniform draws on [0, 1) for each parameter, then scaled onto [min, max). */
    private static double[][] draws(int parameters, double[] min, double[] max) {
        MersenneTwister random = new MersenneTwister(20071121);
        double[][] draws = new double[DRAWS][parameters];
        for (double[] draw : draws) {
            for (int j = 0; j < parameters; j++) {
                draw[j] = min[j] + (max[j] - min[j]) * random.nextDouble();
            }
        }
        return draws;
    }

    /**
     * x and y uniform on [0, 1], z uniform on [2, 6] and left alone: accepting x + y < 1 keeps half the draws,
     * and x's accepted marginal is triangular, density 2 (1 − x): mean 1/3, p-quantile 1 − √(1 − p), sd √(1/18)
     * against the prior's √(1/12), and Kolmogorov–Smirnov distance max(x − x²) = 1/4 from the prior.
     */
    @Test
    void theTriangleBelowTheDiagonalIsRecovered() {
        double[] min = {0, 0, 2};
        double[] max = {1, 1, 6};
        double[][] draws = draws(3, min, max);
        boolean[][] satisfied = new boolean[DRAWS][1];
        for (int i = 0; i < DRAWS; i++) {
            satisfied[i][0] = draws[i][0] + draws[i][1] < 1;
        }
        Rejection.Result result = Rejection.estimate(draws, satisfied, min, max);
        Rejection.Share all = result.all();
        assertEquals(DRAWS, all.draws());
        assertTrue(all.low() < 0.5 && 0.5 < all.high(), all.toString());
        assertEquals(0.5, all.share(), 0.005);
        assertTrue(all.high() - all.low() < 0.01, "the interval of 100,000 draws is narrow: " + all);
        assertEquals(all, result.alone().get(0));
        for (int j = 0; j < 2; j++) {
            Rejection.Marginal x = result.marginals().get(j);
            assertEquals(1.0 / 3, x.mean(), 0.005, "mean");
            assertEquals(1 - Math.sqrt(0.95), x.q05(), 0.003, "5 %");
            assertEquals(1 - Math.sqrt(0.5), x.q50(), 0.005, "median");
            assertEquals(1 - Math.sqrt(0.05), x.q95(), 0.005, "95 %");
            assertEquals(0.25, x.ks(), 0.01, "KS distance");
            assertEquals(1 - Math.sqrt(12.0 / 18), x.sdConstraint(), 0.01, "1 - sd ratio");
            assertTrue(x.min() >= 0 && x.min() < 0.001 && x.max() < 1 && x.max() > 0.99, x.toString());
        }
        Rejection.Marginal z = result.marginals().get(2);
        assertEquals(4, z.mean(), 0.02, "the parameter no condition looks at keeps its prior");
        assertEquals(2.2, z.q05(), 0.02);
        assertEquals(5.8, z.q95(), 0.02);
        assertTrue(z.ks() < 0.01 && Math.abs(z.sdConstraint()) < 0.01, z.toString());
        assertEquals(2, result.byConstraint().get(2), "the free parameter is the least constrained");
    }

    /**
     * Two conditions: x + y < 1 (half the square) and x < 1/2 (half); both hold on ∫₀^½ (1 − x) dx = 3/8 of it,
     * and then x is uniform-ish on [0, 1/2] with density (1 − x) / (3/8): its median m solves m − m²/2 = 3/16.
     */
    @Test
    void eachConditionAloneAndAllTogetherHaveTheirShares() {
        double[] min = {0, 0};
        double[] max = {1, 1};
        double[][] draws = draws(2, min, max);
        boolean[][] satisfied = new boolean[DRAWS][2];
        for (int i = 0; i < DRAWS; i++) {
            satisfied[i][0] = draws[i][0] + draws[i][1] < 1;
            satisfied[i][1] = draws[i][0] < 0.5;
        }
        Rejection.Result result = Rejection.estimate(draws, satisfied, min, max);
        assertEquals(2, result.alone().size());
        for (Rejection.Share alone : result.alone()) {
            assertTrue(alone.low() < 0.5 && 0.5 < alone.high(), alone.toString());
        }
        Rejection.Share all = result.all();
        assertEquals(0.375, all.share(), 0.005);
        assertEquals(1 - Math.sqrt(1 - 3.0 / 8), result.marginals().get(0).q50(), 0.005);
        assertTrue(result.marginals().get(0).max() < 0.5);
        assertEquals(List.of(0, 1), result.byConstraint(), "x is cut in half, y only tilted");
        int accepted = result.accepted().size();
        assertEquals(all.passed(), accepted);
        for (int row : result.accepted()) {
            assertTrue(satisfied[row][0] && satisfied[row][1]);
        }
    }

    /**
     * The 95 % interval of the accepted share covers the true share (3/8 here) in at least 95 % of experiments
     * (Clopper–Pearson's is exact, so a little more), here 1,000 experiments of 400 draws each.
     */
    @Test
    void theAcceptedSharesIntervalCoversTheTrueShare() {
        MersenneTwister random = new MersenneTwister(7);
        int experiments = 1000;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            double[][] draws = new double[400][2];
            boolean[][] satisfied = new boolean[400][2];
            for (int i = 0; i < draws.length; i++) {
                draws[i][0] = random.nextDouble();
                draws[i][1] = random.nextDouble();
                satisfied[i][0] = draws[i][0] + draws[i][1] < 1;
                satisfied[i][1] = draws[i][0] < 0.5;
            }
            Rejection.Share all = Rejection.estimate(draws, satisfied, new double[] {0, 0}, new double[] {1, 1}).all();
            covered += all.low() <= 0.375 && 0.375 <= all.high() ? 1 : 0;
        }
        assertTrue(covered >= 0.94 * experiments && covered <= 0.99 * experiments, covered + " of " + experiments);
    }

    @Test
    void nothingAcceptedGivesAnEmptyRegionAndTheOneSidedBound() {
        double[][] draws = {{0.1}, {0.5}, {0.9}};
        boolean[][] satisfied = {{false}, {false}, {false}};
        Rejection.Result result = Rejection.estimate(draws, satisfied, new double[] {0}, new double[] {1});
        assertTrue(result.accepted().isEmpty());
        assertEquals(0, result.all().share());
        assertEquals(0, result.all().low());
        // Clopper–Pearson's upper bound for 0 of n: 1 − (0.025)^(1/n)
        assertEquals(1 - Math.pow(0.025, 1.0 / 3), result.all().high(), 1e-12);
        assertTrue(Double.isNaN(result.marginals().get(0).mean()));
        assertTrue(Double.isNaN(result.marginals().get(0).ks()));
        assertEquals(List.of(0), result.byConstraint());
    }

    @Test
    void theExactIntervalMatchesPublishedValues() {
        // Clopper and Pearson's interval for 5 of 20 (as R's binom.test gives it)
        double[] interval = Rejection.clopperPearson(5, 20);
        assertEquals(0.0866, interval[0], 1e-4);
        assertEquals(0.4910, interval[1], 1e-4);
        assertArrayEquals(new double[] {Math.pow(0.025, 1.0 / 10), 1}, Rejection.clopperPearson(10, 10), 1e-12);
    }

    @Test
    void oneAcceptedDrawIsAtItsLargerGapFromThePrior() {
        Rejection.Marginal one = Rejection.marginal(new double[] {3}, 2, 6);
        assertEquals(0.75, one.ks(), 1e-12);
        assertEquals(1, one.sdConstraint(), 1e-12);
        assertEquals(3, one.q05(), 1e-12);
    }

    @Test
    void theHistogramCountsEachBinWithTheLastClosed() {
        assertArrayEquals(new int[] {2, 0, 1, 2}, Rejection.histogram(new double[] {0, 0.2, 0.5, 0.8, 1, 1.5},
                0, 1, 4));
    }
}
