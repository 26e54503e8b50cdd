package dyad.chart;

import java.util.Base64;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Embeds in an SVG the bundled font cut down to the characters of its text, so that the SVG shows the
 * glyphs its layout was measured with in any viewer, and its text stays text (to search, select and read aloud).
 */
final class SvgFont {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern SVG_START = Pattern.compile("<svg[^>]*>");

    private SvgFont() {
    }

    /**
     * The SVG with its font family {@code placeholder} named after the embedded font, which is defined in a
     * style sheet at its start. The name comes from the font's bytes: an HTML page that inlines several
     * SVGs gets one font per set of characters, and none replaces another's.
     */
    static String embed(String svg, String placeholder) {
        SortedSet<Integer> codePoints = new TreeSet<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            StringEscapeUtils.unescapeXml(text.group(1)).codePoints().forEach(codePoints::add);
        }
        if (codePoints.isEmpty()) {
            return svg;
        }
        byte[] font = ChartFonts.subset(codePoints);
        String family = "dyad-" + dyad.batch.Manifest.sha256(font).substring(0, 12);
        String style = "<defs><style>@font-face{font-family:" + family + ";src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(font) + ") format('truetype');}"
                + " text{font-kerning:none;}</style></defs>";
        Matcher start = SVG_START.matcher(svg);
        if (!start.find()) {
            throw new IllegalArgumentException("not an SVG element");
        }
        return svg.substring(0, start.end()) + style + svg.substring(start.end()).replace(placeholder, family);
    }
}
