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

    /**
     * The text wrapped to fit the box in the font, or in a font up to {@code smaller} pixels smaller; else the
     * fallback (an id) in the font; else nothing.
     */
    static Fitted shrinking(String text, String fallback, java.awt.Font font, int smaller, double width, double height) {
        for (int step = 0; step <= smaller; step++) {
            java.awt.Font smallerFont = font.deriveFont(font.getSize2D() - step);
            TextMetrics metrics = new TextMetrics(smallerFont);
            List<String> lines = wrap(text, metrics, width, Math.max(1, (int) (height / metrics.height())));
            if (!lines.isEmpty()) {
                return new Fitted(lines, smallerFont, metrics);
            }
        }
        TextMetrics metrics = new TextMetrics(font);
        return new Fitted(wrap(fallback, metrics, width, Math.max(1, (int) (height / metrics.height()))), font, metrics);
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
}
