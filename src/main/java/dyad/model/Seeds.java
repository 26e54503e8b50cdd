package dyad.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;

/**
 * Seeds of the random generator: replication r of a run with seed s always gets the same stream, whatever
 * else runs and in whatever order.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * The seed of a sweep point when every point gets its own random numbers: the master seed and the point
     * mixed by SplitMix64's finaliser, so that nearby points get unrelated streams.
     */
    public static long forPoint(long masterSeed, long point) {
        long z = masterSeed + (point + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /**
     * The generator of replication {@code replication} of seed {@code seed}, keyed but not primed: the
     * simulation's {@link SimState#start()} primes it, as MASON primes every generator (it discards the first
     * outputs, which follow the key too closely).
     */
    public static MersenneTwisterFast generator(long seed, int replication) {
        return new MersenneTwisterFast(of(seed, replication));
    }

    /** The Mersenne Twister key for replication {@code replication} of seed {@code seed}. */
    public static int[] of(long seed, int replication) {
        return new int[] {(int) (seed >>> 32), (int) seed, replication, 0x44796164};
    }
}
