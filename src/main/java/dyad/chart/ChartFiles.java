package dyad.chart;

import dyad.batch.FigureFormat;
import dyad.batch.FigureOutput;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes a chart as PNG, SVG and PDF of the same layout. */
public final class ChartFiles {

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

    /**
     * Loads the bundled font and the drawing classes on a thread of their own, so that a command that computes
     * before it draws finds them ready; nothing it does changes what is drawn.
     */
    public static void prepareInBackground() {
        Thread preparation = new Thread(ChartFiles::prepare, "chart-preparation");
        preparation.setDaemon(true);
        preparation.start();
    }

    private static void prepare() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 32,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setFont(ChartStyle.TITLE);
        g2.drawString("Ag \u4e2d", 0, 24);
        g2.draw(new java.awt.geom.Line2D.Double(0, 0, 63, 31));
        g2.dispose();
        ChartFonts.prepare();
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
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), null, null);
        g2.dispose();
        Files.write(file, png(image));
    }

    private static byte[] png(java.awt.image.BufferedImage image) {
        return new com.pngencoder.PngEncoder().withBufferedImage(image).withMultiThreadedCompressionEnabled(false)
                .toBytes();
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

    /**
     * A PDF whose text is text in the bundled font, embedded as a subset (so it can be searched, selected and
     * read aloud), with the same layout as the PNG; the same chart gives the same bytes.
     */
    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PdfFigure.write(chart, pdfTitle(chart, file), width, height, bytes);
        Files.write(file, bytes.toByteArray());
    }

    /** The title in the PDF's metadata: the chart's, or the file's name if the chart has none. */
    private static String pdfTitle(JFreeChart chart, Path file) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        if (title.isBlank()) {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - ".pdf".length());
        }
        return title;
    }
}
