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

    @Test
    void heldOutYearsAreJudgedAgainstTheirOwnMeanWithTheLineAsFitted() {
        LinearLink line = LinearLink.fit(new double[] {0, 1, 2, 4}, new double[] {1, 3, 5, 9});
        assertEquals(1, line.r2(), 1e-12);
        assertEquals(0, line.rmse(), 1e-12);
        // predicted 3, 5, 7 against 3, 5, 8: one error of 1; the observed mean is 16/3
        LinearLink.HeldOut close = line.predict(new double[] {1, 2, 3}, new double[] {3, 5, 8});
        double spread = Math.pow(3 - 16.0 / 3, 2) + Math.pow(5 - 16.0 / 3, 2) + Math.pow(8 - 16.0 / 3, 2);
        assertEquals(3, close.years());
        assertEquals(1 - 1 / spread, close.r2(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 3), close.rmse(), 1e-12);
        assertEquals(false, close.muchWorseThan(line));
        // the same shape, shifted by 10: the line's R² on its own years says nothing of it
        LinearLink.HeldOut shifted = line.predict(new double[] {1, 2, 3}, new double[] {13, 15, 18});
        assertEquals(1 - (100 + 100 + 121) / spread, shifted.r2(), 1e-12);
        assertEquals(true, shifted.muchWorseThan(line));
        // above 0 but more than 0.3 below the fit's R² is much worse too
        assertEquals(true, new LinearLink.HeldOut(3, 0.69, 0.1).muchWorseThan(line));
        assertEquals(false, new LinearLink.HeldOut(3, 0.71, 0.1).muchWorseThan(line));
        assertEquals(Double.NaN, line.predict(new double[] {1, 2}, new double[] {4, 4}).r2(),
                "held-out years that do not vary have no R²");
        assertEquals(LinearLink.HeldOut.NONE, line.predict(new double[0], new double[0]));
    }
}
