package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * By default a sweep's fan chart shows the point lowest in every parameter, the one nearest the base scenario and
 * the one highest in every parameter: the base run between the design's two extremes, whatever the design.
 */
class FanPointsTest {

    private static final Path CASE = Path.of("src/test/resources/scenarios/neighbours");

    @Test
    void onAGridTheCornersAndTheBaseScenariosPoint() {
        // reciprocity 1, 2, 3.5 × containment 0, 0.5, 1; the base has 2 and 0.5: point 4
        SweepPlan plan = SweepPlan.of(SweepLoader.load(CASE.resolve("neighbours-grid.yaml")), false);
        assertEquals(List.of(0, 4, 8), FanTable.points(plan));
    }

    @Test
    void onALatinHypercubeThePointsAtTheExtremesAndNearestTheBase() {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(CASE.resolve("neighbours-lhs.yaml")), false);
        List<double[]> points = plan.points();
        List<Integer> fan = FanTable.points(plan);
        assertEquals(3, fan.size(), fan.toString());
        double[] sums = points.stream().mapToDouble(FanPointsTest::scaledSum).toArray();
        int lowest = 0;
        int highest = 0;
        for (int i = 1; i < sums.length; i++) {
            lowest = sums[i] < sums[lowest] ? i : lowest;
            highest = sums[i] > sums[highest] ? i : highest;
        }
        assertEquals(true, fan.contains(lowest), "lowest " + lowest + " not in " + fan);
        assertEquals(true, fan.contains(highest), "highest " + highest + " not in " + fan);
        // reciprocity from 0.5 to 4 and containment from 0 to 2 in the sweep; the base has 2 and 0.5
        assertEquals(List.of(3, 5, 9), fan, "the points drawn by the seed of neighbours-lhs.yaml");
    }

    private static double scaledSum(double[] point) {
        return (point[0] - 0.5) / 3.5 + point[1] / 2;
    }
}
