package dyad.chart;

import dyad.batch.FigureFormat;
import dyad.batch.FigureOutput;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes a chart as PNG, SVG and PDF of the same layout. */
public final class ChartFiles {

    private static final java.util.regex.Pattern PDF_DATE =
            java.util.regex.Pattern.compile("(/(?:Creation|Mod)Date \\()(D:[^)]*)\\)");
    /** 1 January 2000, 00:00 UTC, in PDF date form. */
    private static final String FIXED_DATE = "D:20000101000000+00'0'";

    /** PDF points per pixel of the layout: 1920×1080 becomes a 13.33×7.5 in (16:9 slide) page. */
    private static final double PDF_SCALE = 0.5;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String SVG_DEFS_PREFIX = "dyad-";
    /** The font family JFreeSVG writes, until the embedded font's name is known. */
    private static final String FONT_PLACEHOLDER = "dyad-font-placeholder";

    static {
        // PNGs are encoded in memory: ImageIO's temporary cache file fails noisily, on its own thread, on a full disk
        javax.imageio.ImageIO.setUseCache(false);
    }

    private ChartFiles() {
    }

    /** Writes baseName.png, baseName.svg and baseName.pdf into dir, creating dir if needed. */
    public static void writeAll(JFreeChart chart, Path dir, String baseName, int width, int height)
            throws IOException {
        Files.createDirectories(dir);
        writePng(chart, dir.resolve(baseName + ".png"), width, height);
        writeSvg(chart, dir.resolve(baseName + ".svg"), width, height);
        writePdf(chart, dir.resolve(baseName + ".pdf"), width, height);
    }

    /**
     * Writes the chart into dir in the formats and under the names of one language's figures
     * ({@code baseName[.tag].png}, …), creating dir if needed.
     */
    public static void writeAll(JFreeChart chart, Path dir, String baseName, int width, int height,
                                FigureOutput output) throws IOException {
        Files.createDirectories(dir);
        for (FigureFormat format : output.formats()) {
            Path file = dir.resolve(output.fileName(baseName, format));
            switch (format) {
                case PNG -> writePng(chart, file, width, height);
                case SVG -> writeSvg(chart, file, width, height);
                case PDF -> writePdf(chart, file, width, height);
            }
        }
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /**
     * An SVG that is the same, byte for byte, for the same chart (no time-based ids), scalable (viewBox),
     * with the bundled font cut down to its characters embedded, so that any viewer shows the glyphs the
     * layout was measured with,
     * and without a DOCTYPE, so that XML parsers do not try to fetch the SVG 1.1 DTD from the network.
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, XML_DECLARATION + svg(chart, width, height, SVG_DEFS_PREFIX) + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * The chart as an SVG element with its font embedded, for a web page that shows several: each needs its
     * own {@code idPrefix}, so that the ids of one SVG's clip paths do not name another's.
     */
    public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        g2.setFontFunction(family -> FONT_PLACEHOLDER);
        chart.draw(g2, new Rectangle(width, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return SvgFont.embed(svg, FONT_PLACEHOLDER);
    }

    /** A PDF with text drawn as shapes, so that it uses the same font and glyphs as the PNG. */
    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(pdfTitle(chart, file));
        PDFGraphics2D g2 = pdf.createPage(new Rectangle2D.Double(0, 0, width * PDF_SCALE, height * PDF_SCALE))
                .getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.scale(PDF_SCALE, PDF_SCALE);
        chart.draw(g2, new Rectangle(width, height));
        Files.write(file, withFixedDates(pdf.getPDFBytes()));
    }

    /**
     * The title in the PDF's metadata, which takes plain ASCII only: the chart's title with its dashes made
     * hyphens, or the file's name if the title is in another script.
     */
    private static String pdfTitle(JFreeChart chart, Path file) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText().replaceAll("[\u2012-\u2015\u2212]", "-");
        if (title.isEmpty() || !title.matches("[\\x20-\\x7E]+")) {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - ".pdf".length());
        }
        return title;
    }

    /**
     * The PDF with its creation and modification dates replaced by a fixed one of the same length (so the
     * cross-reference offsets stay valid): the same chart then gives the same bytes, like the other outputs.
     */
    static byte[] withFixedDates(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String fixed = PDF_DATE.matcher(text).replaceAll(match -> match.group(1)
                + FIXED_DATE.substring(0, Math.min(FIXED_DATE.length(), match.group(2).length()))
                + "0".repeat(Math.max(0, match.group(2).length() - FIXED_DATE.length())) + ")");
        return fixed.getBytes(StandardCharsets.ISO_8859_1);
    }
}
