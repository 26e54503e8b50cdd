package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.batch.Figures;
import dyad.batch.SweepManifest;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Draws a finished sweep's charts from the tables in its results folder, without running anything: a heatmap
 * of the chart metric for a two-parameter grid, the metric against the parameter for one parameter, else one
 * panel per parameter; and a fan chart of the index over time at the fan points. Each as PNG, SVG and PDF (or the formats chosen), with
 * the labels and base values of the sweep and scenario kept in the folder, in English or Traditional Chinese.
 */
public final class SweepChartWriter {

    private SweepChartWriter() {
    }

    /**
     * Writes the charts into dir, in the languages and formats its manifest names.
     *
     * @throws dyad.scenario.BadInputException if the manifest or a table is missing or cannot be read
     */
    public static void write(Path dir) throws IOException {
        write(dir, dir, Figures.of(SweepManifest.read(dir)));
    }

    /**
     * Writes the charts of the sweep whose tables are in {@code tables} into {@code into}, in a language in every
     * format, or in the languages and formats its manifest names if null.
     */
    public static void write(Path tables, Path into, Language language) throws IOException {
        write(tables, into, language == null ? Figures.of(SweepManifest.read(tables)) : Figures.in(language));
    }

    /** Writes the charts of the sweep whose tables are in {@code tables} into {@code into}, in each language's formats and names. */
    public static void write(Path tables, Path into, Figures figures) throws IOException {
        for (FigureOutput output : figures.outputs()) {
            SweepResults results = SweepResults.read(tables, output.language());
            for (Map.Entry<String, JFreeChart> chart : charts(results).entrySet()) {
                ChartFiles.writeAll(chart.getValue(), into, chart.getKey(), IndexChart.WIDTH, IndexChart.HEIGHT,
                        output);
            }
        }
    }

    /** The charts of a sweep's results by their file names (without extension), in the order they are written. */
    static Map<String, JFreeChart> charts(SweepResults results) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (results.parameters().size() == 1) {
            charts.put(MetricLineChart.fileName(results), MetricLineChart.create(results));
        } else if (results.parameters().size() == 2 && SweepResults.GRID.equals(results.design())) {
            charts.put(HeatmapChart.fileName(results), HeatmapChart.create(results));
        } else {
            charts.put(ParameterPanelsChart.fileName(results), ParameterPanelsChart.create(results));
        }
        if (!results.fans().isEmpty()) {
            charts.put(FanChart.FILE_NAME, FanChart.create(results));
        }
        return charts;
    }
}
