package dyad.chart;

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
 * its 95 % confidence interval as a bar; all panels on the same metric scale, named once at the left. For
 * sampled designs and grids of more than two parameters.
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
        ParameterLabels labels = new ParameterLabels(results.parameters(),
                results.points().stream().map(PointMean::values).toList());
        double[] extent = PointMean.extent(results.points());
        int columns = PanelGridPlot.columnsFor(results.parameters().size());
        List<XYPlot> panels = new ArrayList<>();
        for (int j = 0; j < results.parameters().size(); j++) {
            panels.add(panel(results, labels, j, extent, Math.max(MIN_TICKS, MAX_TICKS_ACROSS / columns)));
        }
        PanelGridPlot grid = new PanelGridPlot(panels, columns, GAP, GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4));

        String replications = SweepChartParts.replications(results.replications());
        JFreeChart chart = SweepChartParts.chart(grid, results.name() + " — " + results.metric() + " (mean of "
                + replications + " per point)", List.of(results.points().size() + " points of "
                + SweepChartParts.design(results.design()) + " over " + results.parameters().size()
                + " parameters; each panel shows the points against one of them"));
        chart.addSubtitle(SweepChartParts.sideLabel(results.metric()));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.dot("mean over a point's " + replications, ChartStyle.MEAN));
        items.add(SweepLegend.errorBar("95 % confidence interval of the mean", SweepStyle.ERROR_STROKE,
                SweepStyle.ERROR_BAR));
        chart.addLegend(SweepLegend.title(items));
        return chart;
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

        NumberAxis x = SweepChartParts.numberAxis(labels.axisLabel(parameter));
        x.setLabelFont(SweepStyle.PANEL_AXIS_LABEL);
        SweepChartParts.showParameter(x, results.points().stream().mapToDouble(p -> p.values()[parameter]).toArray(),
                xTicks);
        NumberAxis y = SweepChartParts.numberAxis(null);
        SweepChartParts.showMetric(y, results.metric(), extent[0], extent[1], Y_TICKS);
        XYPlot plot = SweepChartParts.plot(x, y);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        SweepChartParts.addGridlines(plot);
        return plot;
    }
}
