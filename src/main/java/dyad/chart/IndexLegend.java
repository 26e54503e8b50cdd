package dyad.chart;

import dyad.scenario.EventKind;
import dyad.scenario.Texts;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The legend of the index figure: mean, band, and what driver and marker events are, where shown. */
final class IndexLegend {

    private static final Shape LINE = new Line2D.Double(-22, 0, 22, 0);
    private static final Shape BOX = new Rectangle2D.Double(-22, -9, 44, 18);

    private IndexLegend() {
    }

    static LegendItemCollection items(EventLane events, Texts texts) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(line(texts.get("index.mean"), ChartStyle.MEAN_STROKE, ChartStyle.MEAN));
        items.add(box(texts.get("index.band"), ChartStyle.BAND));
        addEventKinds(items, events, texts);
        return items;
    }

    /** Adds what driver and marker events are, for the kinds the lane shows. */
    static void addEventKinds(LegendItemCollection items, EventLane events, Texts texts) {
        if (events.shows(EventKind.DRIVER)) {
            items.add(line(texts.get("event.driver"), ChartStyle.DRIVER_STROKE, ChartStyle.DRIVER));
        }
        if (events.shows(EventKind.MARKER)) {
            items.add(line(texts.get("event.marker"), ChartStyle.MARKER_STROKE, ChartStyle.MARKER));
        }
    }

    static LegendTitle title(LegendItemSource source) {
        LegendTitle legend = new LegendTitle(source);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        legend.setItemFont(ChartStyle.LEGEND);
        legend.setItemPaint(ChartStyle.TEXT);
        legend.setItemLabelPadding(new RectangleInsets(2, 8, 2, 28));
        legend.setMargin(new RectangleInsets(10, 0, 0, 0));
        return legend;
    }

    /** A legend item drawn as a line in this stroke and paint. */
    static LegendItem line(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, false, BOX, false, Color.WHITE, false, paint, stroke,
                true, LINE, stroke, paint);
    }

    /** A legend item drawn as a filled box. */
    static LegendItem box(String label, Paint fill) {
        return new LegendItem(label, null, null, null, BOX, fill);
    }
}
