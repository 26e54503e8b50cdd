package dyad.chart;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** A subplot without data, gridlines or visible range axis, that only draws one annotation. */
final class BarePlot {

    private BarePlot() {
    }

    static XYPlot of(XYAnnotation content) {
        NumberAxis hidden = new NumberAxis();
        hidden.setVisible(false);
        hidden.setRange(0, 1);
        XYPlot plot = new XYPlot(null, null, hidden, null);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.addAnnotation(content, false);
        return plot;
    }
}
