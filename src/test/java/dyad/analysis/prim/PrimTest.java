package dyad.analysis.prim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** PRIM finds a box that is known: y = 1 where x1 < 0.3 and x2 > 0.6, with noise, among 2,000 uniform points. */
class PrimTest {

    private static final int ROWS = 2000;

    private static double[][] uniform(int rows, int dimensions, long seed) {
        MersenneTwister random = new MersenneTwister(seed);
        double[][] x = new double[rows][dimensions];
        for (double[] row : x) {
            for (int d = 0; d < dimensions; d++) {
                row[d] = random.nextDouble();
            }
        }
        return x;
    }

    /** Inside the box the condition holds in 95 % of the rows, outside in 3 %. */
    private static boolean[] knownBox(double[][] x, long seed) {
        MersenneTwister random = new MersenneTwister(seed);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean inside = x[i][0] < 0.3 && x[i][1] > 0.6;
            y[i] = inside ? random.nextDouble() < 0.95 : random.nextDouble() < 0.03;
        }
        return y;
    }

    @Test
    void peelingFindsTheKnownBoxAndLeavesTheOtherDimensionsFree() {
        double[][] x = uniform(ROWS, 4, 1);
        Prim prim = new Prim(x, knownBox(x, 2));
        List<Prim.Step> trajectory = prim.peel(Prim.ALPHA, Prim.MIN_SUPPORT);
        Prim.Step chosen = trajectory.get(Prim.choose(trajectory, 0.8));
        assertTrue(chosen.density() >= 0.8, chosen.toString());
        assertTrue(chosen.coverage() > 0.7, chosen.toString());
        List<Prim.Limit> limits = prim.limits(chosen.box());
        assertEquals(0.3, limits.get(0).upper(), 0.05, limits.toString());
        assertEquals(0.6, limits.get(1).lower(), 0.05, limits.toString());
        assertTrue(limits.get(0).quasiP() < 1e-6, limits.toString());
        assertTrue(limits.get(1).quasiP() < 1e-6, limits.toString());
        for (int d = 2; d < 4; d++) {
            Prim.Limit limit = limits.get(d);
            assertTrue(!limit.restricted() || limit.quasiP() > 0.05, "x" + (d + 1) + " is inert: " + limit);
        }
    }

    @Test
    void theTrajectoryRisesInDensityAndFallsInCoverageAndSupport() {
        double[][] x = uniform(ROWS, 4, 3);
        Prim prim = new Prim(x, knownBox(x, 4));
        List<Prim.Step> trajectory = prim.peel(0.1, 0.02);
        Prim.Step first = trajectory.get(0);
        assertEquals(1, first.coverage());
        assertEquals(1, first.support());
        assertEquals(0, first.restricted());
        for (int i = 1; i < trajectory.size(); i++) {
            assertTrue(trajectory.get(i).density() > trajectory.get(i - 1).density());
            assertTrue(trajectory.get(i).coverage() <= trajectory.get(i - 1).coverage());
            assertTrue(trajectory.get(i).support() < trajectory.get(i - 1).support());
            assertTrue(trajectory.get(i).support() >= 0.02);
        }
    }

    @Test
    void pastingWidensABoxPeeledTooFar() {
        double[][] x = uniform(ROWS, 2, 5);
        boolean[] y = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = x[i][0] < 0.5;
        }
        Prim prim = new Prim(x, y);
        Box tooSmall = new Box(new double[] {0, 0}, new double[] {0.5, 0.4});
        Prim.Step pasted = prim.paste(tooSmall, Prim.ALPHA);
        assertEquals(1, pasted.density());
        assertTrue(pasted.box().upper()[1] > 0.95, pasted.toString());
        assertTrue(pasted.coverage() > prim.step(tooSmall).coverage());
    }

    @Test
    void aGridPeelsWholeValuesAtATime() {
        double[][] x = new double[36][];
        boolean[] y = new boolean[36];
        for (int i = 0; i < 36; i++) {
            x[i] = new double[] {i / 6, i % 6};
            y[i] = i / 6 >= 4;
        }
        Prim prim = new Prim(x, y);
        List<Prim.Step> trajectory = prim.peel(Prim.ALPHA, Prim.MIN_SUPPORT);
        Prim.Step last = trajectory.get(trajectory.size() - 1);
        assertEquals(1, last.density());
        assertEquals(1, last.coverage());
        List<Prim.Limit> limits = prim.limits(last.box());
        assertEquals(4, limits.get(0).lower());
        assertFalse(limits.get(1).restricted());
    }

    @Test
    void quasiPValuesAreBinomialTails() {
        assertEquals(0.5 * 0.5, Prim.quasiP(2, 2, 0.5), 1e-12);
        assertEquals(1, Prim.quasiP(0, 5, 0.3), 0);
        assertEquals(1 - Math.pow(0.9, 3), Prim.quasiP(1, 3, 0.1), 1e-12);
    }

    @Test
    void badDataIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Prim(new double[][] {{1}, {2}}, new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> new Prim(new double[][] {{1}, {Double.NaN}},
                new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class, () -> new Prim(new double[][] {{1}, {2}}, new boolean[] {true}));
    }
}
