package dyad.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts placed so far, row by row. Texts in one row keep a padding apart, so that ordered by left edge
 * they are ordered by right edge as well: only the text that starts last before a new one ends can overlap it.
 */
final class RowSpans {

    private final double padding;
    /** Per row, its texts by left edge. */
    private final List<TreeMap<Double, LabelRows.Placement>> rows = new ArrayList<>();

    RowSpans(double padding) {
        this.padding = padding;
    }

    /** The lowest row from the given one up where the text fits a padding apart from the texts there. */
    int lowestFree(LabelRows.Placement text, int from) {
        int row = from;
        while (row < rows.size() && overlapsIn(rows.get(row), text)) {
            row++;
        }
        return row;
    }

    void add(LabelRows.Placement placed) {
        while (rows.size() <= placed.row()) {
            rows.add(new TreeMap<>());
        }
        rows.get(placed.row()).put(placed.left(), placed);
    }

    private boolean overlapsIn(TreeMap<Double, LabelRows.Placement> row, LabelRows.Placement text) {
        Map.Entry<Double, LabelRows.Placement> last = row.floorEntry(text.right() + padding);
        if (last == null) {
            last = row.firstEntry();
        }
        // Its neighbours too, as the sum above may round across an edge that the test below does not.
        return last != null && (overlaps(text, last.getValue())
                || overlaps(text, row.lowerEntry(last.getKey())) || overlaps(text, row.higherEntry(last.getKey())));
    }

    private boolean overlaps(LabelRows.Placement text, Map.Entry<Double, LabelRows.Placement> entry) {
        return entry != null && overlaps(text, entry.getValue());
    }

    private boolean overlaps(LabelRows.Placement text, LabelRows.Placement other) {
        return text.left() - padding < other.right() && other.left() - padding < text.right();
    }
}
