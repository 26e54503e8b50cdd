package dyad.chart;

import java.awt.Rectangle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** The text a chart draws, in drawing order, each piece on its own line: what a reader of the figure sees. */
final class DrawnText {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private DrawnText() {
    }

    static String of(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(IndexChart.WIDTH, IndexChart.HEIGHT);
        chart.draw(g2, new Rectangle(IndexChart.WIDTH, IndexChart.HEIGHT));
        StringBuilder drawn = new StringBuilder();
        Matcher text = TEXT.matcher(g2.getSVGElement());
        while (text.find()) {
            drawn.append(StringEscapeUtils.unescapeXml(text.group(1))).append('\n');
        }
        return drawn.toString();
    }
}
