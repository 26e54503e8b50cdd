package dyad.analysis.calibration;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The least-squares line from the model's yearly values to an outside series' (outside = intercept + slope ×
 * model), fitted afresh for every candidate: the outside series has its own units, so only the shape of the
 * model's path is asked to match it.
 *
 * @param slope     outside units per unit of the model's quantity
 * @param r         Pearson's correlation of the two
 * @param r2        the share of the outside series' variance that the line explains
 * @param residuals the residual sum of squares
 * @param years     how many years the fit used
 */
public record LinearLink(double slope, double intercept, double r, double r2, double residuals, int years) {

    /** Fits the line; a model series without variation explains nothing (r = 0). */
    public static LinearLink fit(double[] model, double[] outside) {
        if (model.length != outside.length) {
            throw new IllegalArgumentException(model.length + " model values for " + outside.length + " outside");
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < model.length; i++) {
            regression.addData(model[i], outside[i]);
        }
        double r = regression.getR();
        if (Double.isNaN(r)) {
            double mean = regression.getN() == 0 ? 0 : sum(outside) / model.length;
            double total = 0;
            for (double value : outside) {
                total += (value - mean) * (value - mean);
            }
            return new LinearLink(0, mean, 0, 0, total, model.length);
        }
        return new LinearLink(regression.getSlope(), regression.getIntercept(), r, regression.getRSquare(),
                regression.getSumSquaredErrors(), model.length);
    }

    /** The outside value the line gives for a model value. */
    public double predict(double model) {
        return intercept + slope * model;
    }

    /** The root mean square of the residuals on the years fitted, in the outside series' units. */
    public double rmse() {
        return years == 0 ? Double.NaN : Math.sqrt(residuals / years);
    }

    /**
     * The line, as fitted, applied to years it was not fitted on.
     *
     * @param years how many years were held out (0: none, and the measures are NaN)
     * @param r2    1 − SSE/SST on those years, SST about their own mean: below 0 when the line predicts them worse
     *              than their mean would; NaN when they do not vary
     * @param rmse  the root mean square of the prediction errors, in the outside series' units
     */
    public record HeldOut(int years, double r2, double rmse) {

        /** No years held out. */
        public static final HeldOut NONE = new HeldOut(0, Double.NaN, Double.NaN);

        /** By how much the held-out R² may fall short of the fitted one before the fit is called much worse. */
        public static final double MUCH_WORSE_BY = 0.3;

        /**
         * Whether the line predicts the held-out years much worse than it fits its own: R² below 0 (worse than
         * the held-out years' mean) or more than {@link #MUCH_WORSE_BY} below the R² on the years fitted.
         */
        public boolean muchWorseThan(LinearLink fit) {
            return r2 < 0 || r2 < fit.r2() - MUCH_WORSE_BY;
        }
    }

    /** Applies the line to held-out years of the model and the outside series. */
    public HeldOut predict(double[] model, double[] outside) {
        if (model.length != outside.length) {
            throw new IllegalArgumentException(model.length + " model values for " + outside.length + " outside");
        }
        if (model.length == 0) {
            return HeldOut.NONE;
        }
        double[] errors = new double[model.length];
        for (int i = 0; i < model.length; i++) {
            errors[i] = outside[i] - predict(model[i]);
        }
        double squaredErrors = StatUtils.sumSq(errors);
        double spread = new SecondMoment().evaluate(outside);
        return new HeldOut(model.length, spread > 0 ? 1 - squaredErrors / spread : Double.NaN,
                Math.sqrt(squaredErrors / model.length));
    }

    /**
     * The penalty of the link: 1 − r² when the model and the outside series rise and fall together, 1 when they
     * move against each other or not at all. Scale-free, unlike the residual sum of squares, so that a weight of
     * 1 sets a series on a par with the facts' shortfalls, whatever the series' units; and a line that turns the
     * model upside down (more cooperation, less agreement) explains nothing that calibration should seek.
     */
    public double penalty() {
        return r > 0 ? 1 - r * r : 1;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
