package dyad.chart;

import java.util.Arrays;

/**
 * For each label, the longest chain of labels whose texts cover its anchor, one above the other. Texts that
 * cover each other's anchors make cycles; a chain ends where it would return to a label already on it, and
 * labels are explored in index order, so that the cut is always the same.
 */
final class CoverChains {

    private CoverChains() {
    }

    /** The chain length above each label: 0 where no text covers its anchor. */
    static int[] above(LabelCovers covers) {
        int n = covers.size();
        int[] chain = new int[n];
        Arrays.fill(chain, -1);
        boolean[] visiting = new boolean[n];
        // An explicit stack of the labels being explored, so that long chains cannot overflow the call stack.
        int[] path = new int[n];
        int[] nextCoverer = new int[n];
        int[] longest = new int[n];
        for (int root = 0; root < n; root++) {
            if (chain[root] >= 0) {
                continue;
            }
            int depth = 0;
            path[0] = root;
            nextCoverer[0] = covers.coverersFrom(root);
            longest[0] = 0;
            visiting[root] = true;
            while (depth >= 0) {
                int k = path[depth];
                if (nextCoverer[depth] < covers.coverersTo(k)) {
                    int j = covers.coverer(nextCoverer[depth]++);
                    if (visiting[j]) {
                        continue;
                    }
                    if (chain[j] >= 0) {
                        longest[depth] = Math.max(longest[depth], 1 + chain[j]);
                        continue;
                    }
                    depth++;
                    path[depth] = j;
                    nextCoverer[depth] = covers.coverersFrom(j);
                    longest[depth] = 0;
                    visiting[j] = true;
                } else {
                    visiting[k] = false;
                    chain[k] = longest[depth];
                    depth--;
                    if (depth >= 0) {
                        longest[depth] = Math.max(longest[depth], 1 + chain[k]);
                    }
                }
            }
        }
        return chain;
    }
}
