package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.FanTable;
import dyad.batch.PointRunner;
import dyad.batch.PointsTable;
import dyad.batch.Progress;
import dyad.batch.Sweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepManifest;
import dyad.scenario.BadInputException;
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
        assertCharts(grid, "heatmap-" + metric, metric);
        assertCharts(grid, "fan", "point 0: oil_dependence 0.20, containment 0.25");
        assertFalse(Files.exists(grid.resolve(metric + "-by-parameter.png")));
    }

    @Test
    void theHeatmapNamesBothParametersAndShowsCellValues() throws Exception {
        String text = svgText(grid.resolve("heatmap-" + chartMetric(grid) + ".svg"));
        assertTrue(text.contains("agents.russia.oil_dependence"), "x parameter missing");
        assertTrue(text.contains("agents.usa.weights.containment"), "y parameter missing");
        assertTrue(text.contains("mean of 6 replications per point"), "replications missing");
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
        assertCharts(lhs, metric + "-by-parameter", metric);
        assertCharts(lhs, "fan", "point 6");
        String text = svgText(lhs.resolve(metric + "-by-parameter.svg"));
        assertTrue(text.contains("russia.weights.threat"), "first parameter missing");
        assertTrue(text.contains("september-11.effects[0].change"), "second parameter missing");
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
        assertCharts(dir, metric + "-by-oil_dependence", metric);
        assertCharts(dir, "fan", "oil_dependence 0.20");
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
