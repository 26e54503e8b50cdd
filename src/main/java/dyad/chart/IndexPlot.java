package dyad.chart;

import dyad.model.RunSummary;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The main plot: the mean cooperation index with its 5–95 % band over shaded phases and event lines. */
final class IndexPlot {

    /** Room above +1 for the labels of the shaded phases, if any, in index units. */
    static final double HEADROOM = 0.3;

    private IndexPlot() {
    }

    static XYPlot create(Scenario scenario, RunSummary run, EventLane events, Texts texts) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.MEAN);
        renderer.setSeriesStroke(0, ChartStyle.MEAN_STROKE);
        renderer.setSeriesFillPaint(0, ChartStyle.BAND);
        renderer.setAlpha(1f);
        return create(dataset(scenario, run, texts), renderer, scenario, events, texts);
    }

    /**
     * A plot of the index on its scale, −1 to +1 with room above for the shaded phases' labels: the data given
     * over the scenario's shaded phases, grid lines and the events' lines.
     */
    static XYPlot create(XYDataset dataset, XYItemRenderer renderer, Scenario scenario, EventLane events,
                         Texts texts) {
        Optional<Periodisation> shaded = scenario.periodisations().stream().filter(Periodisation::shaded).findFirst();
        XYPlot plot = new XYPlot(dataset, null, rangeAxis(shaded.isPresent() ? HEADROOM : 0, texts), renderer);
        style(plot);
        shaded.ifPresent(p -> PhaseShading.add(p, plot, renderer, 1));
        addGrid(plot);
        events.addLines(plot);
        return plot;
    }

    /** Light lines across a plot of the index at −0.5, +0.5 and +1, and a darker one at 0, behind the data. */
    static void addGrid(XYPlot plot) {
        for (double y : new double[] {-0.5, 0.5, 1}) {
            plot.addRangeMarker(new ValueMarker(y, ChartStyle.GRID, ChartStyle.GRID_STROKE), Layer.BACKGROUND);
        }
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);
    }

    /** A plot without background, gridlines or offsets, outlined in the grid's colour. */
    static void style(XYPlot plot) {
        plot.setBackgroundPaint(null);
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
    }

    private static YIntervalSeriesCollection dataset(Scenario scenario, RunSummary run, Texts texts) {
        int months = scenario.months();
        if (run.index().length != months || run.indexP5().length != months || run.indexP95().length != months) {
            throw new IllegalArgumentException("run has " + run.index().length + " months of index, scenario "
                    + scenario.name() + " has " + months);
        }
        YIntervalSeries series = new YIntervalSeries(texts.get("index.mean"), false, false);
        for (int m = 0; m < months; m++) {
            series.add(Months.middle(scenario.month(m)), run.index()[m], run.indexP5()[m], run.indexP95()[m]);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private static NumberAxis rangeAxis(double headroom, Texts texts) {
        return axis(texts.get("index.axis"), -1, 1 + headroom);
    }

    /** A value axis in the index's style: ticks every 0.5 with a true minus sign, the label stacked if it has lines. */
    static NumberAxis axis(String label, double lower, double upper) {
        return axis(label, lower, upper, 0.5);
    }

    static NumberAxis axis(String label, double lower, double upper, double tick) {
        return axis(label, lower, upper, tick, Double.POSITIVE_INFINITY);
    }

    /** A value axis in the index's style whose ticks stop at {@code highestTick}, below the room above the scale. */
    static NumberAxis axis(String label, double lower, double upper, double tick, double highestTick) {
        StackedLabelAxis axis = new StackedLabelAxis(label);
        axis.setHighestTick(highestTick);
        axis.setRange(lower, upper);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('−');
        axis.setTickUnit(new NumberTickUnit(tick, new DecimalFormat("0.0", symbols)));
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelFont(ChartStyle.TICK_LABEL);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(ChartStyle.GRID);
        return axis;
    }
}
