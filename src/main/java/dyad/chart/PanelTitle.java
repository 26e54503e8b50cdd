package dyad.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The title of a panel in a strip above it: one line at its left edge, in the panel's colour, in a smaller
 * font if it is too long for the strip, down to a smallest size past which it is cut short.
 */
final class PanelTitle extends AbstractXYAnnotation {

    private static final Font FONT = ChartFonts.font(Font.BOLD, 20);
    private static final double BOTTOM_GAP = 4;
    private static final int SMALLEST_FONT = 14;
    private static final String ELLIPSIS = "…";

    private final String text;
    private final Color colour;

    private PanelTitle(String text, Color colour) {
        this.text = text;
        this.colour = colour;
    }

    /** A strip holding the title. */
    static XYPlot strip(String text, Color colour) {
        return BarePlot.of(new PanelTitle(text, colour));
    }

    /** Pixels that a strip needs. */
    static int height() {
        return (int) Math.ceil(new TextMetrics(FONT).height() + BOTTOM_GAP);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Font font = FONT;
        TextMetrics metrics = new TextMetrics(font);
        while (font.getSize() > SMALLEST_FONT && metrics.width(text) > dataArea.getWidth()) {
            font = font.deriveFont(font.getSize2D() - 1);
            metrics = new TextMetrics(font);
        }
        String shown = text;
        if (metrics.width(text) > dataArea.getWidth()) {
            String cut = text;
            while (cut.length() > 1 && metrics.width(cut + ELLIPSIS) > dataArea.getWidth()) {
                cut = cut.substring(0, cut.length() - 1);
            }
            shown = cut.stripTrailing() + ELLIPSIS;
        }
        g2.setFont(font);
        g2.setPaint(colour);
        g2.drawString(shown, (float) dataArea.getMinX(),
                (float) (dataArea.getMaxY() - BOTTOM_GAP - metrics.height() + metrics.ascent()));
    }
}
