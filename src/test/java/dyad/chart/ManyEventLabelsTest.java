package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.scenario.EventSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A century with a thousand shown markers, one every 1.2 months on average, all on one chart. */
class ManyEventLabelsTest {

    private static final int MARKERS = 1000;
    private static final double AXIS_WIDTH = 1730;
    private static final double GAP = 6;
    private static final double TEXT_PADDING = 12;
    /** A text in JFreeSVG's output: x, y, font size and the text itself. */
    private static final Pattern SVG_TEXT = Pattern.compile(
            "<text x='([^']*)' y='([^']*)' style='[^']*font-size: ([0-9.]+)px;[^']*'[^>]*>([^<]*)</text>");

    @TempDir
    static Path dir;
    private static Scenario century;

    @BeforeAll
    static void loadCentury() throws IOException {
        Path file = dir.resolve("century.yaml");
        Files.writeString(file, centuryYaml(), StandardCharsets.UTF_8);
        century = ScenarioLoader.load(file);
    }

    @Test
    void everyMarkerIsPlacedBesideItsAnchorWithoutOverlapInItsRow() {
        List<EventSpec> events = shownByDate();
        assertEquals(MARKERS, events.size());
        for (Font font : List.of(ChartStyle.EVENT_LABEL, ChartStyle.EVENT_LABEL.deriveFont(12f))) {
            TextMetrics metrics = new TextMetrics(font);
            DoubleUnaryOperator toX = axis();

            List<EventLabels.Placed> placed = EventLabels.layout(events, metrics, toX, 0, AXIS_WIDTH);

            assertEquals(MARKERS, placed.size());
            Map<Integer, List<EventLabels.Placed>> rows = new TreeMap<>();
            for (int i = 0; i < MARKERS; i++) {
                EventLabels.Placed p = placed.get(i);
                assertSame(events.get(i), p.event());
                assertEquals(toX.applyAsDouble(Months.middle(p.event().date())), p.anchor(), 1e-9);
                assertEquals(metrics.width(p.event().label().text()), p.right() - p.left(), 1e-9);
                assertTrue(Math.abs(p.left() - (p.anchor() + GAP)) < 1e-9
                        || Math.abs(p.right() - (p.anchor() - GAP)) < 1e-9, "text not beside its anchor: " + p);
                assertTrue(p.row() >= 0, "no row: " + p);
                rows.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p);
            }
            for (List<EventLabels.Placed> row : rows.values()) {
                row.sort(Comparator.comparingDouble(EventLabels.Placed::left));
                for (int k = 1; k < row.size(); k++) {
                    assertTrue(row.get(k).left() - TEXT_PADDING >= row.get(k - 1).right(),
                            "texts overlap: " + row.get(k - 1) + " " + row.get(k));
                }
            }
            assertEquals(rows.size(), EventLabels.rowCount(placed), "a row left empty");
        }
    }

    @Test
    void theChartIsWrittenWithTheLabelsOfTheRowsInTheLaneNoneOverlapping() throws IOException {
        JFreeChart chart = IndexChart.create(century, Replay.run(century.withSeedAndReplications(1, 2)));
        Path out = dir.resolve("chart");

        ChartFiles.writeAll(chart, out, IndexChart.FILE_NAME, IndexChart.WIDTH, IndexChart.HEIGHT);

        BufferedImage png = ImageIO.read(out.resolve("cooperation-index.png").toFile());
        assertNotNull(png, "PNG does not decode");
        assertEquals(IndexChart.WIDTH, png.getWidth());
        byte[] pdf = Files.readAllBytes(out.resolve("cooperation-index.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        Map<Double, List<double[]>> textsByBaseline = new TreeMap<>();
        Set<String> drawn = new HashSet<>();
        Matcher text = SVG_TEXT.matcher(Files.readString(out.resolve("cooperation-index.svg")));
        while (text.find()) {
            String label = text.group(4);
            if (label.startsWith("Marker number ")) {
                assertTrue(drawn.add(label), "drawn twice: " + label);
                double left = Double.parseDouble(text.group(1));
                double width = new TextMetrics(ChartStyle.EVENT_LABEL.deriveFont(Float.parseFloat(text.group(3))))
                        .width(label);
                textsByBaseline.computeIfAbsent(Double.parseDouble(text.group(2)), y -> new ArrayList<>())
                        .add(new double[] {left, left + width});
            }
        }
        assertEquals(labelsOfTheRowsInTheLane(chart), drawn);
        for (List<double[]> row : textsByBaseline.values()) {
            row.sort(Comparator.comparingDouble(span -> span[0]));
            for (int k = 1; k < row.size(); k++) {
                assertTrue(row.get(k)[0] >= row.get(k - 1)[1], "texts overlap on one baseline");
            }
        }
    }

    /**
     * The labels whose rows lie in the lane, in the smallest font as a thousand rows do not fit it: the rows
     * above it are clipped, only their leaders show.
     */
    private static Set<String> labelsOfTheRowsInTheLane(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(IndexChart.WIDTH, IndexChart.HEIGHT, info);
        Rectangle2D lane = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        RectangleEdge edge = plot.getSubplots().get(0).getDomainAxisEdge();
        TextMetrics smallest = new TextMetrics(ChartStyle.EVENT_LABEL.deriveFont(12f));
        List<EventLabels.Placed> placed = EventLabels.layout(shownByDate(), smallest,
                v -> plot.getDomainAxis().valueToJava2D(v, lane, edge), lane.getMinX(), lane.getMaxX());
        double rowHeight = EventLabels.rowHeight(smallest);
        assertTrue(EventLabels.rowCount(placed) * rowHeight > lane.getHeight(), "the rows fit the lane");
        Set<String> inLane = new HashSet<>();
        for (EventLabels.Placed p : placed) {
            if (lane.getMaxY() - p.row() * rowHeight >= lane.getMinY()) {
                inLane.add(p.event().label().text());
            }
        }
        return inLane;
    }

    private static List<EventSpec> shownByDate() {
        return century.events().stream().filter(EventSpec::shownOnChart)
                .sorted(Comparator.comparing(EventSpec::date)).toList();
    }

    /** Months to pixels as the chart's lane measures its height: the whole period over the axis width. */
    private static DoubleUnaryOperator axis() {
        long from = Months.start(century.start());
        long to = Months.end(century.end());
        return v -> (v - from) / (to - from) * AXIS_WIDTH;
    }

    private static String centuryYaml() {
        StringBuilder yaml = new StringBuilder("""
                name: century-of-markers
                description: A thousand markers over a century.
                period: {start: 1900-01, end: 1999-12}
                seed: 1
                replications: 2
                oil_price: oil
                series:
                  oil:
                    unit: US$/bbl
                    source: constant
                    values:
                """);
        for (int year = 1900; year <= 1999; year++) {
            yaml.append("      ").append(year).append(": 20\n");
        }
        yaml.append("""
                agents:
                  a:
                    capability: 1
                    weights: {baseline: 1, reciprocity: 1, threat: 1}
                  b:
                    capability: 1
                    weights: {baseline: 0.5, reciprocity: 2, aspiration: 1}
                events:
                """);
        for (int i = 0; i < MARKERS; i++) {
            int month = i * 1200 / MARKERS;
            yaml.append("  m").append(i).append(":\n")
                    .append("    date: ").append(YearMonth.of(1900 + month / 12, 1 + month % 12)).append('\n')
                    .append("    kind: marker\n")
                    .append("    label: Marker number ").append(i).append(" of the century\n")
                    .append("    source: test\n")
                    .append("    show: true\n");
        }
        return yaml.toString();
    }
}
