package dyad.chart;

import dyad.scenario.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One small panel per parameter: the chart metric's mean at every point against that parameter's value, with
 * its 95 % confidence interval as a bar, and a line at the base scenario's own value; all panels on the same
 * metric scale, named once at the left. For sampled designs and grids of more than two parameters.
 */
final class ParameterPanelsChart {

    private static final double GAP = 36;
    private static final int Y_TICKS = 8;
    /** Ticks on the x axes of a row of panels, together. */
    private static final int MAX_TICKS_ACROSS = 24;
    private static final int MIN_TICKS = 4;

    private ParameterPanelsChart() {
    }

    static String fileName(SweepResults results) {
        return results.metric() + "-by-parameter";
    }

    static JFreeChart create(SweepResults results) {
        SweepLabels words = results.labels();
        Texts texts = words.texts();
        ParameterLabels labels = ParameterLabels.of(results, results.points().stream().map(PointMean::values).toList());
        double[] extent = PointMean.extent(results.points());
        int columns = PanelGridPlot.columnsFor(results.parameters().size());
        List<XYPlot> panels = new ArrayList<>();
        boolean marked = false;
        for (int j = 0; j < results.parameters().size(); j++) {
            XYPlot panel = panel(results, labels, j, extent, Math.max(MIN_TICKS, MAX_TICKS_ACROSS / columns));
            double[] values = values(results, j);
            marked |= !Double.isNaN(words.base(j)) && SweepChartParts.baseMarker(panel, values, words.base(j), null);
            panels.add(panel);
        }
        PanelGridPlot grid = new PanelGridPlot(panels, columns, GAP, GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4));

        String replications = SweepChartParts.replications(results.replications(), texts);
        String metric = words.metric(results.metric());
        JFreeChart chart = SweepChartParts.chart(grid, metric, List.of(texts.get("sweep.panels.subtitle",
                results.points().size(), SweepChartParts.design(results.design(), texts), results.parameters().size(),
                words.source(results.name()))));
        chart.addSubtitle(SweepChartParts.sideLabel(metric));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.dot(texts.get("sweep.legend.mean", replications), ChartStyle.MEAN));
        items.add(SweepLegend.errorBar(texts.get("sweep.legend.ci"), SweepStyle.ERROR_STROKE, SweepStyle.ERROR_BAR));
        if (marked) {
            items.add(SweepLegend.line(texts.get("sweep.legend.basePanels"), SweepStyle.BASE_STROKE, SweepStyle.BASE));
        }
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    private static double[] values(SweepResults results, int parameter) {
        return results.points().stream().mapToDouble(p -> p.values()[parameter]).toArray();
    }

    private static XYPlot panel(SweepResults results, ParameterLabels labels, int parameter, double[] extent,
                                int xTicks) {
        YIntervalSeries series = new YIntervalSeries(results.parameters().get(parameter), false, true);
        for (PointMean point : results.points()) {
            if (point.hasMean()) {
                series.add(point.values()[parameter], point.mean(), point.lowOrMean(), point.highOrMean());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawXError(false);
        renderer.setErrorPaint(SweepStyle.ERROR_BAR);
        renderer.setErrorStroke(SweepStyle.ERROR_STROKE);
        renderer.setCapLength(8);
        renderer.setSeriesPaint(0, ChartStyle.MEAN);
        renderer.setSeriesShape(0, SweepStyle.DOT);

        NumberAxis x = SweepChartParts.parameterAxis(labels, parameter, values(results, parameter), xTicks);
        x.setLabelFont(SweepStyle.PANEL_AXIS_LABEL);
        NumberAxis y = SweepChartParts.numberAxis(null);
        SweepChartParts.showMetric(y, results.labels().scale(results.metric()), extent[0], extent[1], Y_TICKS);
        XYPlot plot = SweepChartParts.plot(x, y);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        SweepChartParts.addGridlines(plot);
        return plot;
    }
}
