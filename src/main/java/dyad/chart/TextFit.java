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
