package dyad.chart;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which texts cover which anchors, for labels whose sides are chosen. Anchors are sorted once, so that the
 * anchors one text covers are a run of that order, found by binary search; the time is then that of the
 * pairs that do cover, not of all pairs.
 */
final class LabelCovers {

    private static final double LEADER_CLEARANCE = 3;

    private final List<LabelRows.Placement> spans;
    /** Label indices by anchor. */
    private final int[] byAnchor;
    /** Per label, the run of byAnchor whose anchors its text covers (its own anchor included, if covered). */
    private final int[] firstCovered;
    private final int[] lastCovered;
    /** Whether a label's text covers its own anchor, which only a gap below the clearance allows. */
    private final boolean[] ownAnchorCovered;
    /** Per label k, coverers[coverersStart[k] .. coverersStart[k + 1]) are the labels covering its anchor. */
    private final int[] coverersStart;
    private final int[] coverers;

    LabelCovers(List<LabelRows.Placement> spans) {
        this.spans = spans;
        int n = spans.size();
        byAnchor = sortedByAnchor(spans);
        double[] anchors = new double[n];
        for (int i = 0; i < n; i++) {
            anchors[i] = spans.get(byAnchor[i]).anchor();
        }
        firstCovered = new int[n];
        lastCovered = new int[n];
        coverersStart = new int[n + 1];
        ownAnchorCovered = new boolean[n];
        // How many texts cover each place in anchor order: +1 where a run starts, -1 after it ends.
        int[] runEdges = new int[n + 1];
        for (int k = 0; k < n; k++) {
            LabelRows.Placement text = spans.get(k);
            firstCovered[k] = firstAtLeast(anchors, text.left() - LEADER_CLEARANCE);
            lastCovered[k] = firstAbove(anchors, text.right() + LEADER_CLEARANCE) - 1;
            ownAnchorCovered[k] = text.anchor() >= text.left() - LEADER_CLEARANCE
                    && text.anchor() <= text.right() + LEADER_CLEARANCE;
            if (firstCovered[k] <= lastCovered[k]) {
                runEdges[firstCovered[k]]++;
                runEdges[lastCovered[k] + 1]--;
            }
        }
        int covering = 0;
        for (int i = 0; i < n; i++) {
            covering += runEdges[i];
            int k = byAnchor[i];
            coverersStart[k + 1] = covering - (ownAnchorCovered[k] ? 1 : 0);
        }
        for (int k = 0; k < n; k++) {
            coverersStart[k + 1] += coverersStart[k];
        }
        coverers = new int[coverersStart[n]];
        int[] filled = Arrays.copyOf(coverersStart, n);
        // Coverers are added in increasing index, so each label's list is in increasing index.
        for (int j = 0; j < n; j++) {
            for (int i = firstCovered[j]; i <= lastCovered[j]; i++) {
                int k = byAnchor[i];
                if (k != j) {
                    coverers[filled[k]++] = j;
                }
            }
        }
    }

    List<LabelRows.Placement> spans() {
        return spans;
    }

    int size() {
        return spans.size();
    }

    /** How many other labels' anchors the text of label k covers. */
    int coveredCount(int k) {
        return lastCovered[k] - firstCovered[k] + 1 - (ownAnchorCovered[k] ? 1 : 0);
    }

    /** How many pairs of a text and another label's anchor that it covers there are. */
    int pairs() {
        return coverers.length;
    }

    /**
     * The first place in anchor order of the anchors that the text of label k covers: they run from there to
     * coveredTo, inclusive, and may include k's own.
     */
    int coveredFrom(int k) {
        return firstCovered[k];
    }

    int coveredTo(int k) {
        return lastCovered[k];
    }

    /** The label at the given place in anchor order. */
    int byAnchor(int place) {
        return byAnchor[place];
    }

    /** Where the labels whose texts cover label k's anchor start, for coverer; they end before coverersTo. */
    int coverersFrom(int k) {
        return coverersStart[k];
    }

    int coverersTo(int k) {
        return coverersStart[k + 1];
    }

    /** A label whose text covers another's anchor, at an index from coverersFrom to coverersTo of that one. */
    int coverer(int index) {
        return coverers[index];
    }

    private static int[] sortedByAnchor(List<LabelRows.Placement> spans) {
        return IntStream.range(0, spans.size()).boxed()
                .sorted((a, b) -> Double.compare(spans.get(a).anchor(), spans.get(b).anchor()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The first place whose value is at least x, or the length if none. */
    private static int firstAtLeast(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] >= x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The first place whose value is above x, or the length if none. */
    private static int firstAbove(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
