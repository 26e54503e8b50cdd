package dyad.model;

import ec.util.MersenneTwisterFast;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Keyed generators of one seed, by replication, for sweeps whose points share their random numbers:
 * replication r then starts from the same generator state at every point, so it is keyed once and copied
 * after, which costs a fraction of keying it again (each simulation primes its copy as it starts). Safe to
 * share between threads; a copy handed out is the caller's own.
 */
public final class GeneratorCache {

    /** Replications whose generators are kept (about 2.5 KB each); later ones are keyed every time. */
    public static final int MAX_CACHED = 4096;

    private final long seed;
    private final AtomicReferenceArray<MersenneTwisterFast> keyed;

    public GeneratorCache(long seed, int replications) {
        this.seed = seed;
        this.keyed = new AtomicReferenceArray<>(Math.min(replications, MAX_CACHED));
    }

    public long seed() {
        return seed;
    }

    /** A generator in the state {@link Seeds#generator Seeds.generator(seed, replication)} gives. */
    public MersenneTwisterFast generator(int replication) {
        if (replication >= keyed.length()) {
            return Seeds.generator(seed, replication);
        }
        MersenneTwisterFast original = keyed.get(replication);
        if (original == null) {
            // two threads may key the same replication at once; both keep identical states
            original = Seeds.generator(seed, replication);
            keyed.compareAndSet(replication, null, original);
        }
        return (MersenneTwisterFast) original.clone();
    }
}
