package dyad.chart;

import java.awt.Color;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The cooperation index over time at a few points of a sweep (the first four of fan.csv), one panel per point
 * on a shared time axis, each in its own colour: the median over replications and bands holding 5–95 %
 * (light) and 25–75 % (darker) of them. Panels rather than one plot, as overlaid fans hide each other.
 */
final class FanChart {

    static final String FILE_NAME = "fan";
    static final String AXIS_LABEL = "Cooperation index (−1 all resist … +1 all cooperate)";

    /** Pixels that the panels and their titles share on the 1920×1080 canvas, a little less than they get. */
    private static final int PLOT_HEIGHT = 800;
    private static final int GAP = 8;
    /** Panels up to which the index axis has a tick every 0.5 rather than every 1. */
    private static final int MAX_FINE_TICKS = 2;

    private FanChart() {
    }

    static JFreeChart create(SweepResults results) {
        List<FanPoint> fans = results.fans().subList(0,
                Math.min(results.fans().size(), SweepStyle.FAN_COLOURS.size()));
        ParameterLabels labels = new ParameterLabels(results.parameters(),
                fans.stream().map(FanPoint::values).toList());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(SweepChartParts.timeAxis(first(fans), last(fans)));
        plot.setGap(GAP);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        int titleHeight = PanelTitle.height();
        int panelHeight = (PLOT_HEIGHT - fans.size() * (titleHeight + 2 * GAP)) / fans.size();
        for (int i = 0; i < fans.size(); i++) {
            FanPoint fan = fans.get(i);
            Color colour = SweepStyle.FAN_COLOURS.get(i);
            plot.add(PanelTitle.strip(labels.point(fan.point(), fan.values()), colour), titleHeight);
            plot.add(panel(fan, colour, fans.size() <= MAX_FINE_TICKS ? 0.5 : 1), panelHeight);
        }

        String subtitle = "median and spread over the " + SweepChartParts.replications(results.replications())
                + " at each point";
        if (results.fans().size() > fans.size()) {
            subtitle += "; the first " + fans.size() + " of the " + results.fans().size() + " points in fan.csv";
        }
        JFreeChart chart = SweepChartParts.chart(plot, results.name() + " — cooperation index over time at "
                + (fans.size() == 1 ? "one point" : fans.size() + " points"), List.of(subtitle));
        chart.addSubtitle(SweepChartParts.sideLabel(AXIS_LABEL));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.line("median", SweepStyle.MEDIAN_STROKE, ChartStyle.MARKER));
        items.add(SweepLegend.box("25–75 % of replications", translucent(ChartStyle.MARKER,
                1 - (1 - SweepStyle.INNER_BAND_ALPHA) * (1 - SweepStyle.OUTER_BAND_ALPHA))));
        items.add(SweepLegend.box("5–95 % of replications",
                translucent(ChartStyle.MARKER, SweepStyle.OUTER_BAND_ALPHA)));
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    private static XYPlot panel(FanPoint fan, Color colour, double tick) {
        YIntervalSeries wide = new YIntervalSeries("5–95 %", false, false);
        YIntervalSeries middle = new YIntervalSeries("25–75 %", false, false);
        XYSeries median = new XYSeries("median", false, false);
        for (FanMonth month : fan.months()) {
            double x = Months.middle(month.month());
            wide.add(x, month.median(), month.p05(), month.p95());
            middle.add(x, month.median(), month.p25(), month.p75());
            median.add(x, month.median());
        }
        XYPlot plot = SweepChartParts.plot(null, indexAxis(tick));
        plot.setDataset(0, bands(wide));
        plot.setRenderer(0, band(colour, SweepStyle.OUTER_BAND_ALPHA));
        plot.setDataset(1, bands(middle));
        plot.setRenderer(1, band(colour, SweepStyle.INNER_BAND_ALPHA));
        plot.setDataset(2, new XYSeriesCollection(median));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, colour);
        line.setSeriesStroke(0, SweepStyle.MEDIAN_STROKE);
        plot.setRenderer(2, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (double y : new double[] {-0.5, 0.5}) {
            plot.addRangeMarker(new ValueMarker(y, ChartStyle.GRID, ChartStyle.GRID_STROKE), Layer.BACKGROUND);
        }
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);
        return plot;
    }

    private static YIntervalSeriesCollection bands(YIntervalSeries series) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private static DeviationRenderer band(Color colour, float alpha) {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setSeriesFillPaint(0, colour);
        renderer.setAlpha(alpha);
        return renderer;
    }

    private static NumberAxis indexAxis(double tick) {
        NumberAxis axis = new NumberAxis(null);
        SweepChartParts.style(axis);
        axis.setRange(-1, 1);
        axis.setTickUnit(new NumberTickUnit(tick, Decimals.format(1)));
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(ChartStyle.GRID);
        return axis;
    }

    private static YearMonth first(List<FanPoint> fans) {
        return fans.stream().map(f -> f.months().get(0).month()).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static YearMonth last(List<FanPoint> fans) {
        return fans.stream().map(f -> f.months().get(f.months().size() - 1).month())
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Color translucent(Color colour, float alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
    }
}
