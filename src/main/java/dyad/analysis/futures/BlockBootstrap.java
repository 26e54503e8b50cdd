package dyad.analysis.futures;

import ec.util.MersenneTwisterFast;

/**
 * A circular block bootstrap of the monthly log changes: a future path strings together blocks of
 * {@code blockMonths} consecutive changes of the history, each starting at a month drawn uniformly, a block
 * that runs past the last change going on from the first. Circular blocks give every change of the history
 * the same chance to be drawn, so the drawn changes have the history's mean and variance; blocks keep the
 * history's short-run momentum (its autocorrelation within a block), which single draws lose.
 */
public record BlockBootstrap(int blockMonths) implements PathModel {

    public BlockBootstrap {
        if (blockMonths < 1) {
            throw new IllegalArgumentException("block_months must be at least 1, not " + blockMonths);
        }
    }

    @Override
    public Fit fit(History history) {
        history.requireMonths(blockMonths + 1, "block_bootstrap with block_months " + blockMonths,
                "one block of log changes");
        double[] logs = history.logs("block_bootstrap");
        double[] changes = new double[logs.length - 1];
        for (int m = 0; m < changes.length; m++) {
            changes[m] = logs[m + 1] - logs[m];
        }
        return new Fit(history.last(), changes, blockMonths);
    }

    /**
     * @param logChanges the history's monthly log changes, log x[t+1] − log x[t]
     */
    public record Fit(double lastObserved, double[] logChanges, int blockMonths) implements FittedPath {

        public Fit {
            logChanges = logChanges.clone();
        }

        @Override
        public double[] logChanges() {
            return logChanges.clone();
        }

        /** The log changes of a path, block after block; {@link #draw} turns them into values. */
        public double[] drawLogChanges(MersenneTwisterFast generator, int months) {
            double[] drawn = new double[months];
            int n = logChanges.length;
            for (int filled = 0; filled < months; filled += blockMonths) {
                int start = generator.nextInt(n);
                for (int k = 0; k < blockMonths && filled + k < months; k++) {
                    drawn[filled + k] = logChanges[(start + k) % n];
                }
            }
            return drawn;
        }

        @Override
        public double[] draw(MersenneTwisterFast generator, int months) {
            double[] changes = drawLogChanges(generator, months);
            double[] path = new double[months];
            double log = Math.log(lastObserved);
            for (int m = 0; m < months; m++) {
                log += changes[m];
                path[m] = Math.exp(log);
            }
            return path;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fit that && Double.compare(lastObserved, that.lastObserved) == 0
                    && blockMonths == that.blockMonths && java.util.Arrays.equals(logChanges, that.logChanges);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(logChanges) * 31 + blockMonths;
        }

        @Override
        public String toString() {
            return "BlockBootstrap.Fit[last " + lastObserved + ", " + logChanges.length + " log changes, blocks of "
                    + blockMonths + "]";
        }
    }
}
