package dyad.chart;

import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The event labels in the lane above the index plot: each label beside a leader line that rises from its
 * month, the labels staggered in rows so that none overlaps another. Shrinks the font if the lane is too low;
 * rows that do not fit even in the smallest font run past the top of the lane, which the plot clips, so that
 * only their leaders show.
 */
final class EventLabels extends AbstractXYAnnotation {

    private static final double GAP = 6;
    private static final double ROW_GAP = 5;
    private static final int SMALLEST_FONT = 12;
    /** One per font size from the largest down to the smallest, for two sizes of the chart. */
    private static final int LAYOUTS_KEPT = 14;

    /** A label laid out: its text range and row. */
    record Placed(EventSpec event, double anchor, double left, double right, int row) {
    }

    /** What a layout depends on, besides the events. */
    private record LayoutInput(List<LabelRows.Label> labels, double minX, double maxX) {
    }

    private final List<EventSpec> events;
    /**
     * The latest layouts, as the PNG, SVG and PDF draw the same chart, each shrinking the font step by step;
     * bounded, as a chart in a window is drawn again at every size.
     */
    private final Map<LayoutInput, List<Placed>> layouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LayoutInput, List<Placed>> eldest) {
            return size() > LAYOUTS_KEPT;
        }
    };

    EventLabels(List<EventSpec> events) {
        this.events = List.copyOf(events);
    }

    /** Rows for every event, given where months fall between minX and maxX. */
    static List<Placed> layout(List<EventSpec> events, TextMetrics metrics, DoubleUnaryOperator toX,
                               double minX, double maxX) {
        return layout(events, labels(events, metrics, toX), minX, maxX);
    }

    private static List<LabelRows.Label> labels(List<EventSpec> events, TextMetrics metrics,
                                                DoubleUnaryOperator toX) {
        List<LabelRows.Label> labels = new ArrayList<>();
        for (EventSpec event : events) {
            labels.add(new LabelRows.Label(toX.applyAsDouble(Months.middle(event.date())),
                    metrics.width(event.label().text())));
        }
        return labels;
    }

    private static List<Placed> layout(List<EventSpec> events, List<LabelRows.Label> labels, double minX,
                                       double maxX) {
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

    private List<Placed> memoizedLayout(TextMetrics metrics, DoubleUnaryOperator toX, Rectangle2D dataArea) {
        LayoutInput input = new LayoutInput(labels(events, metrics, toX), dataArea.getMinX(), dataArea.getMaxX());
        return layouts.computeIfAbsent(input, in -> layout(events, in.labels(), in.minX(), in.maxX()));
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        DoubleUnaryOperator toX = v -> domainAxis.valueToJava2D(v, dataArea, plot.getDomainAxisEdge());
        Font font = ChartStyle.EVENT_LABEL;
        TextMetrics metrics = new TextMetrics(font);
        List<Placed> placed = memoizedLayout(metrics, toX, dataArea);
        while (font.getSize() > SMALLEST_FONT && rowCount(placed) * rowHeight(metrics) > dataArea.getHeight()) {
            font = font.deriveFont(font.getSize2D() - 1);
            metrics = new TextMetrics(font);
            placed = memoizedLayout(metrics, toX, dataArea);
        }
        g2.setFont(font);
        double rowHeight = rowHeight(metrics);
        double visibleTop = g2.getClip() == null ? Double.NEGATIVE_INFINITY : g2.getClip().getBounds2D().getMinY();
        for (Placed p : placed) {
            boolean driver = p.event().kind() == EventKind.DRIVER;
            double top = dataArea.getMaxY() - (p.row() + 1) * rowHeight;
            g2.setPaint(driver ? ChartStyle.DRIVER : ChartStyle.MARKER);
            g2.setStroke(driver ? ChartStyle.DRIVER_STROKE : ChartStyle.MARKER_STROKE);
            g2.draw(new Line2D.Double(p.anchor(), dataArea.getMaxY(), p.anchor(), top + ROW_GAP / 2));
            // A row wholly above the clip would be invisible, yet in the SVG and PDF it would cost time and bytes.
            if (top + rowHeight >= visibleTop) {
                g2.setPaint(driver ? ChartStyle.DRIVER : ChartStyle.MARKER_TEXT);
                g2.drawString(p.event().label().text(), (float) p.left(), (float) (top + ROW_GAP / 2 + metrics.ascent()));
            }
        }
    }
}
