package dyad.chart;

import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The event labels in the lane above the index plot: each label beside a leader line that rises from its
 * month, the labels staggered in rows so that none overlaps another. Shrinks the font if the lane is too low.
 */
final class EventLabels extends AbstractXYAnnotation {

    private static final double GAP = 6;
    private static final double ROW_GAP = 5;
    private static final int SMALLEST_FONT = 12;

    /** A label laid out: its text range and row. */
    record Placed(EventSpec event, double anchor, double left, double right, int row) {
    }

    private final List<EventSpec> events;

    EventLabels(List<EventSpec> events) {
        this.events = List.copyOf(events);
    }

    /** Rows for every event, given where months fall between minX and maxX. */
    static List<Placed> layout(List<EventSpec> events, TextMetrics metrics, DoubleUnaryOperator toX,
                               double minX, double maxX) {
        List<LabelRows.Label> labels = new ArrayList<>();
        for (EventSpec event : events) {
            labels.add(new LabelRows.Label(toX.applyAsDouble(Months.middle(event.date())),
                    metrics.width(event.label())));
        }
        List<LabelRows.Placement> placements = LabelRows.place(labels, GAP, minX, maxX);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LabelRows.Placement p = placements.get(i);
            placed.add(new Placed(events.get(i), p.anchor(), p.left(), p.right(), p.row()));
        }
        return placed;
    }

    /** The height of one row of labels in the given font. */
    static double rowHeight(TextMetrics metrics) {
        return metrics.height() + ROW_GAP;
    }

    static int rowCount(List<Placed> placed) {
        return placed.stream().mapToInt(Placed::row).max().orElse(-1) + 1;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        DoubleUnaryOperator toX = v -> domainAxis.valueToJava2D(v, dataArea, plot.getDomainAxisEdge());
        Font font = ChartStyle.EVENT_LABEL;
        TextMetrics metrics = new TextMetrics(font);
        List<Placed> placed = layout(events, metrics, toX, dataArea.getMinX(), dataArea.getMaxX());
        while (font.getSize() > SMALLEST_FONT && rowCount(placed) * rowHeight(metrics) > dataArea.getHeight()) {
            font = font.deriveFont(font.getSize2D() - 1);
            metrics = new TextMetrics(font);
            placed = layout(events, metrics, toX, dataArea.getMinX(), dataArea.getMaxX());
        }
        g2.setFont(font);
        double rowHeight = rowHeight(metrics);
        for (Placed p : placed) {
            boolean driver = p.event().kind() == EventKind.DRIVER;
            double top = dataArea.getMaxY() - (p.row() + 1) * rowHeight;
            g2.setPaint(driver ? ChartStyle.DRIVER : ChartStyle.MARKER);
            g2.setStroke(driver ? ChartStyle.DRIVER_STROKE : ChartStyle.MARKER_STROKE);
            g2.draw(new Line2D.Double(p.anchor(), dataArea.getMaxY(), p.anchor(), top + ROW_GAP / 2));
            g2.setPaint(driver ? ChartStyle.DRIVER : ChartStyle.MARKER_TEXT);
            g2.drawString(p.event().label(), (float) p.left(), (float) (top + ROW_GAP / 2 + metrics.ascent()));
        }
    }
}
