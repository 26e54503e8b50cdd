package dyad.analysis.futures;

/**
 * A way a monthly series may go on past its data: fitted to the series' history, then drawn, month by month,
 * for as long as a future lasts.
 */
public sealed interface PathModel permits BlockBootstrap, MeanReverting, GrowthRange {

    /**
     * @throws IllegalArgumentException if the history cannot be fitted (too short, a value the model cannot
     *                                  take, a fit the model refuses), with the reason
     */
    FittedPath fit(History history);

    /** A path model fitted to one history: it draws paths that continue from the history's last value. */
    interface FittedPath {

        /** The series' value in the last month of its history, where every path starts from. */
        double lastObserved();

        /**
         * The values of the {@code months} months after the history, drawn from {@code generator}; the same
         * generator state always gives the same path.
         */
        double[] draw(ec.util.MersenneTwisterFast generator, int months);
    }
}
