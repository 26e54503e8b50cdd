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

    private final List<EventSpec> events;

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
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    boolean shows(EventKind kind) {
        return events.stream().anyMatch(e -> e.kind() == kind);
    }

    /** The lane of labels. */
    XYPlot plot() {
        return BarePlot.of(new EventLabels(events));
    }

    /** The height the lane needs when the time axis spans the given width, in pixels. */
    int height(double axisWidth, long from, long to) {
        TextMetrics metrics = new TextMetrics(ChartStyle.EVENT_LABEL);
        List<EventLabels.Placed> placed = EventLabels.layout(events, metrics,
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
