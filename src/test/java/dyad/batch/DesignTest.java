package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.design.Design;
import dyad.batch.design.GridDesign;
import dyad.batch.design.LatinHypercubeDesign;
import dyad.batch.design.MorrisDesign;
import dyad.batch.design.RandomDesign;
import dyad.batch.design.SaltelliDesign;
import dyad.batch.design.SobolDesign;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {

    static final SweepParameter OIL = new SweepParameter("a", List.of(), 0.0, 1.0, 5);
    static final SweepParameter PRESSURE = new SweepParameter("b", List.of(), -2.0, 2.0, 3);
    static final SweepParameter LISTED = new SweepParameter("c", List.of(0.1, 0.7), Double.NaN, Double.NaN, 0);

    @Test
    void aGridHasEveryCombinationWithTheLastParameterFastest() {
        List<double[]> points = new GridDesign().points(List.of(OIL, PRESSURE, LISTED), 1);
        assertEquals(5 * 3 * 2, points.size());
        assertArrayEquals(new double[] {0.0, -2.0, 0.1}, points.get(0));
        assertArrayEquals(new double[] {0.0, -2.0, 0.7}, points.get(1));
        assertArrayEquals(new double[] {0.0, 0.0, 0.1}, points.get(2));
        assertArrayEquals(new double[] {1.0, 2.0, 0.7}, points.get(29));
        Set<String> distinct = new HashSet<>();
        points.forEach(p -> distinct.add(java.util.Arrays.toString(p)));
        assertEquals(30, distinct.size());
    }

    @Test
    void designsCountTheirPointsWithoutLayingThemOut() {
        List<SweepParameter> parameters = List.of(OIL, PRESSURE, LISTED);
        for (Design design : List.of(new GridDesign(), new RandomDesign(7), new LatinHypercubeDesign(7),
                new SobolDesign(7), new SaltelliDesign(7), new MorrisDesign(7, 4))) {
            assertEquals(design.points(parameters, 1).size(), design.pointCount(parameters), design.name());
        }
        SweepParameter fine = new SweepParameter("d", List.of(), 0.0, 1.0, 10_000);
        assertEquals(1_000_000_000_000L, new GridDesign().pointCount(List.of(fine, fine, fine)));
        assertEquals(Long.MAX_VALUE, new GridDesign().pointCount(List.of(fine, fine, fine, fine, fine)));
    }

    @Test
    void aLatinHypercubeHasOnePointInEveryStratumOfEveryParameter() {
        int n = 40;
        List<double[]> points = new LatinHypercubeDesign(n).points(List.of(OIL, PRESSURE), 9);
        assertEquals(n, points.size());
        for (int d = 0; d < 2; d++) {
            SweepParameter parameter = d == 0 ? OIL : PRESSURE;
            boolean[] hit = new boolean[n];
            for (double[] point : points) {
                double u = (point[d] - parameter.min()) / (parameter.max() - parameter.min());
                int stratum = (int) Math.floor(u * n);
                assertTrue(stratum >= 0 && stratum < n);
                assertTrue(!hit[stratum], "two points in stratum " + stratum);
                hit[stratum] = true;
            }
        }
    }

    @Test
    void sobolPointsLieInRangeAndDoNotRepeat() {
        List<double[]> points = new SobolDesign(64).points(List.of(OIL, PRESSURE), 0);
        Set<String> distinct = new HashSet<>();
        for (double[] point : points) {
            assertTrue(point[0] >= 0 && point[0] < 1 && point[1] >= -2 && point[1] < 2);
            distinct.add(java.util.Arrays.toString(point));
        }
        assertEquals(64, distinct.size());
        double meanOfFirst = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        assertEquals(0.5, meanOfFirst, 0.02, "low discrepancy: the first 64 points fill the range evenly");
    }

    @Test
    void sampledDesignsAreReproducibleFromTheSeed() {
        for (Design design : List.of(new RandomDesign(10), new LatinHypercubeDesign(10))) {
            List<double[]> first = design.points(List.of(OIL, PRESSURE), 42);
            List<double[]> again = design.points(List.of(OIL, PRESSURE), 42);
            List<double[]> other = design.points(List.of(OIL, PRESSURE), 43);
            for (int i = 0; i < 10; i++) {
                assertArrayEquals(first.get(i), again.get(i));
                assertTrue(first.get(i)[0] >= 0 && first.get(i)[0] <= 1);
            }
            assertNotEquals(java.util.Arrays.toString(first.get(0)), java.util.Arrays.toString(other.get(0)));
        }
    }

    @Test
    void sampledDesignsPickFromAListOfValues() {
        for (double[] point : new RandomDesign(20).points(List.of(LISTED), 1)) {
            assertTrue(point[0] == 0.1 || point[0] == 0.7);
        }
    }

    @Test
    void saltellisDesignHasRowsOfAThenEachMixThenB() {
        SweepParameter a = new SweepParameter("a", List.of(), 0.0, 1.0, 0);
        SweepParameter b = new SweepParameter("b", List.of(), -2.0, 2.0, 0);
        SweepParameter c = new SweepParameter("c", List.of(), 10.0, 20.0, 0);
        List<SweepParameter> parameters = List.of(a, b, c);
        SaltelliDesign design = new SaltelliDesign(8);
        List<double[]> points = design.points(parameters, 1);
        assertEquals(8 * (3 + 2), points.size());
        assertEquals(points.size(), design.pointCount(parameters));
        SaltelliDesign.Layout layout = design.layout(3);
        Set<String> distinct = new HashSet<>();
        for (int row = 0; row < 8; row++) {
            double[] rowA = points.get(layout.indexOfA(row));
            double[] rowB = points.get(layout.indexOfB(row));
            assertEquals(row * 5, layout.indexOfA(row));
            assertEquals(row * 5 + 4, layout.indexOfB(row));
            distinct.add(java.util.Arrays.toString(rowA));
            for (int i = 0; i < 3; i++) {
                double[] mixed = points.get(layout.indexOfAB(row, i));
                assertEquals(row * 5 + 1 + i, layout.indexOfAB(row, i));
                for (int d = 0; d < 3; d++) {
                    assertEquals(d == i ? rowB[d] : rowA[d], mixed[d], "row " + row + ", A_B(" + i + "), column " + d);
                }
            }
            for (int d = 0; d < 3; d++) {
                SweepParameter parameter = parameters.get(d);
                assertTrue(rowA[d] >= parameter.min() && rowA[d] < parameter.max());
                assertTrue(rowB[d] >= parameter.min() && rowB[d] < parameter.max());
            }
        }
        assertEquals(8, distinct.size());
        assertEquals(points.size(), new SaltelliDesign(8).points(parameters, 99).size(), "the seed plays no part");
        assertArrayEquals(points.get(13), new SaltelliDesign(8).points(parameters, 99).get(13));
    }

    @Test
    void morrisTrajectoriesChangeOneParameterAtATimeOnTheLevels() {
        List<SweepParameter> parameters = List.of(OIL, PRESSURE);
        MorrisDesign design = new MorrisDesign(5, 4);
        List<double[]> points = design.points(parameters, 3);
        assertEquals(5 * 3, points.size());
        for (int t = 0; t < 5; t++) {
            for (int s = 1; s <= 2; s++) {
                double[] before = points.get(t * 3 + s - 1);
                double[] after = points.get(t * 3 + s);
                int changed = (before[0] != after[0] ? 1 : 0) + (before[1] != after[1] ? 1 : 0);
                assertEquals(1, changed, "one parameter a step");
            }
        }
        for (double[] point : points) {
            double u = (point[0] - OIL.min()) / (OIL.max() - OIL.min());
            assertEquals(0, (u * 3) - Math.rint(u * 3), 1e-12, "on one of 4 levels: " + u);
        }
        assertArrayEquals(points.get(7), design.points(parameters, 3).get(7));
    }
}
