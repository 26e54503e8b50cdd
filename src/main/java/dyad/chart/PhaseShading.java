package dyad.chart;

import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import java.awt.Color;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/** Shades the phases of one periodisation in the background of a plot, in alternating tints, with their labels. */
final class PhaseShading {

    private PhaseShading() {
    }

    static Color shade(int phaseIndex) {
        return ChartStyle.SHADES.get(phaseIndex % ChartStyle.SHADES.size());
    }

    /** Adds the bands as background markers, and their labels above scaleTop behind the renderer's data. */
    static void add(Periodisation periodisation, XYPlot plot, XYItemRenderer renderer, double scaleTop) {
        addBands(periodisation, plot);
        renderer.addAnnotation(new PhaseBandLabels(periodisation.phases(), scaleTop), Layer.BACKGROUND);
    }

    /** Adds the bands alone, without labels, as background markers. */
    static void addBands(Periodisation periodisation, XYPlot plot) {
        for (int i = 0; i < periodisation.phases().size(); i++) {
            Phase phase = periodisation.phases().get(i);
            IntervalMarker band = new IntervalMarker(Months.start(phase.start()), Months.end(phase.end()), shade(i));
            band.setAlpha(1f);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
    }
}
