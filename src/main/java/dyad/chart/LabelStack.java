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

    static LabelStack of(List<LabelRows.Placement> spans) {
        return of(new LabelCovers(spans));
    }

    static LabelStack of(LabelCovers covers) {
        List<LabelRows.Placement> spans = covers.spans();
        int n = spans.size();
        StackingQueue queue = new StackingQueue(covers, ranks(spans, CoverChains.above(covers)));
        RowSpans rows = new RowSpans(TEXT_PADDING);
        LabelRows.Placement[] placed = new LabelRows.Placement[n];
        int crossings = 0;
        while (!queue.isEmpty()) {
            int next = queue.take();
            crossings += queue.unplacedCovered(next);
            placed[next] = lowestRow(spans.get(next), next, covers, placed, rows);
            rows.add(placed[next]);
            for (int i = covers.coverersFrom(next); i < covers.coverersTo(next); i++) {
                queue.oneFewer(covers.coverer(i));
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

    /**
     * Per label, its place among labels that cover equally many unplaced anchors: longer chains of texts to
     * carry above it first, then anchors further right, then the order given.
     */
    private static int[] ranks(List<LabelRows.Placement> spans, int[] chain) {
        Integer[] order = new Integer[spans.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (k, j) -> precedes(k, j, chain, spans) ? -1 : precedes(j, k, chain, spans) ? 1 : k - j);
        int[] rank = new int[order.length];
        for (int place = 0; place < order.length; place++) {
            rank[order[place]] = place;
        }
        return rank;
    }

    private static boolean precedes(int k, int other, int[] chain, List<LabelRows.Placement> spans) {
        if (chain[k] != chain[other]) {
            return chain[k] > chain[other];
        }
        return spans.get(k).anchor() > spans.get(other).anchor();
    }

    /** The lowest row above every placed label whose anchor the text covers, where it overlaps no other text. */
    private static LabelRows.Placement lowestRow(LabelRows.Placement span, int k, LabelCovers covers,
                                                 LabelRows.Placement[] placed, RowSpans rows) {
        int row = 0;
        for (int i = covers.coveredFrom(k); i <= covers.coveredTo(k); i++) {
            LabelRows.Placement below = placed[covers.byAnchor(i)];
            if (below != null && covers.byAnchor(i) != k) {
                row = Math.max(row, below.row() + 1);
            }
        }
        return new LabelRows.Placement(span.anchor(), span.left(), span.right(), rows.lowestFree(span, row));
    }
}
