package dyad.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The base scenario's own values on a heatmap: its cell outlined when both values are values of the grid, else a
 * ring where they lie between the cells' values; dark with a white halo, to show on every colour. A ring that
 * would cover the value written in its cell moves up or down, on its own side of the value, just clear of it.
 */
final class HeatmapBase extends AbstractXYAnnotation {

    private static final double SMALLEST_RING = 12;
    private static final double LARGEST_RING = 24;
    private static final double RING_OF_CELL = 0.22;
    private static final double CELL_INSET = 3;
    /** Room between a ring's halo and a cell's value. */
    private static final double CLEAR_OF_VALUE = 4;
    private static final Shape LEGEND_CELL = new Rectangle2D.Double(-20, -12, 40, 24);
    private static final Shape LEGEND_RING = new Ellipse2D.Double(-12, -12, 24, 24);

    private final double x;
    private final double y;
    private final HeatmapCells cells;

    private HeatmapBase(double x, double y, HeatmapCells cells) {
        this.x = x;
        this.y = y;
        this.cells = cells;
    }

    /**
     * The mark at the base values, on the heatmap's axes that count the cells from 0 (xs across, ys up), or null
     * if either value lies outside the values swept.
     */
    static HeatmapBase of(List<Double> xs, List<Double> ys, double baseX, double baseY) {
        return of(xs, ys, baseX, baseY, null);
    }

    /** As {@link #of(List, List, double, double)}, keeping a ring clear of the values the cells show. */
    static HeatmapBase of(List<Double> xs, List<Double> ys, double baseX, double baseY, HeatmapCells cells) {
        double x = position(xs, baseX);
        double y = position(ys, baseY);
        return Double.isNaN(x) || Double.isNaN(y) ? null : new HeatmapBase(x, y, cells);
    }

    /** Where a value lies among sorted values, counting them from 0 and between them in proportion; NaN outside. */
    static double position(List<Double> values, double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double tolerance = 1e-9 * Math.max(1, Math.abs(value));
        for (int i = 0; i < values.size(); i++) {
            if (Math.abs(values.get(i) - value) <= tolerance) {
                return i;
            }
        }
        for (int i = 0; i + 1 < values.size(); i++) {
            double low = values.get(i);
            double high = values.get(i + 1);
            if (value > low && value < high) {
                return i + (value - low) / (high - low);
            }
        }
        return Double.NaN;
    }

    /** Across, counting the cells from 0. */
    double x() {
        return x;
    }

    /** Up, counting the cells from 0. */
    double y() {
        return y;
    }

    /** Whether the base values are those of a cell, which is then outlined. */
    boolean onCell() {
        return x == Math.rint(x) && y == Math.rint(y);
    }

    LegendItem legendItem(String label) {
        return SweepLegend.outline(label, onCell() ? LEGEND_CELL : LEGEND_RING, SweepStyle.BASE_OUTLINE,
                SweepStyle.BASE);
    }

    /** The ring's centre moved up or down, if need be, so that the ring and its halo leave its cell's value free. */
    private double clearOfValue(double centreX, double centreY, double radius, Rectangle2D dataArea, XYPlot plot,
                                ValueAxis domainAxis, ValueAxis rangeAxis) {
        if (cells == null) {
            return centreY;
        }
        Rectangle2D value = cells.valueBounds((int) Math.rint(x), (int) Math.rint(y), dataArea, plot, domainAxis,
                rangeAxis);
        double reach = radius + ((java.awt.BasicStroke) SweepStyle.BASE_HALO).getLineWidth() / 2 + CLEAR_OF_VALUE;
        if (value == null || !value.intersects(centreX - reach, centreY - reach, 2 * reach, 2 * reach)) {
            return centreY;
        }
        return centreY <= value.getCenterY() ? value.getMinY() - reach : value.getMaxY() + reach;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Shape mark = mark(plot, dataArea, domainAxis, rangeAxis);
        g2.setPaint(SweepStyle.CELL_BORDER);
        g2.setStroke(SweepStyle.BASE_HALO);
        g2.draw(mark);
        g2.setPaint(SweepStyle.BASE);
        g2.setStroke(SweepStyle.BASE_OUTLINE);
        g2.draw(mark);
    }

    /** The outline of the base's cell, or its ring, in Java2D space. */
    Shape mark(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        double left = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
        double right = domainAxis.valueToJava2D(x + 0.5, dataArea, plot.getDomainAxisEdge());
        double top = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
        double bottom = rangeAxis.valueToJava2D(y - 0.5, dataArea, plot.getRangeAxisEdge());
        if (onCell()) {
            return new Rectangle2D.Double(left + CELL_INSET, top + CELL_INSET, right - left - 2 * CELL_INSET,
                    bottom - top - 2 * CELL_INSET);
        }
        double radius = Math.max(SMALLEST_RING, Math.min(LARGEST_RING,
                RING_OF_CELL * Math.min(right - left, bottom - top)));
        double centreX = (left + right) / 2;
        double centreY = clearOfValue(centreX, (top + bottom) / 2, radius, dataArea, plot, domainAxis, rangeAxis);
        return new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }
}
