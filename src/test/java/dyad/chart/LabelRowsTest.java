package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelRowsTest {

    private static final double GAP = 6;
    private static final double MAX_X = 1700;

    @Test
    void labelsFarApartShareTheFirstRowRightOfTheirAnchors() {
        List<LabelRows.Placement> placed = LabelRows.place(
                List.of(new LabelRows.Label(0, 100), new LabelRows.Label(500, 100)), GAP, 0, MAX_X);

        assertEquals(0, placed.get(0).row());
        assertEquals(0, placed.get(1).row());
        assertEquals(500 + GAP, placed.get(1).left(), 1e-9);
    }

    @Test
    void textNearTheRightEdgeEndsAtItsAnchor() {
        LabelRows.Placement p = LabelRows.place(List.of(new LabelRows.Label(1650, 200)), GAP, 0, MAX_X).get(0);

        assertEquals(1650 - GAP, p.right(), 1e-9);
    }

    @Test
    void aLabelWhoseTextCoversAnotherAnchorGoesAbove() {
        List<LabelRows.Placement> placed = LabelRows.place(
                List.of(new LabelRows.Label(100, 300), new LabelRows.Label(200, 300)), GAP, 0, MAX_X);

        assertEquals(1, placed.get(0).row());
        assertEquals(0, placed.get(1).row());
    }

    @Test
    void textsNeverOverlapEvenWhenCrowded() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            List<LabelRows.Placement> placed = LabelRows.place(randomLabels(random, 30, 400), GAP, 0, MAX_X);

            for (LabelRows.Placement p : placed) {
                for (LabelRows.Placement q : placed) {
                    assertFalse(p != q && p.row() == q.row() && p.left() < q.right() && q.left() < p.right(),
                            "texts overlap: " + p + q);
                }
            }
        }
    }

    @Test
    void leadersPassBesideTextsAtTheDensityOfARealChart() {
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            List<LabelRows.Placement> placed = LabelRows.place(randomLabels(random, 12, 240), GAP, 0, MAX_X);

            for (LabelRows.Placement p : placed) {
                for (LabelRows.Placement q : placed) {
                    boolean crosses = q.row() < p.row() && p.anchor() >= q.left() && p.anchor() <= q.right();
                    assertFalse(crosses, "leader of " + p + " crosses " + q);
                }
            }
        }
    }

    private static List<LabelRows.Label> randomLabels(Random random, int count, double maxWidth) {
        List<LabelRows.Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(new LabelRows.Label(random.nextDouble() * MAX_X, 60 + random.nextDouble() * (maxWidth - 60)));
        }
        return labels;
    }
}
