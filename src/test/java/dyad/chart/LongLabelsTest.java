package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.scenario.Language;
import dyad.scenario.ScenarioLoader;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parameter label of some 90 characters, which a sweep file may give, fits the panel it names: it wraps
 * instead of running into the next panel, off the figure or into the caption, and does not squeeze the plot.
 */
class LongLabelsTest {

    private static final String LONG_EN =
            "The weight the United States gives to containing Russia when NATO decides on enlargement";
    private static final String LONG_ZH = "美國在北約決定東擴時對圍堵俄羅斯所賦予的權重，以及其他許多相關的考量因素";

    private static final double GAP = 54;

    @TempDir
    Path temp;

    /** Four panels side by side, as in the marginals chart, and a left label as tall as a pairs panel. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh-TW"})
    void aPanelsAxisLabelsWrapToItsWidthAndHeight(String language) {
        String label = label(language);
        List<XYPlot> panels = new ArrayList<>();
        List<WrappingLabelAxis> axes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            WrappingLabelAxis x = WrappingLabelAxis.of(i == 0 ? "Short" : label, SweepStyle.PANEL_AXIS_LABEL);
            WrappingLabelAxis y = WrappingLabelAxis.of(label, SweepStyle.PANEL_AXIS_LABEL);
            x.setOverhang(GAP / 2);
            x.setRange(0, 1);
            y.setRange(0, 1);
            axes.add(x);
            axes.add(y);
            panels.add(SweepChartParts.plot(x, y));
        }
        JFreeChart chart = SweepChartParts.chart(new PanelGridPlot(panels, 4, GAP, 36), "Title", List.of());
        ChartRenderingInfo info = draw(chart);

        String drawn = DrawnText.of(chart);
        for (int i = 0; i < 4; i++) {
            Rectangle2D data = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            WrappingLabelAxis x = axes.get(2 * i);
            WrappingLabelAxis y = axes.get(2 * i + 1);
            // half the gap each side: the labels of neighbouring panels never meet
            assertFits(x, data.getWidth() + GAP, language);
            assertFits(y, data.getHeight(), language);
            x.drawnLines().forEach(line -> assertTrue(drawn.contains(line + "\n"), line));
        }
        assertEquals(List.of("Short"), axes.get(0).drawnLines());
        assertEquals(SweepStyle.PANEL_AXIS_LABEL.getSize2D(), axes.get(0).drawnFont().getSize2D());
        assertTrue(axes.get(2).drawnLines().size() > 1, "the long label wraps");
    }

    /** The parameters' names wrap beside their bars, leaving the plot most of the figure's width. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh-TW"})
    void aLongNameInTheSensitivityChartLeavesThePlotItsWidth(String language) throws IOException {
        SensitivityFile file = file();
        List<Sensitivity.Estimate> estimates = new ArrayList<>();
        for (String output : file.outputs()) {
            for (String path : file.sweep().parameterPaths()) {
                estimates.add(new Sensitivity.Estimate(output, path, Sensitivity.FIRST, 0.3, 0.1, 0.5));
                estimates.add(new Sensitivity.Estimate(output, path, Sensitivity.TOTAL, 0.4, 0.2, 0.6));
            }
        }
        JFreeChart chart = SensitivityChart.create(file, ScenarioLoader.load(Path.of(
                "scenarios/us-russia-1992-2007.yaml")), estimates, "sf6", Language.of(language));
        ChartRenderingInfo info = draw(chart);

        Rectangle2D data = info.getPlotInfo().getDataArea();
        assertTrue(data.getWidth() > 0.6 * IndexChart.WIDTH, "plot width " + data.getWidth());
        WrappingSymbolAxis names = (WrappingSymbolAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
        assertTrue(names.widest() <= SensitivityChart.NAME_WIDTH, "widest line " + names.widest());
        String drawn = DrawnText.of(chart);
        for (int i = 0; i < 2; i++) {
            List<String> lines = names.lines(i);
            lines.forEach(line -> assertTrue(drawn.contains(line + "\n"), line));
        }
        assertEquals(label(language), String.join(language.equals("en") ? " " : "", names.lines(
                List.of(names.getSymbols()).indexOf(label(language)))));
        // the question names the fact's title in one pair of quotes, not inside the output's own
        String title = chart.getTitle().getText();
        if (language.equals("en")) {
            assertEquals("What drives the share of runs that pass SF6 ‘US attacks, Russia defends’? Sobol indices",
                    title);
        } else {
            assertEquals(1, title.chars().filter(c -> c == '「').count(), title);
        }
    }

    private SensitivityFile file() throws IOException {
        Path file = temp.resolve("long.yaml");
        Files.writeString(file, String.join("\n", "name: long",
                "scenario: " + Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath(),
                "method: sobol", "base_samples: 8", "bootstrap: 100", "replications: 2", "seed: 5",
                "windows: {2004_2007: {start: 2004-01, end: 2007-12}}", "metrics: [windows, facts]",
                "outputs: [mean_index_2004_2007, sf6]", "parameters:",
                "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}",
                "  agents.usa.weights.containment: {min: 0.25, max: 0.75, label: {en: \"" + LONG_EN
                        + "\", zh-TW: \"" + LONG_ZH + "\"}}", ""));
        return SensitivityFile.load(file);
    }

    private static void assertFits(WrappingLabelAxis axis, double room, String language) {
        TextMetrics metrics = new TextMetrics(axis.drawnFont());
        for (String line : axis.drawnLines()) {
            assertTrue(metrics.width(line) <= room + 0.5, "'" + line + "' is " + metrics.width(line)
                    + " wide for " + room);
        }
        assertTrue(axis.drawnFont().getSize2D() >= SweepStyle.PANEL_AXIS_LABEL.getSize2D() - WrappingLabelAxis.SMALLER);
        assertEquals(axis.getLabel(), String.join(language.equals("en") ? " " : "", axis.drawnLines()));
        assertFalse(axis.drawnLines().stream().anyMatch(line -> line.startsWith("，")), "no line opens on a comma");
    }

    private static String label(String language) {
        return language.equals("en") ? LONG_EN : LONG_ZH;
    }

    private static ChartRenderingInfo draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(IndexChart.WIDTH, IndexChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, IndexChart.WIDTH, IndexChart.HEIGHT), info);
        g2.dispose();
        return info;
    }
}
