package dyad.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Over the heatmap's cells: white borders between them, and each cell's value (two decimals) in a colour that
 * reads on the cell, or "n/a" where the point has no value. Values are left out if they do not fit the cells.
 */
final class HeatmapCells extends AbstractXYAnnotation {

    static final String NO_DATA = "n/a";

    private static final int SMALLEST_FONT = 12;
    private static final double WIDTH_USED = 0.8;
    private static final double HEIGHT_USED = 0.6;
    private static final int DECIMALS = 2;

    private final double[][] values;
    private final MetricPaintScale scale;
    private final boolean showValues;

    /** @param values the cells' values by column (x) and row (y), NaN where missing */
    HeatmapCells(double[][] values, MetricPaintScale scale, boolean showValues) {
        this.values = values;
        this.scale = scale;
        this.showValues = showValues;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double cellWidth = Math.abs(domainAxis.lengthToJava2D(1, dataArea, plot.getDomainAxisEdge()));
        double cellHeight = Math.abs(rangeAxis.lengthToJava2D(1, dataArea, plot.getRangeAxisEdge()));
        TextMetrics metrics = fittingMetrics(cellWidth, cellHeight);
        for (int x = 0; x < values.length; x++) {
            for (int y = 0; y < values[x].length; y++) {
                double left = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
                double top = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
                Rectangle2D cell = new Rectangle2D.Double(left, top, cellWidth, cellHeight);
                g2.setPaint(SweepStyle.CELL_BORDER);
                g2.setStroke(SweepStyle.CELL_BORDER_STROKE);
                g2.draw(cell);
                double value = values[x][y];
                if (metrics != null && (showValues || Double.isNaN(value))) {
                    String text = Double.isNaN(value) ? NO_DATA : Decimals.format(value, DECIMALS);
                    Color background = scale.colour(value);
                    g2.setFont(metrics.font());
                    g2.setPaint(MetricPaintScale.textOn(background));
                    g2.drawString(text, (float) (cell.getCenterX() - metrics.width(text) / 2),
                            (float) (cell.getCenterY() - metrics.height() / 2 + metrics.ascent()));
                }
            }
        }
    }

    /**
     * Where the value of cell ({@code x}, {@code y}) is written, in Java2D space, or null if it is not written: so
     * that a mark drawn over the cells can keep clear of it.
     */
    Rectangle2D valueBounds(int x, int y, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis) {
        if (x < 0 || x >= values.length || y < 0 || y >= values[x].length) {
            return null;
        }
        double cellWidth = Math.abs(domainAxis.lengthToJava2D(1, dataArea, plot.getDomainAxisEdge()));
        double cellHeight = Math.abs(rangeAxis.lengthToJava2D(1, dataArea, plot.getRangeAxisEdge()));
        TextMetrics metrics = fittingMetrics(cellWidth, cellHeight);
        double value = values[x][y];
        if (metrics == null || !(showValues || Double.isNaN(value))) {
            return null;
        }
        String text = Double.isNaN(value) ? NO_DATA : Decimals.format(value, DECIMALS);
        double centreX = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double centreY = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        double width = metrics.width(text);
        return new Rectangle2D.Double(centreX - width / 2, centreY - metrics.height() / 2, width, metrics.height());
    }

    /** The largest cell font up to its design size in which a value fits a cell, or null if none does. */
    private TextMetrics fittingMetrics(double cellWidth, double cellHeight) {
        for (int size = SweepStyle.CELL_VALUE.getSize(); size >= SMALLEST_FONT; size--) {
            TextMetrics metrics = new TextMetrics(SweepStyle.CELL_VALUE.deriveFont((float) size));
            if (widest(metrics) <= WIDTH_USED * cellWidth && metrics.height() <= HEIGHT_USED * cellHeight) {
                return metrics;
            }
        }
        return null;
    }

    private double widest(TextMetrics metrics) {
        double widest = metrics.width(NO_DATA);
        for (double[] column : values) {
            for (double value : column) {
                if (showValues && !Double.isNaN(value)) {
                    widest = Math.max(widest, metrics.width(Decimals.format(value, DECIMALS)));
                }
            }
        }
        return widest;
    }
}
