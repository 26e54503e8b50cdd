package dyad.chart;

import dyad.scenario.Texts;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart metric's mean against the one parameter of a sweep, with its 95 % confidence band and a dot at
 * each point, and a line at the base scenario's own value. Points without a mean leave a gap in the line and band.
 */
final class MetricLineChart {

    private static final int X_TICKS = 12;
    private static final int Y_TICKS = 10;

    private MetricLineChart() {
    }

    static String fileName(SweepResults results) {
        return results.metric() + "-by-" + ParameterLabels.of(results, List.of()).fileName(0);
    }

    static JFreeChart create(SweepResults results) {
        SweepLabels words = results.labels();
        Texts texts = words.texts();
        ParameterLabels labels = ParameterLabels.of(results, results.points().stream().map(PointMean::values).toList());
        boolean choice = labels.isChoice(0);
        YIntervalSeriesCollection dataset = segments(results.points());
        // a choice's levels are not joined by a line: between two scenarios there is nothing
        org.jfree.chart.renderer.xy.XYItemRenderer renderer = choice ? levelRenderer() : lineRenderer(dataset);
        double[] values = results.points().stream().mapToDouble(p -> p.values()[0]).toArray();
        NumberAxis x = SweepChartParts.parameterAxis(labels, 0, values, X_TICKS);
        String metric = words.metric(results.metric());
        NumberAxis y = SweepChartParts.numberAxis(metric);
        double[] extent = PointMean.extent(results.points());
        SweepChartParts.showMetric(y, words.scale(results.metric()), extent[0], extent[1], Y_TICKS);
        XYPlot plot = SweepChartParts.plot(x, y);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        SweepChartParts.addGridlines(plot);

        String replications = SweepChartParts.replications(results.replications(), texts);
        JFreeChart chart = SweepChartParts.chart(plot, metric, List.of(texts.get("sweep.line.subtitle",
                words.source(results.name()))));
        LegendItemCollection items = new LegendItemCollection();
        if (choice) {
            items.add(SweepLegend.dot(texts.get("sweep.legend.mean", replications), ChartStyle.MEAN));
            items.add(SweepLegend.errorBar(texts.get("sweep.legend.ci"), SweepStyle.ERROR_STROKE,
                    SweepStyle.ERROR_BAR));
        } else {
            items.add(SweepLegend.dotOnLine(texts.get("sweep.legend.mean", replications), ChartStyle.MEAN_STROKE,
                    ChartStyle.MEAN));
            items.add(SweepLegend.box(texts.get("sweep.legend.ci"), ChartStyle.BAND));
        }
        double base = words.base(0);
        if (!Double.isNaN(base)) {
            String value = labels.withBaseValue(0, base);
            if (SweepChartParts.baseMarker(plot, values, base, texts.get("sweep.marker.base"))) {
                items.add(SweepLegend.line(texts.get("sweep.legend.base", value), SweepStyle.BASE_STROKE,
                        SweepStyle.BASE));
            } else {
                items.add(SweepLegend.text(texts.get("sweep.legend.baseOutside", value)));
            }
        }
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    private static DeviationRenderer lineRenderer(YIntervalSeriesCollection dataset) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(1f);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.MEAN);
            renderer.setSeriesStroke(s, ChartStyle.MEAN_STROKE);
            renderer.setSeriesFillPaint(s, ChartStyle.BAND);
            renderer.setSeriesShape(s, SweepStyle.DOT);
        }
        return renderer;
    }

    /** A dot and an error bar at each level of a choice, as the parameter panels draw them. */
    private static XYErrorRenderer levelRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawXError(false);
        renderer.setErrorPaint(SweepStyle.ERROR_BAR);
        renderer.setErrorStroke(SweepStyle.ERROR_STROKE);
        renderer.setCapLength(16);
        renderer.setDefaultPaint(ChartStyle.MEAN);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setDefaultShape(SweepStyle.DOT);
        renderer.setAutoPopulateSeriesShape(false);
        return renderer;
    }

    /** One series per run of consecutive points that have a mean, in the order of the parameter. */
    private static YIntervalSeriesCollection segments(List<PointMean> points) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeries segment = null;
        for (PointMean point : points.stream().sorted(Comparator.comparingDouble(p -> p.values()[0])).toList()) {
            if (!point.hasMean()) {
                segment = null;
                continue;
            }
            if (segment == null) {
                segment = new YIntervalSeries("segment " + dataset.getSeriesCount(), false, true);
                dataset.addSeries(segment);
            }
            segment.add(point.values()[0], point.mean(), point.lowOrMean(), point.highOrMean());
        }
        return dataset;
    }
}
