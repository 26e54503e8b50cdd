package dyad.chart;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart metric's mean against the one parameter of a sweep, with its 95 % confidence band and a dot at
 * each point. Points without a mean leave a gap in the line and band.
 */
final class MetricLineChart {

    private static final int X_TICKS = 12;
    private static final int Y_TICKS = 10;

    private MetricLineChart() {
    }

    static String fileName(SweepResults results) {
        ParameterLabels labels = new ParameterLabels(results.parameters(), List.of());
        return results.metric() + "-by-" + labels.fileName(0);
    }

    static JFreeChart create(SweepResults results) {
        ParameterLabels labels = new ParameterLabels(results.parameters(),
                results.points().stream().map(PointMean::values).toList());
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(1f);
        YIntervalSeriesCollection dataset = segments(results.points());
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.MEAN);
            renderer.setSeriesStroke(s, ChartStyle.MEAN_STROKE);
            renderer.setSeriesFillPaint(s, ChartStyle.BAND);
            renderer.setSeriesShape(s, SweepStyle.DOT);
        }
        NumberAxis x = SweepChartParts.numberAxis(labels.axisLabel(0));
        SweepChartParts.showParameter(x, results.points().stream().mapToDouble(p -> p.values()[0]).toArray(),
                X_TICKS);
        NumberAxis y = SweepChartParts.numberAxis(results.metric());
        double[] extent = PointMean.extent(results.points());
        SweepChartParts.showMetric(y, results.metric(), extent[0], extent[1], Y_TICKS);
        XYPlot plot = SweepChartParts.plot(x, y);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        SweepChartParts.addGridlines(plot);

        String replications = SweepChartParts.replications(results.replications());
        JFreeChart chart = SweepChartParts.chart(plot, results.name() + " — " + results.metric() + " (mean of "
                + replications + " per point)", List.of("x: " + results.parameters().get(0)));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.dotOnLine("mean over the point's " + replications, ChartStyle.MEAN_STROKE,
                ChartStyle.MEAN));
        items.add(SweepLegend.box("95 % confidence interval of the mean", ChartStyle.BAND));
        chart.addLegend(SweepLegend.title(items));
        return chart;
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
