package dyad.chart;

import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Scenario;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** The events of a scenario that are shown on charts: labels in a lane, dashed lines across the index plot. */
final class EventLane {

    private static final float LINE_ALPHA = 0.75f;

    /** The most events a key under the plot can name; more are labelled in the lane, as many as fit. */
    static final int MAX_NUMBERED = 72;
    /** Columns of the key, unless the events are so many that it needs more. */
    static final int KEY_COLUMNS = 4;
    private static final int MAX_KEY_COLUMNS = 8;
    private static final int KEY_ROWS = 9;

    private final List<EventSpec> events;
    /** The events with their numbers for labels, when their own labels would crowd the lane; else the events. */
    private List<EventSpec> shownAs;

    EventLane(Scenario scenario) {
        this(scenario.events(), scenario.start(), scenario.end());
    }

    /** The lane of the events shown on charts among these, within the months given. */
    EventLane(List<EventSpec> events, java.time.YearMonth start, java.time.YearMonth end) {
        this.events = events.stream()
                .filter(EventSpec::shownOnChart)
                .filter(e -> !e.date().isBefore(start) && !e.date().isAfter(end))
                .sorted(Comparator.comparing(EventSpec::date))
                .toList();
        this.shownAs = this.events;
    }

    /**
     * Numbers the events in date order, and labels them with their numbers, if their labels would need a lane
     * higher than {@code maxHeight} on a time axis {@code axisWidth} pixels wide; the key under the plot
     * ({@link #key}) then names them. Returns whether it numbered them.
     */
    boolean numberIfCrowded(double axisWidth, long from, long to, int maxHeight) {
        shownAs = events;
        if (height(axisWidth, from, to) <= maxHeight || events.size() > MAX_NUMBERED) {
            return false;
        }
        List<EventSpec> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            numbered.add(new EventSpec(e.id(), e.date(), dyad.scenario.Text.of(String.valueOf(i + 1)), e.kind(),
                    e.source(), e.shownOnChart(), e.effects()));
        }
        shownAs = numbered;
        return true;
    }

    boolean numbered() {
        return shownAs != events;
    }

    /** Four columns, or more (narrower) ones for so many events that four would make the key too high. */
    int keyColumns() {
        return Math.min(MAX_KEY_COLUMNS, Math.max(KEY_COLUMNS, (events.size() + KEY_ROWS - 1) / KEY_ROWS));
    }

    /** The height of the key in pixels, about. */
    int keyHeight(int columns) {
        return keyHeight(columns, ChartStyle.KEY);
    }

    /** The height of the key in this font, in pixels, about. */
    int keyHeight(int columns, java.awt.Font font) {
        int rows = (events.size() + columns - 1) / columns;
        return (int) Math.ceil(rows * (new TextMetrics(font).height() + 2) + 6);
    }

    /** The key of numbered events, in columns under the plot: number, month and label in the event's colour. */
    org.jfree.chart.title.LegendTitle key(int columns) {
        return key(columns, ChartStyle.KEY);
    }

    /** The key of numbered events in this font. */
    org.jfree.chart.title.LegendTitle key(int columns, java.awt.Font font) {
        int rows = (events.size() + columns - 1) / columns;
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape none = new java.awt.geom.Rectangle2D.Double(0, 0, 0, 0);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = c * rows + r;
                String text = i < events.size() ? (i + 1) + "  " + events.get(i).label().text() : " ";
                org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(text, null, null, null, false, none,
                        false, java.awt.Color.WHITE, false, java.awt.Color.WHITE, ChartStyle.GRID_STROKE, false,
                        none, ChartStyle.GRID_STROKE, java.awt.Color.WHITE);
                item.setLabelPaint(i < events.size() && events.get(i).kind() == EventKind.DRIVER
                        ? ChartStyle.DRIVER : ChartStyle.MARKER_TEXT);
                items.add(item);
            }
        }
        org.jfree.chart.title.LegendTitle key = new org.jfree.chart.title.LegendTitle(() -> items,
                new org.jfree.chart.block.GridArrangement(rows, columns),
                new org.jfree.chart.block.GridArrangement(rows, columns));
        key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        key.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        key.setItemFont(font);
        key.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(1, 0, 1, 12));
        key.setMargin(new org.jfree.chart.ui.RectangleInsets(6, 0, 0, 0));
        return key;
    }

    int size() {
        return events.size();
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    boolean shows(EventKind kind) {
        return events.stream().anyMatch(e -> e.kind() == kind);
    }

    /** The lane of labels. */
    XYPlot plot() {
        return BarePlot.of(new EventLabels(shownAs));
    }

    /** The height the lane needs when the time axis spans the given width, in pixels. */
    int height(double axisWidth, long from, long to) {
        TextMetrics metrics = new TextMetrics(ChartStyle.EVENT_LABEL);
        List<EventLabels.Placed> placed = EventLabels.layout(shownAs, metrics,
                v -> (v - from) / (to - from) * axisWidth, 0, axisWidth);
        return (int) Math.ceil(EventLabels.rowCount(placed) * EventLabels.rowHeight(metrics)) + 4;
    }

    /** Draws each event as a vertical line across the plot, behind the data. */
    void addLines(XYPlot plot) {
        for (EventSpec event : events) {
            boolean driver = event.kind() == EventKind.DRIVER;
            ValueMarker line = new ValueMarker(Months.middle(event.date()),
                    driver ? ChartStyle.DRIVER : ChartStyle.MARKER,
                    driver ? ChartStyle.DRIVER_STROKE : ChartStyle.MARKER_STROKE);
            line.setAlpha(LINE_ALPHA);
            plot.addDomainMarker(line, Layer.BACKGROUND);
        }
    }
}
