package dyad.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CMA-ES wrapper finds known minima within bounds, the same every time from the same seed. */
class CmaesSearchTest {

    /** A tilted bowl in three parameters of different ranges, least at (0.3, -12, 250). */
    private static double bowl(double[] x) {
        double a = x[0] - 0.3;
        double b = (x[1] + 12) / 10;
        double c = (x[2] - 250) / 100;
        return a * a + b * b + c * c + 0.5 * a * b;
    }

    @Test
    void findsTheMinimumOfASmoothFunctionInsideItsBounds() {
        double[] lower = {-1, -50, 0};
        double[] upper = {1, 50, 1000};
        CmaesSearch.Result result = CmaesSearch.minimize(CmaesSearchTest::bowl, new double[] {0.9, 30, 800}, lower,
                upper, new CmaesSearch.Settings(CmaesSearch.defaultPopulation(3), 0.3, 2000, 42));
        assertEquals(0.3, result.best()[0], 1e-3);
        assertEquals(-12, result.best()[1], 1e-2);
        assertEquals(250, result.best()[2], 1e-1);
        assertEquals(0, result.value(), 1e-6);
        assertTrue(result.evaluations() <= 2000, "evaluations " + result.evaluations());
    }

    @Test
    void aMinimumBeyondABoundIsFoundOnTheBoundAndNoPointOutsideIsEvaluated() {
        double[] lower = {0, 0};
        double[] upper = {2, 1};
        double[][] seen = {{Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY}};
        CmaesSearch.Result result = CmaesSearch.minimize(x -> {
            for (int i = 0; i < 2; i++) {
                seen[0][i] = Math.min(seen[0][i], x[i]);
                seen[1][i] = Math.max(seen[1][i], x[i]);
            }
            return (x[0] - 5) * (x[0] - 5) + (x[1] - 0.4) * (x[1] - 0.4);
        }, new double[] {1, 0.5}, lower, upper, new CmaesSearch.Settings(6, 0.3, 600, 7));
        assertEquals(2, result.best()[0], 1e-4);
        assertEquals(0.4, result.best()[1], 1e-3);
        for (int i = 0; i < 2; i++) {
            assertTrue(seen[0][i] >= lower[i] && seen[1][i] <= upper[i], "evaluated outside the bounds");
        }
    }

    @Test
    void stopsAtItsBudgetAndRepeatsItselfFromTheSameSeed() {
        CmaesSearch.Settings settings = new CmaesSearch.Settings(8, 0.3, 50, 11);
        double[] lower = {-1, -50, 0};
        double[] upper = {1, 50, 1000};
        double[] start = {0.9, 30, 800};
        CmaesSearch.Result first = CmaesSearch.minimize(CmaesSearchTest::bowl, start, lower, upper, settings);
        CmaesSearch.Result second = CmaesSearch.minimize(CmaesSearchTest::bowl, start, lower, upper, settings);
        assertEquals(50, first.evaluations());
        assertArrayEquals(first.best(), second.best());
        CmaesSearch.Result other = CmaesSearch.minimize(CmaesSearchTest::bowl, start, lower, upper,
                new CmaesSearch.Settings(8, 0.3, 50, 12));
        assertTrue(!java.util.Arrays.equals(first.best(), other.best()), "another seed searches otherwise");
    }
}
