package dyad.chart;

import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * One periodisation as a thin strip under the index plot: its label as a title, then its phases as coloured
 * blocks with the phase's label inside where it fits (wrapped onto two lines if need be, in a smaller font),
 * else as much of it as fits before an ellipsis, else the id alone.
 */
final class PhaseStrip extends AbstractXYAnnotation {

    /** Height of a strip on the 1920×1080 canvas, in pixels. */
    static final int HEIGHT = 70;

    private static final double TOP_MARGIN = 6;
    private static final double TITLE_GAP = 2;
    private static final double INSET = 4;
    private static final int SHRINK = 4;

    private final Periodisation periodisation;

    private PhaseStrip(Periodisation periodisation) {
        this.periodisation = periodisation;
    }

    static XYPlot plot(Periodisation periodisation) {
        return BarePlot.of(new PhaseStrip(periodisation));
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(ChartStyle.STRIP_TITLE);
        TextMetrics titleMetrics = new TextMetrics(ChartStyle.STRIP_TITLE);
        g2.setPaint(ChartStyle.TEXT);
        g2.drawString(periodisation.label().text(), (float) dataArea.getMinX(),
                (float) (dataArea.getMinY() + TOP_MARGIN + titleMetrics.ascent()));
        double top = dataArea.getMinY() + TOP_MARGIN + titleMetrics.height() + TITLE_GAP;
        double height = dataArea.getMaxY() - top;
        List<Phase> phases = periodisation.phases();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            double x0 = domainAxis.valueToJava2D(Months.start(phase.start()), dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(Months.end(phase.end()), dataArea, plot.getDomainAxisEdge());
            Rectangle2D block = new Rectangle2D.Double(x0, top, x1 - x0, height);
            g2.setPaint(block(i));
            g2.fill(block);
            g2.setPaint(Color.WHITE);
            g2.setStroke(ChartStyle.SEPARATOR_STROKE);
            g2.draw(block);
            // the label in a smaller font, or cut short, rather than the bare id, which would need a key
            TextFit.Fitted fitted = TextFit.shrinking(phase.label().text(), phase.id(),
                    ChartStyle.BLOCK_LABEL, SHRINK, block.getWidth() - 2 * INSET, height - INSET);
            List<String> lines = fitted.lines();
            TextMetrics metrics = fitted.metrics();
            g2.setFont(fitted.font());
            g2.setPaint(ChartStyle.TEXT);
            double textTop = block.getCenterY() - lines.size() * metrics.height() / 2;
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                g2.drawString(line, (float) (block.getCenterX() - metrics.width(line) / 2),
                        (float) (textTop + l * metrics.height() + metrics.ascent()));
            }
        }
    }

    private static Color block(int phaseIndex) {
        return ChartStyle.BLOCKS.get(phaseIndex % ChartStyle.BLOCKS.size());
    }
}
