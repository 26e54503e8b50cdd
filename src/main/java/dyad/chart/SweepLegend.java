package dyad.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/** Legend entries of the sweep charts, drawn like those of the run figure, and the legend under the plot. */
final class SweepLegend {

    private static final Shape LINE = new Line2D.Double(-22, 0, 22, 0);
    private static final Shape BOX = new Rectangle2D.Double(-22, -9, 44, 18);
    private static final Shape ERROR_BAR = errorBar();

    private SweepLegend() {
    }

    /** The legend at the bottom of the chart, with fixed items. */
    static LegendTitle title(LegendItemCollection items) {
        return IndexLegend.title(() -> items);
    }

    static LegendItem line(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, false, BOX, false, Color.WHITE, false, paint, stroke,
                true, LINE, stroke, paint);
    }

    /** The legend at the bottom of the chart, one item under the other, each beginning at the same place. */
    static LegendTitle column(LegendItemCollection items) {
        LegendTitle legend = new LegendTitle(() -> items,
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0));
        LegendTitle styled = title(items);
        legend.setPosition(styled.getPosition());
        legend.setFrame(styled.getFrame());
        legend.setBackgroundPaint(styled.getBackgroundPaint());
        legend.setItemFont(styled.getItemFont());
        legend.setItemPaint(styled.getItemPaint());
        legend.setItemLabelPadding(new RectangleInsets(1, 8, 1, 8));
        legend.setMargin(styled.getMargin());
        return legend;
    }

    /** The rest of the item above it, where its symbol would be. */
    static LegendItem continued(String label) {
        return new LegendItem(label, null, null, null, true, BOX, true, new Color(0, 0, 0, 0), false, Color.WHITE,
                SweepStyle.ERROR_STROKE, true, LINE, SweepStyle.ERROR_STROKE, new Color(0, 0, 0, 0));
    }

    /** Words alone, without a symbol. */
    static LegendItem text(String label) {
        return new LegendItem(label, null, null, null, false, BOX, false, Color.WHITE, false, Color.WHITE,
                SweepStyle.ERROR_STROKE, false, LINE, SweepStyle.ERROR_STROKE, Color.WHITE);
    }

    /** The outline of a shape, as the mark of the base scenario on a heatmap. */
    static LegendItem outline(String label, Shape shape, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, true, shape, false, Color.WHITE, true, paint, stroke,
                false, LINE, stroke, paint);
    }

    /** A line over a translucent band, as a mean with the spread around it. */
    static LegendItem lineOnBand(String label, Stroke stroke, Paint line, Paint band) {
        return new LegendItem(label, null, null, null, true, BOX, true, band, false, line, stroke, true, LINE,
                stroke, line);
    }

    static LegendItem box(String label, Paint fill) {
        return new LegendItem(label, null, null, null, BOX, fill);
    }

    /** A dot on a line, as a mean with its line through the points. */
    static LegendItem dotOnLine(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, true, SweepStyle.DOT, true, paint, false, paint, stroke,
                true, LINE, stroke, paint);
    }

    static LegendItem dot(String label, Paint paint) {
        return new LegendItem(label, null, null, null, SweepStyle.DOT, paint);
    }

    /** A vertical bar with caps, as a confidence interval. */
    static LegendItem errorBar(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, false, BOX, false, Color.WHITE, false, paint, stroke,
                true, ERROR_BAR, stroke, paint);
    }

    private static Shape errorBar() {
        GeneralPath bar = new GeneralPath();
        bar.moveTo(0, -10);
        bar.lineTo(0, 10);
        bar.moveTo(-6, -10);
        bar.lineTo(6, -10);
        bar.moveTo(-6, 10);
        bar.lineTo(6, 10);
        return bar;
    }
}
