package dyad.analysis.calibration;

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
