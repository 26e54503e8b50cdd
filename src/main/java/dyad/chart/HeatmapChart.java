package dyad.chart;

import dyad.scenario.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The chart metric's mean over a two-parameter grid: one cell per point, the first parameter across and the
 * second up, coloured by {@link MetricPaintScale} with its legend on the right, values in the cells if few, and
 * the base scenario's own values marked ({@link HeatmapBase}).
 */
final class HeatmapChart {

    /** Cells up to which each cell shows its value. */
    private static final int MAX_LABELLED_CELLS = 150;
    /** Columns beyond which the x tick labels are turned upright. */
    private static final int MAX_FLAT_LABELS = 16;
    private static final int MAX_LEGEND_TICKS = 8;

    private HeatmapChart() {
    }

    static String fileName(SweepResults results) {
        return "heatmap-" + results.metric();
    }

    static JFreeChart create(SweepResults results) {
        SweepLabels words = results.labels();
        Texts texts = words.texts();
        List<Double> xs = distinct(results.points(), 0);
        List<Double> ys = distinct(results.points(), 1);
        double[][] cells = new double[xs.size()][ys.size()];
        for (double[] column : cells) {
            Arrays.fill(column, Double.NaN);
        }
        for (PointMean point : results.points()) {
            cells[xs.indexOf(point.values()[0])][ys.indexOf(point.values()[1])] = point.mean();
        }
        MetricPaintScale scale = MetricPaintScale.of(words.scale(results.metric()),
                results.points().stream().mapToDouble(PointMean::mean).toArray());
        ParameterLabels labels = ParameterLabels.of(results, results.points().stream().map(PointMean::values).toList());

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = SweepChartParts.plot(axis(labels, 0, xs), axis(labels, 1, ys));
        plot.setDataset(dataset(cells));
        plot.setRenderer(renderer);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        x.setVerticalTickLabels(xs.size() > MAX_FLAT_LABELS);
        HeatmapCells cellValues = new HeatmapCells(cells, scale, xs.size() * ys.size() <= MAX_LABELLED_CELLS);
        plot.addAnnotation(cellValues, false);

        LegendItemCollection items = new LegendItemCollection();
        double baseX = words.base(0);
        double baseY = words.base(1);
        if (!Double.isNaN(baseX) && !Double.isNaN(baseY)) {
            String values = labels.joined(List.of(labels.withBaseValue(0, baseX), labels.withBaseValue(1, baseY)));
            HeatmapBase base = HeatmapBase.of(xs, ys, baseX, baseY, cellValues);
            if (base != null) {
                plot.addAnnotation(base, false);
                items.add(base.legendItem(texts.get("sweep.legend.base", values)));
            } else {
                items.add(SweepLegend.text(texts.get("sweep.legend.baseOutside", values)));
            }
        }
        if (results.points().stream().anyMatch(p -> !p.hasMean())) {
            items.add(SweepLegend.box(texts.get("sweep.legend.noData") + " (" + HeatmapCells.NO_DATA + ")",
                    MetricPaintScale.NO_DATA));
        }
        JFreeChart chart = SweepChartParts.chart(plot, words.metric(results.metric()),
                List.of(texts.get(scale.scale() == SweepLabels.Scale.PASS_SHARE ? "sweep.heatmap.subtitle.passShare"
                        : "sweep.heatmap.subtitle", SweepChartParts.replications(results.replications(), texts),
                        words.source(results.name()))));
        if (items.getItemCount() > 0) {
            chart.addLegend(SweepLegend.title(items));
        }
        chart.addSubtitle(legend(scale, texts));
        return chart;
    }

    private static List<Double> distinct(List<PointMean> points, int parameter) {
        TreeSet<Double> values = new TreeSet<>();
        points.forEach(p -> values.add(p.values()[parameter]));
        return List.copyOf(values);
    }

    private static SymbolAxis axis(ParameterLabels labels, int parameter, List<Double> values) {
        SymbolAxis axis = new SymbolAxis(labels.axisLabel(parameter),
                labels.values(parameter, values).toArray(new String[0]));
        SweepChartParts.style(axis);
        axis.setGridBandsVisible(false);
        axis.setAxisLineVisible(false);
        axis.setRange(-0.5, values.size() - 0.5);
        return axis;
    }

    private static DefaultXYZDataset dataset(double[][] cells) {
        int count = cells.length * cells[0].length;
        double[][] series = new double[3][count];
        int item = 0;
        for (int x = 0; x < cells.length; x++) {
            for (int y = 0; y < cells[x].length; y++) {
                series[0][item] = x;
                series[1][item] = y;
                series[2][item] = cells[x][y];
                item++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("mean", series);
        return dataset;
    }

    private static PaintScaleLegend legend(MetricPaintScale scale, Texts texts) {
        NumberAxis axis = SweepChartParts.numberAxis(switch (scale.scale()) {
            case INDEX -> texts.get("sweep.scale.index");
            case PASS_SHARE -> texts.get("sweep.scale.passShare");
            case DATA -> texts.get("sweep.scale.data");
        });
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setTickUnit(SweepChartParts.tickUnit(scale.getUpperBound() - scale.getLowerBound(), MAX_LEGEND_TICKS));
        axis.setAxisLineVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(32);
        legend.setAxisOffset(4);
        legend.setSubdivisionCount(200);
        legend.setStripOutlineVisible(false);
        legend.setMargin(new RectangleInsets(30, 28, 30, 0));
        return legend;
    }
}
