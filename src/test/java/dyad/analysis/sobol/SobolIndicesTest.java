package dyad.analysis.sobol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Sobol indices against functions whose indices are known analytically. */
class SobolIndicesTest {

    private static final int RESAMPLES = 200;

    private static double[] evaluate(List<double[]> points, ToDoubleFunction<double[]> function) {
        return points.stream().mapToDouble(function).toArray();
    }

    /** Ishigami with a = 7, b = 0.1 on [−π, π]³. */
    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void theIshigamiFunctionsIndicesAreRecovered() {
        SaltelliDesign design = new SaltelliDesign(3, 8192);
        double[] pi = {Math.PI, Math.PI, Math.PI};
        List<double[]> points = design.points(new double[] {-Math.PI, -Math.PI, -Math.PI}, pi);
        List<SobolIndices.Index> indices = SobolIndices.estimate(design, evaluate(points, SobolIndicesTest::ishigami),
                RESAMPLES, 42);
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index index = indices.get(i);
            assertEquals(first[i], index.first(), 0.02, "S" + (i + 1));
            assertEquals(total[i], index.total(), 0.02, "ST" + (i + 1));
            assertTrue(index.firstLow() <= index.first() && index.first() <= index.firstHigh(), index.toString());
            assertTrue(index.totalLow() <= index.total() && index.total() <= index.totalHigh(), index.toString());
            assertTrue(index.firstLow() - 0.02 <= first[i] && first[i] <= index.firstHigh() + 0.02,
                    "S" + (i + 1) + " near its interval: " + index);
            assertTrue(index.totalHigh() - index.totalLow() < 0.1, "a narrow interval: " + index);
        }
    }

    @Test
    void sobolsGFunctionsIndicesAreRecovered() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        ToDoubleFunction<double[]> g = x -> {
            double product = 1;
            for (int i = 0; i < a.length; i++) {
                product *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return product;
        };
        SaltelliDesign design = new SaltelliDesign(a.length, 8192);
        List<SobolIndices.Index> indices = SobolIndices.estimate(design, evaluate(design.points(), g), RESAMPLES, 7);
        double[] partial = new double[a.length];
        double product = 1;
        for (int i = 0; i < a.length; i++) {
            partial[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            product *= 1 + partial[i];
        }
        double variance = product - 1;
        for (int i = 0; i < a.length; i++) {
            double first = partial[i] / variance;
            double total = partial[i] * product / (1 + partial[i]) / variance;
            assertEquals(first, indices.get(i).first(), 0.02, "S" + (i + 1));
            assertEquals(total, indices.get(i).total(), 0.02, "ST" + (i + 1));
        }
        for (int i = 1; i < a.length - 1; i++) {
            assertTrue(indices.get(i - 1).total() > indices.get(i + 1).total(), "ordered by a: " + indices);
        }
    }

    @Test
    void theDesignHoldsAAndBAndTheirMixes() {
        SaltelliDesign design = new SaltelliDesign(2, 4);
        List<double[]> points = design.points();
        assertEquals(16, points.size());
        for (int j = 0; j < 4; j++) {
            double[] a = points.get(design.indexOfA(j));
            double[] b = points.get(design.indexOfB(j));
            for (int i = 0; i < 2; i++) {
                double[] ab = points.get(design.indexOfAB(j, i));
                for (int d = 0; d < 2; d++) {
                    assertEquals(d == i ? b[d] : a[d], ab[d]);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(design, new double[15], 10, 1));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        SaltelliDesign design = new SaltelliDesign(3, 256);
        double[] outputs = evaluate(design.points(), x -> x[0] + 2 * x[1] * x[2]);
        assertEquals(SobolIndices.estimate(design, outputs, 100, 3), SobolIndices.estimate(design, outputs, 100, 3));
    }
}
