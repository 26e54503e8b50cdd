package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class MetricPaintScaleTest {

    @Test
    void anIndexIsDivergingAroundZeroFromRedToBlue() {
        MetricPaintScale scale = MetricPaintScale.of("mean_index_2004_2007", new double[] {-0.62, -0.1, Double.NaN});

        assertTrue(scale.diverging());
        assertEquals(-0.7, scale.getLowerBound(), 1e-9);
        assertEquals(0.7, scale.getUpperBound(), 1e-9);
        Color resist = scale.colour(-0.7);
        Color cooperate = scale.colour(0.7);
        Color neutral = scale.colour(0);
        assertTrue(resist.getRed() > resist.getBlue(), "resist is red: " + resist);
        assertTrue(cooperate.getBlue() > cooperate.getRed(), "cooperate is blue: " + cooperate);
        assertTrue(neutral.getRed() > 240 && neutral.getGreen() > 240 && neutral.getBlue() > 240, "0 is white");
    }

    @Test
    void aShareIsSequentialOverZeroToOne() {
        MetricPaintScale scale = MetricPaintScale.of("russia_cooperation_share", new double[] {0.3, 0.6});

        assertFalse(scale.diverging());
        assertEquals(0, scale.getLowerBound(), 1e-9);
        assertEquals(1, scale.getUpperBound(), 1e-9);
    }

    @Test
    void missingValuesAreGreyAndTextContrasts() {
        MetricPaintScale scale = MetricPaintScale.of("end_index", new double[] {1});

        assertEquals(MetricPaintScale.NO_DATA, scale.colour(Double.NaN));
        assertEquals(Color.WHITE, MetricPaintScale.textOn(scale.colour(-1)));
        assertEquals(ChartStyle.TEXT, MetricPaintScale.textOn(scale.colour(0)));
    }
}
