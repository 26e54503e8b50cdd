package dyad.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Names written inside the areas of a stacked area plot, so that a projected figure can be read without
 * matching colours to the legend: each area gets its name once, where the area is thickest among the
 * stretches of it wide and tall enough for the name beside a line of the plot (the total), which never
 * crosses a name; an area without such a stretch stays unnamed. Text is white on dark fills and dark on light ones.
 */
final class StackLabels extends AbstractXYAnnotation {

    private static final Font FONT = ChartFonts.font(Font.PLAIN, 17);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double PAD_X = 4;
    private static final double PAD_Y = 1;
    /** Pixels kept clear between a name and the line. */
    private static final double LINE_CLEARANCE = 4;

    /** One area: its name and fill, and its lower and upper edge at each x. */
    record Area(String name, Color fill, double[] low, double[] high) {
    }

    private final double[] x;
    private final List<Area> areas;
    private final double[] line;

    /**
     * @param x     the x of each point, increasing
     * @param line  the y of the line the names should not be crossed by at each x, or null
     */
    StackLabels(double[] x, List<Area> areas, double[] line) {
        this.x = x.clone();
        this.areas = List.copyOf(areas);
        this.line = line == null ? null : line.clone();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double[] px = new double[x.length];
        double[] linePx = line == null ? null : new double[x.length];
        for (int i = 0; i < x.length; i++) {
            px[i] = domainAxis.valueToJava2D(x[i], dataArea, plot.getDomainAxisEdge());
            if (linePx != null) {
                linePx[i] = rangeAxis.valueToJava2D(line[i], dataArea, plot.getRangeAxisEdge());
            }
        }
        g2.setFont(FONT);
        for (Area area : areas) {
            Rectangle2D ink = FONT.createGlyphVector(CONTEXT, area.name()).getVisualBounds();
            double width = new TextMetrics(FONT).width(area.name()) + 2 * PAD_X;
            double height = ink.getHeight() + 2 * PAD_Y;
            double[] top = new double[x.length];
            double[] bottom = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                top[i] = rangeAxis.valueToJava2D(area.high()[i], dataArea, plot.getRangeAxisEdge());
                bottom[i] = rangeAxis.valueToJava2D(area.low()[i], dataArea, plot.getRangeAxisEdge());
            }
            double[] place = place(px, top, bottom, linePx, width, height);
            if (place == null) {
                continue;
            }
            double left = place[0] - width / 2 + PAD_X;
            double baseline = place[1] - height / 2 + PAD_Y - ink.getY();
            g2.setPaint(MetricPaintScale.textOn(area.fill()));
            g2.drawString(area.name(), (float) left, (float) baseline);
        }
    }

    /**
     * The centre of the best place for a box of this size inside the area (whose top and bottom edges are in
     * pixels, top above bottom) and clear of the line, or null if there is none: of the stretches wide enough
     * whose free part above or below the line is tall enough, the one where the area is thickest. The area's
     * edges and the line are straight between points, so what holds at the points of a stretch holds between
     * them.
     */
    static double[] place(double[] px, double[] top, double[] bottom, double[] line, double width, double height) {
        double[] best = null;
        double bestThickness = 0;
        for (int first = 0; first < px.length; first++) {
            int last = first;
            while (last < px.length - 1 && px[last] - px[first] < width) {
                last++;
            }
            if (px[last] - px[first] < width) {
                break;
            }
            double ceiling = Double.NEGATIVE_INFINITY;
            double floor = Double.POSITIVE_INFINITY;
            double lineTop = Double.POSITIVE_INFINITY;
            double lineBottom = Double.NEGATIVE_INFINITY;
            for (int i = first; i <= last; i++) {
                ceiling = Math.max(ceiling, top[i]);
                floor = Math.min(floor, bottom[i]);
                if (line != null) {
                    lineTop = Math.min(lineTop, line[i] - LINE_CLEARANCE);
                    lineBottom = Math.max(lineBottom, line[i] + LINE_CLEARANCE);
                }
            }
            // the free parts of the stretch: above the line and below it (the whole area if the line is outside)
            double[][] parts = {{ceiling, Math.min(floor, lineTop)}, {Math.max(ceiling, lineBottom), floor}};
            for (double[] part : parts) {
                if (part[1] - part[0] >= height && (best == null || floor - ceiling > bestThickness)) {
                    bestThickness = floor - ceiling;
                    best = new double[] {(px[first] + px[last]) / 2, (part[0] + part[1]) / 2};
                }
            }
        }
        return best;
    }
}
