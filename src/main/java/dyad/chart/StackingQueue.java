package dyad.chart;

/**
 * The labels still to stack, the next one first: the one whose text covers the fewest unplaced anchors, then
 * the lowest rank. A binary heap with a position per label, so that a label's count can drop in place.
 */
final class StackingQueue {

    private final int[] unplacedCovered;
    private final int[] rank;
    private final int[] heap;
    /** Where each label is in the heap, or -1 once taken. */
    private final int[] position;
    private int size;

    /** @param rank per label, a distinct number that orders labels with equal counts */
    StackingQueue(LabelCovers covers, int[] rank) {
        int n = covers.size();
        this.rank = rank;
        unplacedCovered = new int[n];
        heap = new int[n];
        position = new int[n];
        for (int k = 0; k < n; k++) {
            unplacedCovered[k] = covers.coveredCount(k);
            heap[k] = k;
            position[k] = k;
        }
        size = n;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The next label, which leaves the queue. */
    int take() {
        int next = heap[0];
        size--;
        if (size > 0) {
            move(heap[size], 0);
            siftDown(0);
        }
        position[next] = -1;
        return next;
    }

    /** How many unplaced labels' anchors the text of label k covers. */
    int unplacedCovered(int k) {
        return unplacedCovered[k];
    }

    /** Label k's text covers one unplaced anchor fewer; nothing once k itself is placed. */
    void oneFewer(int k) {
        if (position[k] >= 0) {
            unplacedCovered[k]--;
            siftUp(position[k]);
        }
    }

    private boolean before(int a, int b) {
        return unplacedCovered[a] != unplacedCovered[b] ? unplacedCovered[a] < unplacedCovered[b] : rank[a] < rank[b];
    }

    private void siftUp(int i) {
        int k = heap[i];
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(k, heap[parent])) {
                break;
            }
            move(heap[parent], i);
            i = parent;
        }
        move(k, i);
    }

    private void siftDown(int i) {
        int k = heap[i];
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], k)) {
                break;
            }
            move(heap[child], i);
            i = child;
        }
        move(k, i);
    }

    private void move(int k, int i) {
        heap[i] = k;
        position[k] = i;
    }
}
