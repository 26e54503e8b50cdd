package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.FanTable;
import dyad.batch.Manifest;
import dyad.batch.PointRunner;
import dyad.batch.PointsTable;
import dyad.batch.Progress;
import dyad.batch.Sweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepManifest;
import dyad.scenario.BadInputException;
import dyad.scenario.Language;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SweepChartWriterTest {

    private static final Path SWEEPS = Path.of("src/test/resources/sweeps");
    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml");

    @TempDir
    static Path sweeps;

    private static Path grid;
    private static Path lhs;

    @BeforeAll
    static void runSweeps() throws Exception {
        grid = sweep(SWEEPS.resolve("tiny.yaml"), sweeps.resolve("grid"), PointRunner.SIMULATION);
        lhs = sweep(SWEEPS.resolve("lhs.yaml"), sweeps.resolve("lhs"), PointRunner.SIMULATION);
        SweepChartWriter.write(grid);
        SweepChartWriter.write(lhs);
    }

    @Test
    void aGridOfTwoParametersGivesAHeatmapAndAFanChart() throws Exception {
        String metric = chartMetric(grid);
        assertCharts(grid, "heatmap-" + metric, "Mean cooperation index 2004–2007");
        assertCharts(grid, "fan", "point 0: Russia: oil dependence 0.20, United States: weight of containment 0.25");
        assertFalse(Files.exists(grid.resolve(metric + "-by-parameter.png")));
    }

    @Test
    void theHeatmapNamesBothParametersAndShowsCellValues() throws Exception {
        String text = svgText(grid.resolve("heatmap-" + chartMetric(grid) + ".svg"));
        assertTrue(text.contains("Russia: oil dependence"), "x parameter missing");
        assertTrue(text.contains("United States: weight of containment"), "y parameter missing");
        assertTrue(text.contains("the mean over the 6 replications at that point"), "replications missing");
        assertTrue(text.contains("base scenario: Russia: oil dependence 0.50, United States: weight of containment"
                + " 0.50"), "base scenario missing");
        assertEquals("Fixed scale: −1 all resist … +1 all cooperate",
                scaleLegend(heatmap(SweepResults.read(grid, null))).getAxis().getLabel());
        List<String> rows = Files.readAllLines(grid.resolve(PointsTable.POINTS));
        List<String> header = List.of(rows.get(0).split(","));
        String[] first = rows.get(1).split(",");
        String metric = chartMetric(grid);
        String cell = Decimals.format(Double.parseDouble(first[header.indexOf(metric + "_mean")]), 2);
        assertTrue(text.contains(cell), "cell value " + cell + " missing");
    }

    @Test
    void sampledDesignsGiveOnePanelPerParameter() throws Exception {
        String metric = chartMetric(lhs);
        assertCharts(lhs, metric + "-by-parameter", "Mean cooperation index 2004–2007");
        assertCharts(lhs, "fan", "point 6");
        String text = svgText(lhs.resolve(metric + "-by-parameter.svg"));
        assertTrue(text.contains("Russia: weight of threat"), "first parameter missing");
        assertTrue(text.contains("9/11 attacks: shared interest for United States"), "second parameter missing");
        assertTrue(text.contains("the base scenario’s value of the panel’s parameter"), "base scenario missing");
        assertFalse(Files.exists(lhs.resolve("heatmap-" + metric + ".png")));
    }

    @Test
    void oneParameterGivesTheMetricAgainstIt(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("one.yaml");
        Files.writeString(file, String.join("\n", "name: one",
                "scenario: " + BASELINE.toAbsolutePath().toString().replace('\\', '/'),
                "parameters: {agents.russia.oil_dependence: {values: [0.2, 0.5, 0.8]}}",
                "replications: 5", "seed: 1", ""), StandardCharsets.UTF_8);
        Path dir = sweep(file, temp.resolve("out"), PointRunner.SIMULATION);

        SweepChartWriter.write(dir);

        String metric = chartMetric(dir);
        assertCharts(dir, metric + "-by-oil_dependence", "Mean cooperation index 1992–2007");
        assertCharts(dir, "fan", "Russia: oil dependence 0.20");
        assertCharts(dir, "fan", "Russia: oil dependence 0.50 (the base scenario)");
        XYPlot plot = (XYPlot) SweepChartWriter.charts(SweepResults.read(dir, null))
                .get(metric + "-by-oil_dependence").getPlot();
        List<Double> marked = plot.getDomainMarkers(Layer.BACKGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList();
        assertEquals(List.of(0.5), marked, "a line at the base scenario's oil dependence");
    }

    @Test
    void theSameTablesGiveTheSameSvg() throws Exception {
        for (Path dir : List.of(grid, lhs)) {
            List<Path> svgs = svgs(dir);
            List<byte[]> first = svgs.stream().map(SweepChartWriterTest::bytes).toList();

            SweepChartWriter.write(dir);

            assertEquals(2, svgs.size(), "charts: " + svgs);
            for (int i = 0; i < svgs.size(); i++) {
                assertArrayEquals(first.get(i), bytes(svgs.get(i)), "changed: " + svgs.get(i));
            }
        }
    }

    @Test
    void theHeatmapMarksTheBaseScenarioWhereItsValuesLie() throws Exception {
        XYPlot plot = (XYPlot) heatmap(SweepResults.read(grid, null)).getPlot();
        List<HeatmapBase> marks = plot.getAnnotations().stream().filter(a -> a instanceof HeatmapBase)
                .map(a -> (HeatmapBase) a).toList();

        assertEquals(1, marks.size());
        assertEquals(1, marks.get(0).x(), 1e-12, "oil dependence 0.5 is the second of 0.2, 0.5, 0.8");
        assertEquals(0.5, marks.get(0).y(), 1e-12, "containment 0.5 is half way from 0.25 to 0.75");
        assertFalse(marks.get(0).onCell());
        assertEquals(2.5, HeatmapBase.position(List.of(0.0, 0.1, 0.2, 0.4), 0.3), 1e-12);
        assertTrue(Double.isNaN(HeatmapBase.position(List.of(0.0, 0.1), 0.3)), "outside the values swept");
        assertEquals(null, HeatmapBase.of(List.of(0.0, 0.1), List.of(0.0, 1.0), 0.3, 0.5));
    }

    @Test
    void indexAndPassShareHeatmapsHaveFixedColourRanges() throws Exception {
        SweepResults index = SweepResults.read(grid, null);
        assertScale(index, -1, 1);
        SweepResults passShare = new SweepResults(index.name(), index.design(), index.parameters(),
                index.replications(), "sf3", index.points(), index.fans(), index.labels());
        assertScale(passShare, 0, 1);
        assertEquals(SweepLabels.Scale.PASS_SHARE, passShare.labels().scale("sf3"));
    }

    @Test
    void theFanChartOverlaysItsPointsOnOnePlot() throws Exception {
        SweepResults results = SweepResults.read(lhs, null);
        XYPlot plot = (XYPlot) SweepChartWriter.charts(results).get(FanChart.FILE_NAME).getPlot();

        assertEquals(2, results.fans().size());
        int datasets = plot.getDatasetCount();
        assertEquals(2 + 2, datasets, "a band for each point, then their edges, then their means");
        assertEquals(2, plot.getDataset(datasets - 1).getSeriesCount(), "one mean line for each point");
        assertEquals(SweepStyle.FAN_COLOURS.get(1), plot.getRenderer(datasets - 1).getSeriesPaint(1));
        assertEquals(-1, plot.getRangeAxis().getLowerBound(), 0);
        assertEquals(1, plot.getRangeAxis().getUpperBound(), 0);
    }

    @Test
    void bothLanguagesDrawTheSameChartsByteForByte(@TempDir Path temp) throws Exception {
        for (Language language : Language.values()) {
            Path once = Files.createDirectories(temp.resolve(language.tag()).resolve("once"));
            Path twice = Files.createDirectories(temp.resolve(language.tag()).resolve("twice"));
            SweepChartWriter.write(grid, once, language);
            SweepChartWriter.write(grid, twice, language);
            List<Path> svgs = svgs(once);
            assertEquals(2, svgs.size());
            for (Path svg : svgs) {
                assertArrayEquals(bytes(svg), bytes(twice.resolve(svg.getFileName())), language + ": " + svg);
            }
        }
        String chinese = svgText(temp.resolve("zh-TW/once/heatmap-" + chartMetric(grid) + ".svg"));
        assertTrue(chinese.contains("平均合作指數（2004–2007）"), "title in Chinese");
        assertTrue(chinese.contains("基準情境：俄羅斯：石油依賴度 0.50；美國：圍堵的權重 0.50"), "base scenario");
        assertEquals("固定色階：−1 全部抗爭 … +1 全部合作",
                scaleLegend(heatmap(SweepResults.read(grid, Language.ZH_TW))).getAxis().getLabel());
        String fan = svgText(temp.resolve("zh-TW/once/fan.svg"));
        assertTrue(fan.contains("第 0 點：俄羅斯：石油依賴度 0.20；美國：圍堵的權重 0.25"), "fan point in Chinese");
        assertFalse(svgText(temp.resolve("en/once/fan.svg")).contains("點"), "no Chinese in English");
    }

    @Test
    void theChartsSpeakTheLanguageTheSweepWasRunIn(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("chinese");
        Sweep.run(SweepLoader.load(SWEEPS.resolve("lhs.yaml")), dir, new Sweep.Options(2, false, false, false,
                Language.ZH_TW), PointRunner.SIMULATION, Progress.QUIET, notice -> { }, SweepChartWriter::write);

        assertEquals(Language.ZH_TW, Manifest.language(SweepManifest.read(dir)));
        assertCharts(dir, chartMetric(dir) + "-by-parameter", "拉丁超立方抽樣共 7 個點");
        assertCharts(dir, "fan", "參數掃描中 2 個點的合作指數走勢");
    }

    @Test
    void aPointWhoseRunsAllFailedIsAGreyCell(@TempDir Path temp) throws Exception {
        PointRunner failsAtPointTwo = (plan, point, run, replication, keepSeries) -> {
            if (point.point() == 2) {
                throw new IllegalStateException("boom");
            }
            return PointRunner.SIMULATION.run(plan, point, run, replication, keepSeries);
        };
        Path dir = sweep(SWEEPS.resolve("tiny.yaml"), temp.resolve("failing"), failsAtPointTwo);

        SweepChartWriter.write(dir);

        String metric = chartMetric(dir);
        assertCharts(dir, "heatmap-" + metric, HeatmapCells.NO_DATA);
    }

    @Test
    void aMissingTableIsReported(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("partial");
        Files.createDirectories(dir);
        for (String file : List.of(SweepManifest.FILE, FanTable.FAN)) {
            Files.copy(grid.resolve(file), dir.resolve(file));
        }

        BadInputException e = assertThrows(BadInputException.class, () -> SweepChartWriter.write(dir));
        assertTrue(e.getMessage().contains(PointsTable.POINTS), e.getMessage());
        assertEquals("DIR", e.field());
    }

    @Test
    void aFolderWithoutItsSweepFileIsDrawnWithTheParametersPaths(@TempDir Path temp) throws Exception {
        for (String file : List.of(SweepManifest.FILE, PointsTable.POINTS, FanTable.FAN)) {
            Files.copy(grid.resolve(file), temp.resolve(file));
        }

        SweepChartWriter.write(temp);

        String metric = chartMetric(grid);
        assertCharts(temp, "heatmap-" + metric, metric);
        assertCharts(temp, "fan", "point 0: agents.russia.oil_dependence 0.20, agents.usa.weights.containment 0.25");
    }

    @Test
    void aFolderWithoutManifestIsReported(@TempDir Path temp) {
        BadInputException e = assertThrows(BadInputException.class, () -> SweepChartWriter.write(temp));
        assertTrue(e.getMessage().contains(SweepManifest.FILE), e.getMessage());
    }

    @Test
    void aTableWithoutTheMetricIsReported(@TempDir Path temp) throws Exception {
        for (String file : List.of(SweepManifest.FILE, FanTable.FAN)) {
            Files.copy(grid.resolve(file), temp.resolve(file));
        }
        Files.writeString(temp.resolve(PointsTable.POINTS),
                "point,agents.russia.oil_dependence,agents.usa.weights.containment\n0,0.2,0.25\n");

        BadInputException e = assertThrows(BadInputException.class, () -> SweepChartWriter.write(temp));
        assertTrue(e.getMessage().contains(chartMetric(grid) + "_mean"), e.getMessage());
    }

    @Test
    void aBadNumberIsReportedWithItsLine(@TempDir Path temp) throws Exception {
        for (String file : List.of(SweepManifest.FILE, PointsTable.POINTS, FanTable.FAN)) {
            Files.copy(grid.resolve(file), temp.resolve(file));
        }
        List<String> lines = Files.readAllLines(temp.resolve(PointsTable.POINTS));
        lines.set(2, lines.get(2).replaceFirst(",0\\.", ",x0."));
        Files.write(temp.resolve(PointsTable.POINTS), lines);

        BadInputException e = assertThrows(BadInputException.class, () -> SweepChartWriter.write(temp));
        assertTrue(e.getMessage().contains(PointsTable.POINTS + ":3:"), e.getMessage());
    }

    private static JFreeChart heatmap(SweepResults results) {
        return SweepChartWriter.charts(results).get(HeatmapChart.fileName(results));
    }

    private static PaintScaleLegend scaleLegend(JFreeChart heatmap) {
        return (PaintScaleLegend) heatmap.getSubtitles().stream().filter(t -> t instanceof PaintScaleLegend)
                .findFirst().orElseThrow();
    }

    private static void assertScale(SweepResults results, double lower, double upper) {
        PaintScaleLegend legend = scaleLegend(heatmap(results));
        assertEquals(lower, legend.getScale().getLowerBound(), 0);
        assertEquals(upper, legend.getScale().getUpperBound(), 0);
        assertEquals(lower, legend.getAxis().getLowerBound(), 0);
        assertEquals(upper, legend.getAxis().getUpperBound(), 0);
    }

    private static Path sweep(Path file, Path dir, PointRunner runner) throws Exception {
        Sweep.run(SweepLoader.load(file), dir, new Sweep.Options(2, false, false, false), runner, Progress.QUIET);
        return dir;
    }

    private static String chartMetric(Path dir) {
        return SweepManifest.read(dir).get("chart_metric").getAsString();
    }

    /** The PNG is 1920×1080 and not blank; the SVG is XML holding the text. */
    private static void assertCharts(Path dir, String baseName, String text) throws Exception {
        BufferedImage png = ImageIO.read(dir.resolve(baseName + ".png").toFile());
        assertNotNull(png, baseName + ".png does not decode");
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        int pixels = 0;
        for (int y = png.getHeight() / 5; y < png.getHeight() * 4 / 5; y += 2) {
            for (int x = png.getWidth() / 10; x < png.getWidth() * 9 / 10; x += 2) {
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb == 0xFFFFFF ? 0 : 1;
                pixels++;
            }
        }
        assertTrue(colours.size() > 20, baseName + ": only " + colours.size() + " colours");
        assertTrue(nonWhite > pixels / 100, baseName + ": mostly white, " + nonWhite + " of " + pixels);
        String svg = svgText(dir.resolve(baseName + ".svg"));
        assertTrue(svg.contains(text), baseName + ".svg lacks '" + text + "'");
    }

    private static String svgText(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        return svg.getDocumentElement().getTextContent();
    }

    private static List<Path> svgs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
