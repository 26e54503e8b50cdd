package dyad.analysis.morris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Morris's elementary effects on functions whose behaviour is known. */
class ElementaryEffectsTest {

    private static List<ElementaryEffects.Effect> effects(MorrisDesign design, ToDoubleFunction<double[]> function) {
        return ElementaryEffects.estimate(design, design.points().stream().mapToDouble(function).toArray());
    }

    @Test
    void aLinearFunctionHasItsCoefficientsAsEffectsWithNoSpread() {
        MorrisDesign design = MorrisDesign.of(4, 20, 4, 1);
        List<ElementaryEffects.Effect> effects = effects(design, x -> 3 * x[0] - 2 * x[1] + 0.5 * x[2]);
        double[] coefficients = {3, -2, 0.5, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(coefficients[i], effects.get(i).mu(), 1e-9, "mu " + i);
            assertEquals(Math.abs(coefficients[i]), effects.get(i).muStar(), 1e-9, "mu* " + i);
            assertEquals(0, effects.get(i).sigma(), 1e-9, "sigma " + i);
        }
    }

    @Test
    void anInteractionSpreadsTheEffectsAndAnInertParameterHasNone() {
        MorrisDesign design = MorrisDesign.of(3, 30, 4, 2);
        List<ElementaryEffects.Effect> effects = effects(design, x -> x[0] * x[1]);
        assertTrue(effects.get(0).sigma() > 0.1, effects.toString());
        assertTrue(effects.get(1).sigma() > 0.1, effects.toString());
        assertEquals(0, effects.get(2).muStar(), 0);
        assertEquals(0, effects.get(2).sigma(), 0);
    }

    @Test
    void sobolsGFunctionIsRankedByItsCoefficients() {
        double[] a = {0, 1, 4.5, 9, 99};
        MorrisDesign design = MorrisDesign.of(a.length, 50, 4, 3);
        List<ElementaryEffects.Effect> effects = effects(design, x -> {
            double product = 1;
            for (int i = 0; i < a.length; i++) {
                product *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return product;
        });
        for (int i = 1; i < a.length; i++) {
            assertTrue(effects.get(i - 1).muStar() > effects.get(i).muStar(), "ordered by a: " + effects);
        }
    }

    @Test
    void everyTrajectoryStaysOnTheGridAndChangesEachParameterOnce() {
        MorrisDesign design = MorrisDesign.of(5, 10, 6, 4);
        assertEquals(60, design.size());
        double delta = MorrisDesign.delta(6);
        assertEquals(0.6, delta, 1e-12);
        for (int t = 0; t < 10; t++) {
            boolean[] seen = new boolean[5];
            for (int s = 1; s <= 5; s++) {
                int at = t * 6 + s;
                int i = design.changed()[at];
                seen[i] = true;
                double[] before = design.points().get(at - 1);
                double[] after = design.points().get(at);
                assertEquals(design.steps()[at], after[i] - before[i], 1e-12);
                assertEquals(delta, Math.abs(design.steps()[at]), 1e-12);
                for (double value : after) {
                    assertTrue(value >= 0 && value <= 1, "in the cube");
                    assertEquals(0, value * 5 - Math.rint(value * 5), 1e-9, "on the grid");
                }
            }
            for (boolean one : seen) {
                assertTrue(one);
            }
        }
    }
}
