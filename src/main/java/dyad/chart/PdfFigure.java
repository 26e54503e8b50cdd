package dyad.chart;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a one-page PDF whose text stays text, in the bundled font embedded as a subset of the glyphs
 * used: it can be searched, selected and read aloud, and it is small. The same chart gives the same bytes.
 */
final class PdfFigure {

    /** PDF points per pixel of the layout: 1920×1080 becomes a 13.33×7.5 in (16:9 slide) page. */
    private static final float SCALE = 0.5f;
    /** The document's id and dates come from this instant (1 January 2000, UTC), never from the clock. */
    private static final long FIXED_MILLIS = 946_684_800_000L;
    private static final java.awt.font.FontRenderContext LAYOUT = new java.awt.font.FontRenderContext(null, true, true);

    private PdfFigure() {
    }

    static void write(JFreeChart chart, String title, int width, int height, OutputStream out) throws IOException {
        // the bundled font is read once and shared by every figure; one figure uses it at a time
        synchronized (ChartFonts.class) {
            writeWithFont(chart, title, width, height, out);
        }
    }

    private static void writeWithFont(JFreeChart chart, String title, int width, int height, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.setDocumentId(FIXED_MILLIS);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator("Dyad");
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(FIXED_MILLIS);
            information.setCreationDate(fixed);
            information.setModificationDate(fixed);
            PDRectangle size = new PDRectangle(width * SCALE, height * SCALE);
            PDPage page = new PDPage(size);
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, size);
            g2.setFontTextDrawer(new BundledFontDrawer(ChartFonts.pdfFont(document)));
            g2.scale(SCALE, SCALE);
            chart.draw(g2, new Rectangle(width, height));
            g2.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g2.getXFormObject());
            }
            document.save(out);
        }
    }

    /**
     * Draws text in the bundled font as PDF text; text in any other font is left to be drawn as shapes. A bold
     * style is drawn as AWT draws it, the outline stroked and each glyph's advance widened.
     */
    private static final class BundledFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

        private final PDType0Font font;

        BundledFontDrawer(PDType0Font font) {
            this.font = font;
        }

        @Override
        protected org.apache.pdfbox.pdmodel.font.PDFont mapFont(Font awtFont, IFontTextDrawerEnv env) {
            return ChartFonts.isBundled(awtFont) ? font : null;
        }

        /** The metrics AWT lays text out with (as for the PNG), not the PDF font's plain widths. */
        @Override
        public java.awt.FontMetrics getFontMetrics(Font awtFont, IFontTextDrawerEnv env) {
            return env.getCalculationGraphics().getFontMetrics(awtFont);
        }

        @Override
        public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            Font awtFont = (Font) iterator.getAttribute(java.awt.font.TextAttribute.FONT);
            if (awtFont == null) {
                awtFont = env.getFont();
            }
            if (!awtFont.isBold()) {
                super.drawText(iterator, env);
                return;
            }
            PDPageContentStream content = env.getContentStream();
            content.saveGraphicsState();
            float extra = boldening(awtFont);
            content.setLineWidth(extra);
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setCharacterSpacing(extra);
            super.drawText(iterator, env);
            content.restoreGraphicsState();
        }

        /**
         * How much wider AWT draws each glyph of a bold style the bundled font lacks (it has one weight): it
         * emboldens the outline and widens the advance by the same amount, which grows with the size.
         */
        private static float boldening(Font bold) {
            String sample = "MMMMMMMMMM";
            double boldWidth = bold.getStringBounds(sample, LAYOUT).getWidth();
            double plainWidth = bold.deriveFont(Font.PLAIN).getStringBounds(sample, LAYOUT).getWidth();
            return (float) ((boldWidth - plainWidth) / sample.length());
        }
    }
}
