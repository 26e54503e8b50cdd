package dyad.model;

/**
 * Bytes that arrays take on this Java's heap, for memory estimates: a 16-byte header and the elements
 * padded to 8 bytes, then as G1 lays them out in its regions. An array of half a region or more gets whole
 * regions of its own; a smaller one shares a region with others of its size, and what is left at the end
 * of the region is lost (three arrays of 0.4 regions leave a fifth of each region unused). Counting as G1
 * does errs on the safe side under the other collectors.
 */
public final class HeapSizes {

    static final long ARRAY_HEADER = 16;
    /** A reference: 4 bytes with compressed pointers, 8 on heaps of 32 GB and more; 8 keeps it simple and safe. */
    public static final long REFERENCE = 8;
    /** An object with a few fields, for objects counted one by one. */
    public static final long SMALL_OBJECT = 32;
    private static final long MB = 1L << 20;

    private HeapSizes() {
    }

    public static long doubles(long length) {
        return array(length * Double.BYTES);
    }

    public static long references(long length) {
        return array(length * REFERENCE);
    }

    /** A text of {@code length} characters, one byte each as Java stores ASCII. */
    public static long text(long length) {
        return SMALL_OBJECT + array(length);
    }

    static long array(long payload) {
        long bytes = ARRAY_HEADER + roundUp(payload, 8);
        long region = regionBytes(Runtime.getRuntime().maxMemory());
        return bytes >= region / 2 ? roundUp(bytes, region) : region / (region / bytes);
    }

    /** G1's region size for a heap: the heap over 2,048, down to a power of two, from 1 to 32 MB. */
    static long regionBytes(long maxHeap) {
        long region = Long.highestOneBit(Math.max(1, maxHeap / 2048));
        return Math.min(32 * MB, Math.max(MB, region));
    }

    private static long roundUp(long bytes, long unit) {
        return (bytes + unit - 1) / unit * unit;
    }
}
