package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class MetricPaintScaleTest {

    @Test
    void anIndexIsDivergingFromRedToBlueOverAFixedMinusOneToOne() {
        for (double[] values : new double[][] {{-0.62, -0.1, Double.NaN}, {0.2, 0.3}, {}}) {
            MetricPaintScale scale = MetricPaintScale.of(SweepLabels.Scale.INDEX, values);

            assertTrue(scale.diverging());
            assertEquals(-1, scale.getLowerBound(), 0);
            assertEquals(1, scale.getUpperBound(), 0);
        }
        MetricPaintScale scale = MetricPaintScale.of(SweepLabels.Scale.INDEX, new double[] {-0.62});
        Color resist = scale.colour(-0.7);
        Color cooperate = scale.colour(0.7);
        Color neutral = scale.colour(0);
        assertTrue(resist.getRed() > resist.getBlue(), "resist is red: " + resist);
        assertTrue(cooperate.getBlue() > cooperate.getRed(), "cooperate is blue: " + cooperate);
        assertTrue(neutral.getRed() > 240 && neutral.getGreen() > 240 && neutral.getBlue() > 240, "0 is white");
    }

    @Test
    void aPassShareIsSequentialOverAFixedZeroToOne() {
        for (double[] values : new double[][] {{0.3, 0.6}, {1, 1}, {0}}) {
            MetricPaintScale scale = MetricPaintScale.of(SweepLabels.Scale.PASS_SHARE, values);

            assertFalse(scale.diverging());
            assertEquals(0, scale.getLowerBound(), 0);
            assertEquals(1, scale.getUpperBound(), 0);
        }
    }

    @Test
    void otherMetricsSpanTheirValuesRoundedOutToTenths() {
        MetricPaintScale scale = MetricPaintScale.of(SweepLabels.Scale.DATA, new double[] {0.23, 0.61, Double.NaN});

        assertFalse(scale.diverging());
        assertEquals(0.2, scale.getLowerBound(), 0);
        assertEquals(0.7, scale.getUpperBound(), 0);
        MetricPaintScale constant = MetricPaintScale.of(SweepLabels.Scale.DATA, new double[] {0.3, 0.3});
        assertEquals(0.3, constant.getLowerBound(), 0);
        assertEquals(0.4, constant.getUpperBound(), 0);
    }

    @Test
    void missingValuesAreGreyAndTextContrasts() {
        MetricPaintScale scale = MetricPaintScale.of(SweepLabels.Scale.INDEX, new double[] {1});

        assertEquals(MetricPaintScale.NO_DATA, scale.colour(Double.NaN));
        assertEquals(Color.WHITE, MetricPaintScale.textOn(scale.colour(-1)));
        assertEquals(ChartStyle.TEXT, MetricPaintScale.textOn(scale.colour(0)));
    }
}
