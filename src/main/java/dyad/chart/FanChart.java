package dyad.chart;

import dyad.scenario.Texts;
import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
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
 * The cooperation index over time at a few points of a sweep (the first four of fan.csv: unless the sweep lists
 * its own, the points lowest and highest in every parameter and the one nearest the base scenario), overlaid on one plot
 * as the run figure draws a run: each point's mean over its replications as a line over the band holding 5–95 %
 * of them (edged by thin lines, so that overlapping bands stay apart), in its own colour, with a legend naming each
 * point by its parameter values.
 */
final class FanChart {

    static final String FILE_NAME = "fan";

    /** The widest line of a point's name in the legend, in pixels of the 1920×1080 canvas. */
    private static final double LEGEND_WIDTH = 1600;

    private FanChart() {
    }

    static JFreeChart create(SweepResults results) {
        SweepLabels words = results.labels();
        Texts texts = words.texts();
        List<FanPoint> fans = results.fans().subList(0,
                Math.min(results.fans().size(), SweepStyle.FAN_COLOURS.size()));
        ParameterLabels labels = ParameterLabels.of(results, fans.stream().map(FanPoint::values).toList());
        XYPlot plot = SweepChartParts.plot(SweepChartParts.timeAxis(first(fans), last(fans), texts), indexAxis(texts));
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        XYSeriesCollection means = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        XYSeriesCollection edges = new XYSeriesCollection();
        XYLineAndShapeRenderer edgeLines = new XYLineAndShapeRenderer(true, false);
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < fans.size(); i++) {
            FanPoint fan = fans.get(i);
            Color colour = SweepStyle.FAN_COLOURS.get(i);
            YIntervalSeries band = new YIntervalSeries(fan.point() + " 5–95 %", false, false);
            XYSeries mean = new XYSeries(fan.point() + " mean", false, false);
            XYSeries low = new XYSeries(fan.point() + " 5 %", false, false);
            XYSeries high = new XYSeries(fan.point() + " 95 %", false, false);
            for (FanMonth month : fan.months()) {
                double x = Months.middle(month.month());
                band.add(x, month.mean(), month.p05(), month.p95());
                mean.add(x, month.mean());
                low.add(x, month.p05());
                high.add(x, month.p95());
            }
            for (XYSeries edge : List.of(low, high)) {
                edgeLines.setSeriesPaint(edges.getSeriesCount(), translucent(colour, SweepStyle.FAN_EDGE_ALPHA));
                edgeLines.setSeriesStroke(edges.getSeriesCount(), SweepStyle.FAN_EDGE_STROKE);
                edges.addSeries(edge);
            }
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            bands.addSeries(band);
            plot.setDataset(i, bands);
            plot.setRenderer(i, band(colour));
            means.addSeries(mean);
            lines.setSeriesPaint(i, colour);
            lines.setSeriesStroke(i, SweepStyle.FAN_MEAN_STROKE);
            addLegendItems(items, name(fan, labels, words, texts), colour);
        }
        plot.setDataset(fans.size(), edges);
        plot.setRenderer(fans.size(), edgeLines);
        plot.setDataset(fans.size() + 1, means);
        plot.setRenderer(fans.size() + 1, lines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (double y : new double[] {-0.5, 0.5}) {
            plot.addRangeMarker(new ValueMarker(y, ChartStyle.GRID, ChartStyle.GRID_STROKE), Layer.BACKGROUND);
        }
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);

        List<String> subtitles = new ArrayList<>();
        subtitles.add(texts.get("sweep.fan.subtitle", SweepChartParts.replications(results.replications(), texts),
                words.source(results.name())));
        subtitles.add(texts.get("sweep.fan.defaults"));
        if (results.fans().size() > fans.size()) {
            subtitles.add(texts.get("sweep.fan.more", fans.size(), results.fans().size()));
        }
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("sweep.fan.title", fans.size()), subtitles);
        chart.addLegend(SweepLegend.column(items));
        return chart;
    }

    /** A point by its number and parameter values, and whether they are the base scenario's. */
    private static List<String> name(FanPoint fan, ParameterLabels labels, SweepLabels words, Texts texts) {
        boolean base = true;
        for (int j = 0; j < fan.values().length; j++) {
            base &= Math.abs(fan.values()[j] - words.base(j)) <= 1e-9 * Math.max(1, Math.abs(fan.values()[j]));
        }
        List<String> parts = labels.withValues(fan.values());
        List<String> lines = labels.wrapped(texts.get("sweep.fan.point", Integer.toString(fan.point()), ""), parts,
                new TextMetrics(ChartStyle.LEGEND), LEGEND_WIDTH);
        if (base) {
            lines.set(lines.size() - 1, texts.get("sweep.fan.isBase", lines.get(lines.size() - 1)));
        }
        return lines;
    }

    /** The point's mean line over its band, named on the first line, then the rest of its name under it. */
    private static void addLegendItems(LegendItemCollection items, List<String> lines, Color colour) {
        items.add(SweepLegend.lineOnBand(lines.get(0), SweepStyle.FAN_MEAN_STROKE, colour,
                translucent(colour, SweepStyle.FAN_BAND_ALPHA)));
        for (String line : lines.subList(1, lines.size())) {
            items.add(SweepLegend.continued(line));
        }
    }

    private static DeviationRenderer band(Color colour) {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setSeriesFillPaint(0, colour);
        renderer.setAlpha(SweepStyle.FAN_BAND_ALPHA);
        return renderer;
    }

    /** The index from −1 to +1, as on the run figure. */
    static NumberAxis indexAxis(Texts texts) {
        NumberAxis axis = new NumberAxis(texts.get("index.axis.oneLine"));
        SweepChartParts.style(axis);
        axis.setRange(-1, 1);
        axis.setTickUnit(new NumberTickUnit(0.5, Decimals.format(1)));
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
