package dyad.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Labels whose sides are chosen, stacked in rows: a text that covers another label's anchor sits above it,
 * so that the other's leader ends below the text. Labels that have the longest chains of texts to carry
 * above them are placed first, each in the lowest row where its text overlaps no other.
 *
 * @param crossings how many leaders cross a text, which only texts covering each other's anchors force
 */
record LabelStack(List<LabelRows.Placement> placements, int crossings) {

    private static final double TEXT_PADDING = 12;
    private static final double LEADER_CLEARANCE = 3;

    static LabelStack of(List<LabelRows.Placement> spans) {
        int n = spans.size();
        boolean[][] covers = new boolean[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                covers[k][j] = j != k && covers(spans.get(k), spans.get(j).anchor());
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
            placed[next] = lowestRow(spans.get(next), next, covers, placed);
            for (int k = 0; k < n; k++) {
                unplacedCovered[k] -= covers[k][next] ? 1 : 0;
            }
        }
        return new LabelStack(List.of(placed), crossings);
    }

    int rows() {
        return placements.stream().mapToInt(LabelRows.Placement::row).max().orElse(-1) + 1;
    }

    long leftwards() {
        return placements.stream().filter(p -> p.right() <= p.anchor()).count();
    }

    /** Fewer crossings, else fewer rows, else fewer texts left of their anchors. */
    boolean isBetterThan(LabelStack other) {
        if (crossings != other.crossings) {
            return crossings < other.crossings;
        }
        return rows() != other.rows() ? rows() < other.rows() : leftwards() < other.leftwards();
    }

    /** The longest chain of labels whose texts cover label k's anchor, one above the other; cycles cut. */
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

    private static LabelRows.Placement lowestRow(LabelRows.Placement span, int k, boolean[][] covers,
                                                 LabelRows.Placement[] placed) {
        int row = 0;
        for (int j = 0; j < placed.length; j++) {
            if (covers[k][j] && placed[j] != null) {
                row = Math.max(row, placed[j].row() + 1);
            }
        }
        while (overlapsInRow(span, row, placed)) {
            row++;
        }
        return new LabelRows.Placement(span.anchor(), span.left(), span.right(), row);
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

    private static boolean covers(LabelRows.Placement text, double leader) {
        return leader >= text.left() - LEADER_CLEARANCE && leader <= text.right() + LEADER_CLEARANCE;
    }
}
