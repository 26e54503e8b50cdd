package dyad.analysis.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sequential Monte Carlo against a distance whose accepted region is known analytically. */
class SmcTest {

    private static final double[] MIN = {0, 0};
    private static final double[] MAX = {1, 1};

    /** x + y < 1 as a fact: its distance is how far x + y reaches past 1. */
    private static double[] triangle(double[][] batch) {
        return Arrays.stream(batch).mapToDouble(p -> Math.max(0, p[0] + p[1] - 1)).toArray();
    }

    /**
     * Uniform on the unit square and accepted where x + y < 1: the posterior is uniform on the triangle, where x
     * has mean 1/3. The weighted particles of the last generation must find it, and every particle must satisfy
     * the condition.
     */
    @Test
    void theLastGenerationIsTheTriangleWithMeanOneThird() {
        Smc.Run run = Smc.run(MIN, MAX, 2000, 5, 20071121, 100, SmcTest::triangle, Smc.Listener.NONE);
        Smc.Generation last = run.result();
        assertTrue(run.reachedZero());
        assertFalse(run.capped());
        assertEquals(2000, last.accepted());
        assertEquals(1.0, Arrays.stream(last.weights()).sum(), 1e-12);
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < last.accepted(); i++) {
            assertTrue(last.particles()[i][0] + last.particles()[i][1] <= 1);
            meanX += last.weights()[i] * last.particles()[i][0];
            meanY += last.weights()[i] * last.particles()[i][1];
        }
        assertEquals(1.0 / 3, meanX, 0.02);
        assertEquals(1.0 / 3, meanY, 0.02);
        // tolerances fall generation by generation, to 0
        for (int t = 2; t < run.generations().size(); t++) {
            assertTrue(run.generations().get(t).tolerance() <= run.generations().get(t - 1).tolerance());
        }
        assertEquals(Double.POSITIVE_INFINITY, run.generations().get(0).tolerance());
        assertTrue(last.effectiveSampleSize() > 0 && last.effectiveSampleSize() <= 2000 + 1e-9);
    }

    /**
     * x + y < 1/2 holds at an eighth of the prior, so the tolerance falls over several generations and the
     * particles are proposed around the previous ones: only their importance weights make them uniform on the
     * small triangle again, where x has mean 1/6 and sd √(1/72).
     */
    @Test
    void theWeightsUndoTheProposalsOverSeveralGenerations() {
        Smc.Run run = Smc.run(MIN, MAX, 4000, 6, 20071121, 100, batch -> Arrays.stream(batch)
                .mapToDouble(p -> Math.max(0, p[0] + p[1] - 0.5)).toArray(), Smc.Listener.NONE);
        Smc.Generation last = run.result();
        assertTrue(run.reachedZero());
        assertTrue(run.generations().size() >= 3, "tolerances: " + run.generations().size());
        assertTrue(run.generations().get(1).tolerance() > 0);
        assertEquals(1.0, Arrays.stream(last.weights()).sum(), 1e-12);
        double mean = 0;
        double square = 0;
        for (int i = 0; i < last.accepted(); i++) {
            assertTrue(last.particles()[i][0] + last.particles()[i][1] <= 0.5);
            mean += last.weights()[i] * last.particles()[i][0];
            square += last.weights()[i] * last.particles()[i][0] * last.particles()[i][0];
        }
        assertEquals(1.0 / 6, mean, 0.006);
        assertEquals(Math.sqrt(1.0 / 72), Math.sqrt(square - mean * mean), 0.006);
    }

    @Test
    void theSameSeedAndBatchGiveTheSameParticles() {
        Smc.Run a = Smc.run(MIN, MAX, 200, 3, 7, 32, SmcTest::triangle, Smc.Listener.NONE);
        Smc.Run b = Smc.run(MIN, MAX, 200, 3, 7, 32, SmcTest::triangle, Smc.Listener.NONE);
        assertArrayEquals(a.result().weights(), b.result().weights());
        assertArrayEquals(a.result().particles()[199], b.result().particles()[199]);
    }

    /** A condition nothing satisfies stops at the cap on proposals and keeps the last complete generation. */
    @Test
    void anUnreachableConditionStopsAtTheCap() {
        Smc.Run run = Smc.run(MIN, MAX, 20, 3, 7, 16, batch -> Arrays.stream(batch).mapToDouble(p -> 1 + p[0])
                .toArray(), Smc.Listener.NONE);
        assertTrue(run.capped());
        assertFalse(run.reachedZero());
        Smc.Generation failed = run.generations().get(run.generations().size() - 1);
        assertEquals(0, failed.accepted());
        assertEquals(Smc.MAX_PROPOSALS_PER_PARTICLE * 20, failed.proposals());
        assertEquals(failed.index() - 1, run.result().index());
        assertTrue(run.result().tolerance() > 0);
    }

    @Test
    void theWeightedMedianOfEvenWeightsIsTheMiddleValue() {
        assertEquals(2, Smc.weightedQuantile(new double[] {3, 1, 2}, new double[] {1, 1, 1}, 0.5));
        assertEquals(3, Smc.weightedQuantile(new double[] {3, 1, 2}, new double[] {0.1, 0.1, 0.8}, 0.95));
    }
}
