package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelStackTest {

    private static final double TEXT_PADDING = 12;
    private static final double LEADER_CLEARANCE = 3;

    @Test
    void stacksAsTheRuleSaysWhenSidesAreMixed() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<LabelRows.Placement> spans = randomSpans(random, 1 + random.nextInt(60), 400);

            assertEquals(stackedByRule(spans), LabelStack.of(spans), "spans " + spans);
        }
    }

    @Test
    void stacksAsTheRuleSaysWhenAnchorsCrowdAndRepeat() {
        Random random = new Random(12);
        for (int round = 0; round < 100; round++) {
            List<LabelRows.Placement> spans = new ArrayList<>();
            for (int k = 0; k < 150; k++) {
                double anchor = 300 + 4 * random.nextInt(60);
                spans.add(span(anchor, 40 + random.nextDouble() * 200, random.nextBoolean(), 6));
            }

            assertEquals(stackedByRule(spans), LabelStack.of(spans), "spans " + spans);
        }
    }

    @Test
    void aGapBelowTheClearanceLetsNoTextCoverItsOwnAnchor() {
        Random random = new Random(13);
        for (int round = 0; round < 100; round++) {
            List<LabelRows.Placement> spans = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                spans.add(span(random.nextDouble() * 800, random.nextDouble() * 150, random.nextBoolean(), 1));
            }

            assertEquals(stackedByRule(spans), LabelStack.of(spans), "spans " + spans);
        }
    }

    private static List<LabelRows.Placement> randomSpans(Random random, int count, double maxWidth) {
        List<LabelRows.Placement> spans = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            spans.add(span(random.nextDouble() * 1700, 20 + random.nextDouble() * maxWidth, random.nextBoolean(), 6));
        }
        return spans;
    }

    private static LabelRows.Placement span(double anchor, double width, boolean right, double gap) {
        return right ? new LabelRows.Placement(anchor, anchor + gap, anchor + gap + width, 0)
                : new LabelRows.Placement(anchor, anchor - gap - width, anchor - gap, 0);
    }

    /**
     * The stacking rule read directly, comparing every pair: repeatedly the unplaced label covering the fewest
     * unplaced anchors (then the longest chain above, the anchor furthest right, the first given) goes in the
     * lowest row above the labels it covers where it overlaps no placed text.
     */
    private static LabelStack stackedByRule(List<LabelRows.Placement> spans) {
        int n = spans.size();
        boolean[][] covers = new boolean[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                LabelRows.Placement text = spans.get(k);
                double leader = spans.get(j).anchor();
                covers[k][j] = j != k && leader >= text.left() - LEADER_CLEARANCE
                        && leader <= text.right() + LEADER_CLEARANCE;
            }
        }
        int[] chain = new int[n];
        Arrays.fill(chain, -1);
        for (int k = 0; k < n; k++) {
            chainAbove(k, covers, chain, new boolean[n]);
        }
        int[] unplacedCovered = new int[n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                unplacedCovered[k] += covers[k][j] ? 1 : 0;
            }
        }
        LabelRows.Placement[] placed = new LabelRows.Placement[n];
        int crossings = 0;
        for (int count = 0; count < n; count++) {
            int next = -1;
            for (int k = 0; k < n; k++) {
                if (placed[k] == null && (next < 0 || unplacedCovered[k] < unplacedCovered[next]
                        || unplacedCovered[k] == unplacedCovered[next] && precedes(k, next, chain, spans))) {
                    next = k;
                }
            }
            crossings += unplacedCovered[next];
            int row = 0;
            for (int j = 0; j < n; j++) {
                if (covers[next][j] && placed[j] != null) {
                    row = Math.max(row, placed[j].row() + 1);
                }
            }
            while (overlapsInRow(spans.get(next), row, placed)) {
                row++;
            }
            LabelRows.Placement span = spans.get(next);
            placed[next] = new LabelRows.Placement(span.anchor(), span.left(), span.right(), row);
            for (int k = 0; k < n; k++) {
                unplacedCovered[k] -= covers[k][next] ? 1 : 0;
            }
        }
        return new LabelStack(List.of(placed), crossings);
    }

    private static int chainAbove(int k, boolean[][] covers, int[] chain, boolean[] visiting) {
        if (chain[k] >= 0) {
            return chain[k];
        }
        visiting[k] = true;
        int longest = 0;
        for (int j = 0; j < covers.length; j++) {
            if (covers[j][k] && !visiting[j]) {
                longest = Math.max(longest, 1 + chainAbove(j, covers, chain, visiting));
            }
        }
        visiting[k] = false;
        chain[k] = longest;
        return longest;
    }

    private static boolean precedes(int k, int other, int[] chain, List<LabelRows.Placement> spans) {
        if (chain[k] != chain[other]) {
            return chain[k] > chain[other];
        }
        return spans.get(k).anchor() > spans.get(other).anchor();
    }

    private static boolean overlapsInRow(LabelRows.Placement span, int row, LabelRows.Placement[] placed) {
        for (LabelRows.Placement q : placed) {
            if (q != null && q.row() == row
                    && span.left() - TEXT_PADDING < q.right() && q.left() - TEXT_PADDING < span.right()) {
                return true;
            }
        }
        return false;
    }
}
