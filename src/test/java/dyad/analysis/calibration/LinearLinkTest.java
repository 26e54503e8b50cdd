package dyad.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The linear link recovers a known line and scores the fit by 1 − r² for a rising line only. */
class LinearLinkTest {

    @Test
    void recoversAKnownSlopeAndInterceptThroughResidualsThatCancel() {
        double[] model = {1, 2, 3, 4, 5, 6, 7, 8};
        // residuals +e -e -e +e, twice: they sum to 0 and are uncorrelated with the model, so OLS ignores them
        double e = 0.01;
        double[] residuals = {e, -e, -e, e, e, -e, -e, e};
        double[] outside = new double[model.length];
        for (int i = 0; i < model.length; i++) {
            outside[i] = 0.4 - 0.03 * model[i] + residuals[i];
        }
        LinearLink negative = LinearLink.fit(model, outside);
        assertEquals(-0.03, negative.slope(), 1e-12);
        assertEquals(0.4, negative.intercept(), 1e-12);
        assertEquals(8 * e * e, negative.residuals(), 1e-12);
        double total = 0.03 * 0.03 * 42 + 8 * e * e; // variance of the line (sum of (x - 4.5)^2 = 42) + residuals
        assertEquals(1 - 8 * e * e / total, negative.r2(), 1e-9);
        assertEquals(1, negative.penalty(), 0, "a falling line explains nothing calibration should seek");

        for (int i = 0; i < model.length; i++) {
            outside[i] = 0.1 + 0.25 * model[i] + residuals[i];
        }
        LinearLink rising = LinearLink.fit(model, outside);
        assertEquals(0.25, rising.slope(), 1e-12);
        assertEquals(0.1, rising.intercept(), 1e-12);
        assertEquals(1 - rising.r2(), rising.penalty(), 1e-12);
        assertEquals(8, rising.years());
    }

    @Test
    void aFlatModelExplainsNothing() {
        LinearLink flat = LinearLink.fit(new double[] {0.2, 0.2, 0.2}, new double[] {1, 2, 3});
        assertEquals(0, flat.r2());
        assertEquals(1, flat.penalty());
        assertEquals(2, flat.residuals(), 1e-12);
    }
}
