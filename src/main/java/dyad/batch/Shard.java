package dyad.batch;

/**
 * One of {@code count} parts of a sweep, numbered from 1: a contiguous range of the sweep's runs, in run
 * order, as long as the others within one run. Merged in order, the shards' runs are the whole sweep's.
 */
public record Shard(int index, int count) {

    /** More shards than this is more tasks than a cluster takes in one array many times over. */
    public static final int MAX_COUNT = 100_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
            throw new IllegalArgumentException("Shard " + index + " of " + count);
        }
    }

    /** "k/K", as on the command line; null if the text is not of that form. */
    public static Shard parse(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{1,6})/(\\d{1,6})").matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        return count >= 1 && count <= MAX_COUNT && index >= 1 && index <= count ? new Shard(index, count) : null;
    }

    /** The first run of this shard of a sweep of {@code runs} runs. */
    public long firstRun(long runs) {
        return Math.multiplyExact(runs, (long) index - 1) / count;
    }

    /** The run after this shard's last. */
    public long endRun(long runs) {
        return Math.multiplyExact(runs, (long) index) / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
