package dyad.chart;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font every figure is drawn with, in every language: Noto Sans CJK TC, cut down and bundled in the
 * jar (see {@code src/fonts/README.md}), so that a figure looks the same on every machine and Chinese labels
 * never fall back to empty boxes.
 */
public final class ChartFonts {

    private static final String RESOURCE = "/dyad/fonts/NotoSansCJKtc-Regular-subset.ttf";
    private static final Font BASE = load();
    /** The bundled font as FontBox reads it, for cutting down; read on first use (guarded by the class). */
    private static TrueTypeFont parsed;
    private static byte[] bytes;
    /**
     * The tables a cut-down font keeps: those browsers require. The others (vertical metrics, layout
     * features) would still number the glyphs of the whole font, and browsers refuse such a font.
     */
    private static final java.util.List<String> WEB_TABLES = java.util.List.of("head", "hhea", "maxp", "loca",
            "glyf", "hmtx", "cmap", "name", "OS/2", "post");

    private ChartFonts() {
    }

    /** The bundled font in this style (Font.PLAIN, Font.BOLD) and size in pixels of the 1920×1080 canvas. */
    public static Font font(int style, float size) {
        return BASE.deriveFont(style, size);
    }

    /** The characters of the text that the bundled font has no glyph for, in order, each once; empty if none. */
    public static String missingGlyphs(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !BASE.canDisplay(c)).distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /**
     * The bundled font cut down to these characters (and the glyph for a missing one), as a TrueType file for
     * an SVG or a web page to embed; the same characters give the same bytes.
     */
    public static synchronized byte[] subset(java.util.SortedSet<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(parsed(), WEB_TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a font is the bundled one (in any style and size), which the PDF embeds and draws text in. */
    static boolean isBundled(Font font) {
        return font.getFamily(java.util.Locale.ROOT).equals(BASE.getFamily(java.util.Locale.ROOT));
    }

    /**
     * The bundled font for one PDF document, to be embedded as a subset of the glyphs the document draws. It is
     * read once for all figures (SVG and PDF), and so the caller holds the class's lock from here until the
     * document is saved: figures are written on several threads.
     */
    static org.apache.pdfbox.pdmodel.font.PDType0Font pdfFont(org.apache.pdfbox.pdmodel.PDDocument document)
            throws IOException {
        if (!Thread.holdsLock(ChartFonts.class)) {
            throw new IllegalStateException("the PDF font is used under the lock of ChartFonts");
        }
        return org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, parsed(), true);
    }

    /** The bundled font as FontBox reads it, read on first use (the caller holds the class's lock). */
    private static TrueTypeFont parsed() throws IOException {
        if (parsed == null) {
            // parsed once: a run writes several figures, and the font takes a tenth of a second to read
            parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        }
        return parsed;
    }

    /** Reads the bundled font's bytes ahead of the first figure that embeds it. */
    static void prepare() {
        try {
            bytes();
        } catch (IOException e) {
            // the first figure reads them again, and reports the failure
        }
    }

    /** The bundled font file's bytes, read once (guarded by the class). */
    private static synchronized byte[] bytes() throws IOException {
        if (bytes == null) {
            try (InputStream in = open()) {
                bytes = in.readAllBytes();
            }
        }
        return bytes;
    }

    private static InputStream open() {
        return ChartFonts.class.getResourceAsStream(RESOURCE);
    }

    private static Font load() {
        try (InputStream in = open()) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // the PDF writer finds fonts by name: registered, the name is the bundled font's (or an installed copy's)
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(RESOURCE + " is not a TrueType font", e);
        }
    }
}
