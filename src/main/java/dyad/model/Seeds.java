package dyad.model;

/**
 * Seeds of the random generator: replication r of a run with seed s always gets the same stream, whatever
 * else runs and in whatever order.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The Mersenne Twister key for replication {@code replication} of seed {@code seed}. */
    public static int[] of(long seed, int replication) {
        return new int[] {(int) (seed >>> 32), (int) seed, replication, 0x44796164};
    }
}
