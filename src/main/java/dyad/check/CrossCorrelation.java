package dyad.check;

/** Pearson cross-correlations of two monthly series at lags -L..L, and the lag where they peak. */
final class CrossCorrelation {

    private CrossCorrelation() {
    }

    /**
     * r(k) = Pearson correlation of leader[t] with follower[t + k], for k = -maxLag..maxLag (index
     * k + maxLag), over the months where both exist. Sums over each overlap are differences of running sums,
     * which are needed only within maxLag months of either end; the cross products of all lags are summed in
     * one pass over t, each lag in order of t, which the JIT runs as vector operations over the lags. Sweeps
     * compute this for every run, and Commons Math's PearsonsCorrelation would need two copied arrays and
     * two passes per lag.
     */
    static double[] of(double[] leader, double[] follower, int maxLag) {
        int n = leader.length;
        RunningSums x = RunningSums.of(leader, maxLag);
        RunningSums y = RunningSums.of(follower, maxLag);
        // sxy[k + maxLag] = sum over t of leader[t] * follower[t + k]
        double[] sxy = new double[2 * maxLag + 1];
        for (int t = 0; t < n; t++) {
            double value = leader[t];
            int lowest = Math.max(-maxLag, -t);
            int highest = Math.min(maxLag, n - 1 - t);
            for (int k = lowest; k <= highest; k++) {
                sxy[k + maxLag] += value * follower[t + k];
            }
        }
        double[] r = new double[2 * maxLag + 1];
        for (int k = -maxLag; k <= maxLag; k++) {
            int from = Math.max(0, -k);
            int to = Math.min(n, n - k);
            int length = to - from;
            double sx = x.sum(to) - x.sum(from);
            double sy = y.sum(to + k) - y.sum(from + k);
            double varX = length * (x.sumOfSquares(to) - x.sumOfSquares(from)) - sx * sx;
            double varY = length * (y.sumOfSquares(to + k) - y.sumOfSquares(from + k)) - sy * sy;
            r[k + maxLag] = varX <= 0 || varY <= 0 ? Double.NaN
                    : (length * sxy[k + maxLag] - sx * sy) / Math.sqrt(varX * varY);
        }
        return r;
    }

    /** The lag of the highest correlation (the first of equals, from -maxLag up); NaNs never win. */
    static int peakLag(double[] correlations, int maxLag) {
        int best = 0;
        for (int k = -maxLag; k <= maxLag; k++) {
            if (correlations[k + maxLag] > correlations[best + maxLag]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The sums of a series' first p values and of their squares, for p within maxLag of either end
     * (0..maxLag and n-maxLag..n), which are all that the overlaps of the lags need.
     */
    private static final class RunningSums {

        private final int length;
        private final int maxLag;
        private final double[] sums;
        private final double[] squares;

        RunningSums(int length, int maxLag, double[] sums, double[] squares) {
            this.length = length;
            this.maxLag = maxLag;
            this.sums = sums;
            this.squares = squares;
        }

        int length() {
            return length;
        }

        int maxLag() {
            return maxLag;
        }

        double[] sums() {
            return sums;
        }

        double[] squares() {
            return squares;
        }

        static RunningSums of(double[] values, int maxLag) {
            int n = values.length;
            double[] sums = new double[2 * maxLag + 2];
            double[] squares = new double[2 * maxLag + 2];
            double sum = 0;
            double sumOfSquares = 0;
            for (int p = 0; p <= n; p++) {
                int slot = slot(p, n, maxLag);
                if (slot >= 0) {
                    sums[slot] = sum;
                    squares[slot] = sumOfSquares;
                }
                if (p < n) {
                    sum += values[p];
                    sumOfSquares += values[p] * values[p];
                }
            }
            return new RunningSums(n, maxLag, sums, squares);
        }

        /** Where the sums of the first p values are kept: maxLag + 1 slots from the start, the others from the end. */
        private static int slot(int p, int n, int maxLag) {
            if (p <= maxLag) {
                return p;
            }
            return p >= n - maxLag ? maxLag + 1 + p - (n - maxLag) : -1;
        }

        double sum(int p) {
            return sums[slot(p, length, maxLag)];
        }

        double sumOfSquares(int p) {
            return squares[slot(p, length, maxLag)];
        }
    }
}
