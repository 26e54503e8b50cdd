package dyad.chart;

import dyad.scenario.Phase;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The label of each shaded phase, centred in the headroom above the top of the index scale, on a patch of
 * the band's own tint so that event lines do not run through the text; wrapped, or cut short with an
 * ellipsis if narrow, and the phase id only where not even the start of the label fits.
 */
final class PhaseBandLabels extends AbstractXYAnnotation {

    private static final double INSET = 8;
    private static final double PAD = 4;
    private static final int SHRINK = 5;

    private final List<Phase> phases;
    private final double scaleTop;

    /** @param scaleTop the highest value of the index scale; the labels go above it */
    PhaseBandLabels(List<Phase> phases, double scaleTop) {
        this.phases = List.copyOf(phases);
        this.scaleTop = scaleTop;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double bottom = rangeAxis.valueToJava2D(scaleTop, dataArea, plot.getRangeAxisEdge());
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            double x0 = domainAxis.valueToJava2D(Months.start(phase.start()), dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(Months.end(phase.end()), dataArea, plot.getDomainAxisEdge());
            TextFit.Fitted fitted = TextFit.shrinking(phase.label().text(), phase.id(), ChartStyle.BAND_LABEL, SHRINK,
                    x1 - x0 - 2 * INSET, bottom - dataArea.getMinY() - PAD);
            List<String> lines = fitted.lines();
            TextMetrics metrics = fitted.metrics();
            g2.setFont(fitted.font());
            if (lines.isEmpty()) {
                continue;
            }
            double width = lines.stream().mapToDouble(metrics::width).max().orElse(0);
            double centre = (x0 + x1) / 2;
            double height = lines.size() * metrics.height() + PAD;
            double top = (dataArea.getMinY() + bottom - height) / 2;
            g2.setPaint(PhaseShading.shade(i));
            g2.fill(new Rectangle2D.Double(centre - width / 2 - PAD, top, width + 2 * PAD, height));
            g2.setPaint(ChartStyle.SECONDARY_TEXT);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                g2.drawString(line, (float) (centre - metrics.width(line) / 2),
                        (float) (top + PAD / 2 + l * metrics.height() + metrics.ascent()));
            }
        }
    }
}
