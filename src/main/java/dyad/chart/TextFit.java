package dyad.chart;

import java.util.ArrayList;
import java.util.List;

/** Wraps a text at spaces so that it fits a width in a given number of lines. */
final class TextFit {

    private TextFit() {
    }

    /** The lines, or an empty list when the text does not fit. */
    static List<String> wrap(String text, TextMetrics metrics, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (metrics.width(longer) <= width) {
                line = longer;
            } else if (line.isEmpty() || metrics.width(word) > width) {
                return List.of();
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return lines.size() <= maxLines ? lines : List.of();
    }

    /** Lines of text and the font they fit in. */
    record Fitted(List<String> lines, java.awt.Font font, TextMetrics metrics) {
    }

    /** Marks a text cut short to fit. */
    static final String ELLIPSIS = "…";
    /** The fewest characters of a text worth showing before an ellipsis: fewer say less than an id. */
    private static final int FEWEST_SHOWN = 3;

    /**
     * The text wrapped (at spaces or between Chinese characters) to fit the box in the font, or in a font up to
     * {@code smaller} pixels smaller; else cut short with an ellipsis in the smallest font, so that a reader
     * still sees the start of the label; else the fallback (an id) in the font; else nothing.
     */
    static Fitted shrinking(String text, String fallback, java.awt.Font font, int smaller, double width, double height) {
        java.awt.Font smallest = font;
        for (int step = 0; step <= smaller; step++) {
            smallest = font.deriveFont(font.getSize2D() - step);
            TextMetrics metrics = new TextMetrics(smallest);
            List<String> lines = wrapWithin(text, metrics, width, lines(height, metrics));
            if (!lines.isEmpty()) {
                return new Fitted(lines, smallest, metrics);
            }
        }
        TextMetrics small = new TextMetrics(smallest);
        List<String> cut = ellipsised(text, small, width, lines(height, small));
        if (!cut.isEmpty()) {
            return new Fitted(cut, smallest, small);
        }
        TextMetrics metrics = new TextMetrics(font);
        return new Fitted(wrap(fallback, metrics, width, lines(height, metrics)), font, metrics);
    }

    private static int lines(double height, TextMetrics metrics) {
        return Math.max(1, (int) (height / metrics.height()));
    }

    /**
     * The text wrapped at spaces or between Chinese characters in at most {@code maxLines} lines no wider than
     * the width, or an empty list when it does not fit.
     */
    static List<String> wrapWithin(String text, TextMetrics metrics, double width, int maxLines) {
        List<String> lines = wrapBalanced(text, metrics, width);
        return lines.size() <= maxLines && lines.stream().allMatch(line -> metrics.width(line) <= width)
                ? lines : List.of();
    }

    /**
     * The longest start of the text that fits with an ellipsis after it, wrapped as {@link #wrapWithin}; an empty
     * list if fewer than a few characters would fit.
     */
    static List<String> ellipsised(String text, TextMetrics metrics, double width, int maxLines) {
        List<String> atWordEnd = ellipsised(text, metrics, width, maxLines, true);
        return atWordEnd.isEmpty() ? ellipsised(text, metrics, width, maxLines, false) : atWordEnd;
    }

    /** As {@link #ellipsised(String, TextMetrics, double, int)}, cut after a whole word only if so asked. */
    private static List<String> ellipsised(String text, TextMetrics metrics, double width, int maxLines,
                                           boolean wholeWords) {
        String trimmed = text.strip();
        int[] codePoints = trimmed.codePoints().toArray();
        for (int n = codePoints.length - 1; n >= Math.min(FEWEST_SHOWN, codePoints.length - 1) && n > 0; n--) {
            boolean wordEnds = Character.isWhitespace(codePoints[n]) || !Character.isLetterOrDigit(codePoints[n])
                    || wide((char) codePoints[n]) || wide((char) codePoints[n - 1]);
            if (wholeWords && !wordEnds) {
                continue;
            }
            String start = new String(codePoints, 0, n).replaceAll("[\\s\\p{Punct}，。、：；「『（]+$", "");
            if (start.codePointCount(0, start.length()) < Math.min(FEWEST_SHOWN, n)) {
                continue;
            }
            List<String> lines = wrapWithin(start + ELLIPSIS, metrics, width, maxLines);
            if (!lines.isEmpty()) {
                return lines;
            }
        }
        return List.of();
    }

    /** The first candidate that fits, wrapped, or an empty list when none does. */
    static List<String> firstFitting(List<String> candidates, TextMetrics metrics, double width, int maxLines) {
        for (String candidate : candidates) {
            List<String> lines = wrap(candidate, metrics, width, maxLines);
            if (!lines.isEmpty()) {
                return lines;
            }
        }
        return List.of();
    }

    /** Characters that must not begin a line: closing brackets and punctuation. */
    private static final String NO_START = "，。、：；！？」』）〉》,.:;!?)";
    /** Characters that must not end a line: opening brackets. */
    private static final String NO_END = "「『（〈《(";

    /**
     * The text in lines no wider than the width, broken at spaces or between Chinese characters (never before
     * closing or after opening punctuation); a word wider than the width gets a line of its own. Never empty.
     */
    static List<String> wrapAnywhere(String text, TextMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces(text.trim())) {
            boolean spaced = piece.startsWith(" ");
            String longer = line.isEmpty() ? piece.strip() : line + piece;
            if (line.isEmpty() || metrics.width(longer) <= width) {
                line = longer;
            } else {
                lines.add(line);
                line = spaced ? piece.strip() : piece;
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * As {@link #wrapAnywhere}, in as few lines but as even as they can be, so that no last line holds a
     * single short word.
     */
    static List<String> wrapBalanced(String text, TextMetrics metrics, double width) {
        List<String> lines = wrapAnywhere(text, metrics, width);
        if (lines.size() < 2) {
            return lines;
        }
        double low = 0;
        double high = width;
        for (int step = 0; step < 20; step++) {
            double middle = (low + high) / 2;
            if (wrapAnywhere(text, metrics, middle).size() <= lines.size()) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return wrapAnywhere(text, metrics, high);
    }

    /** The text cut where a line may break, each piece after a space keeping one space in front. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (piece.length() > 0 && !piece.toString().isBlank()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                if (piece.length() == 0) {
                    piece.append(' ');
                }
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean breaks = (wide(before) || wide(c)) && !Character.isWhitespace(before)
                    && NO_START.indexOf(c) < 0 && NO_END.indexOf(before) < 0;
            if (breaks && piece.length() > 0 && !piece.toString().isBlank()) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(c);
        }
        if (!piece.toString().isBlank()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** Whether a character is a Chinese one, which a line may break before or after. */
    private static boolean wide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
