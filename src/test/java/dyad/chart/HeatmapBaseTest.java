package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The ring that marks a base scenario between a heatmap's cells leaves the cell's value readable. */
class HeatmapBaseTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 1200, 800);
    private static final double HALO = 11;

    @Test
    void aRingNearACellsCentreMovesClearOfItsValue() {
        double[][] values = {{0.70, 0.63, 0.47}, {0.82, 0.75, 0.58}, {0.88, 0.83, 0.70}};
        HeatmapCells cells = new HeatmapCells(values, MetricPaintScale.of(SweepLabels.Scale.INDEX,
                new double[] {0.47, 0.88}), true);
        XYPlot plot = new XYPlot(null, axis(), axis(), null);
        List<Double> xs = List.of(1.0, 1.9, 3.0);
        List<Double> ys = List.of(0.0, 0.45, 1.0);
        Rectangle2D value = cells.valueBounds(1, 1, AREA, plot, plot.getDomainAxis(), plot.getRangeAxis());
        assertNotNull(value);

        Shape before = HeatmapBase.of(xs, ys, 2.0, 0.5).mark(plot, AREA, plot.getDomainAxis(), plot.getRangeAxis());
        Shape after = HeatmapBase.of(xs, ys, 2.0, 0.5, cells).mark(plot, AREA, plot.getDomainAxis(),
                plot.getRangeAxis());

        assertTrue(haloed(before).intersects(value), "a ring placed by the values alone covers 0.75");
        assertFalse(haloed(after).intersects(value), "the ring covers the cell's value");
        assertTrue(after.getBounds2D().getMaxY() < value.getMinY(), "the base lies above the cell's centre, as its"
                + " ring does");
    }

    private static Rectangle2D haloed(Shape ring) {
        Rectangle2D bounds = ring.getBounds2D();
        return new Rectangle2D.Double(bounds.getX() - HALO / 2, bounds.getY() - HALO / 2, bounds.getWidth() + HALO,
                bounds.getHeight() + HALO);
    }

    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setRange(-0.5, 2.5);
        return axis;
    }
}
