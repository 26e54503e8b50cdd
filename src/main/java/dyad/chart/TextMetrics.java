package dyad.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * Measures text in one way for PNG, SVG and PDF alike (antialiased, fractional glyph advances), since the
 * metrics of each Graphics2D differ by a few percent and labels placed against a line must not run into it.
 */
record TextMetrics(Font font) {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    double width(String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    double ascent() {
        return lineMetrics().getAscent();
    }

    /** The distance from one baseline to the next. */
    double height() {
        LineMetrics metrics = lineMetrics();
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    private LineMetrics lineMetrics() {
        return font.getLineMetrics("Ag", CONTEXT);
    }
}
