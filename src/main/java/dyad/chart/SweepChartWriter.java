package dyad.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/**
 * Draws a finished sweep's charts from the tables in its results folder, without running anything: a heatmap
 * of the chart metric for a two-parameter grid, the metric against the parameter for one parameter, else one
 * panel per parameter; and a fan chart of the index over time at the fan points. Each as PNG, SVG and PDF.
 */
public final class SweepChartWriter {

    private SweepChartWriter() {
    }

    /**
     * Writes the charts into dir.
     *
     * @throws dyad.scenario.BadInputException if the manifest or a table is missing or cannot be read
     */
    public static void write(Path dir) throws IOException {
        write(dir, dir);
    }

    /** Writes the charts of the sweep whose tables are in {@code tables} into {@code into}. */
    public static void write(Path tables, Path into) throws IOException {
        Path dir = into;
        SweepResults results = SweepResults.read(tables);
        if (results.parameters().size() == 1) {
            write(MetricLineChart.create(results), dir, MetricLineChart.fileName(results));
        } else if (results.parameters().size() == 2 && SweepResults.GRID.equals(results.design())) {
            write(HeatmapChart.create(results), dir, HeatmapChart.fileName(results));
        } else {
            write(ParameterPanelsChart.create(results), dir, ParameterPanelsChart.fileName(results));
        }
        if (!results.fans().isEmpty()) {
            write(FanChart.create(results), dir, FanChart.FILE_NAME);
        }
    }

    private static void write(JFreeChart chart, Path dir, String baseName) throws IOException {
        ChartFiles.writeAll(chart, dir, baseName, IndexChart.WIDTH, IndexChart.HEIGHT);
    }
}
