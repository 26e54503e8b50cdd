package dyad.analysis.futures;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The random numbers of one future: future {@code n} of seed {@code s} always gets the same stream, whatever
 * other futures are drawn and in whatever order.
 */
public final class FutureGenerators {

    /** Keeps these streams apart from the model's replications, keyed by the same seed ("Futu"). */
    private static final int FUTURES_KEY = 0x46757475;

    private FutureGenerators() {
    }

    /** The generator of future {@code future} (counted from 1) of {@code seed}. */
    public static MersenneTwisterFast forFuture(long seed, int future) {
        if (future < 1) {
            throw new IllegalArgumentException("futures are counted from 1, not " + future);
        }
        return new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed, future, FUTURES_KEY});
    }

    /** The generator seen as Commons Math's, for its distributions' {@code sample()}. */
    public static RandomGenerator asCommonsMath(MersenneTwisterFast generator) {
        return new TwisterAdapter(generator);
    }

    /** Draws from the same stream as the twister it wraps, so that mixing the two keeps one sequence. */
    private static final class TwisterAdapter extends AbstractRandomGenerator {

        private final MersenneTwisterFast twister;

        TwisterAdapter(MersenneTwisterFast twister) {
            this.twister = twister;
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException("a future's generator is keyed once, by FutureGenerators");
        }

        @Override
        public double nextDouble() {
            return twister.nextDouble();
        }

        @Override
        public int nextInt(int n) {
            return twister.nextInt(n);
        }

        @Override
        public double nextGaussian() {
            return twister.nextGaussian();
        }
    }
}
