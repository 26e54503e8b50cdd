package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import dyad.scenario.Text;
import dyad.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class IndexChartTest {

    private static Scenario baseline;
    private static RunSummary run;

    @BeforeAll
    static void runBaseline() {
        baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml")).withSeedAndReplications(1, 20);
        run = Replay.run(baseline);
    }

    @Test
    void pngIsSixteenByNineAndNotBlank(@TempDir Path dir) throws IOException {
        IndexChart.write(baseline, run, dir);

        BufferedImage png = ImageIO.read(dir.resolve("cooperation-index.png").toFile());
        assertNotNull(png, "PNG does not decode");
        assertEquals(png.getWidth() * 9, png.getHeight() * 16, "not 16:9: " + png.getWidth() + "x" + png.getHeight());
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        int pixels = 0;
        for (int y = png.getHeight() * 2 / 10; y < png.getHeight() * 6 / 10; y++) {
            for (int x = png.getWidth() / 10; x < png.getWidth() * 9 / 10; x++) {
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb == 0xFFFFFF ? 0 : 1;
                pixels++;
            }
        }
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours in the plot area");
        assertTrue(nonWhite > pixels / 5, "plot area mostly white: " + nonWhite + " of " + pixels);
    }

    @Test
    void svgIsXmlWithTheScenarioPhasesAndEvents(@TempDir Path dir) throws Exception {
        IndexChart.write(baseline, run, dir);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document svg = factory.newDocumentBuilder().parse(dir.resolve("cooperation-index.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains(baseline.title().text()), "scenario title missing");
        assertTrue(text.contains("mean of 20 replications"), "replications missing");
        Phase phase = baseline.periodisations().get(0).phases().get(0);
        assertTrue(text.contains(phase.label().text()), "phase label missing: " + phase.label());
        for (EventSpec event : baseline.events()) {
            assertEquals(event.shownOnChart(), text.contains(event.label().text()), "event label: " + event.label());
        }
    }

    @Test
    void pdfIsWritten(@TempDir Path dir) throws IOException {
        IndexChart.write(baseline, run, dir);

        byte[] pdf = Files.readAllBytes(dir.resolve("cooperation-index.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void sameInputsGiveTheSameSvg(@TempDir Path dir) throws IOException {
        IndexChart.write(baseline, run, dir.resolve("a"));
        IndexChart.write(baseline, run, dir.resolve("b"));

        String svg = "cooperation-index.svg";
        assertEquals(-1, Files.mismatch(dir.resolve("a").resolve(svg), dir.resolve("b").resolve(svg)));
    }

    @Test
    void drawsWithoutEventsOrPeriodisations(@TempDir Path dir) throws IOException {
        Scenario bare = samePeriod(List.of(), List.of());

        IndexChart.write(bare, run, dir);

        assertEquals(1920, ImageIO.read(dir.resolve("cooperation-index.png").toFile()).getWidth());
    }

    @Test
    void drawsCrowdedEventsAndNarrowPhases(@TempDir Path dir) throws IOException {
        List<EventSpec> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(new EventSpec("e" + i, YearMonth.of(2000 + i % 4, 1 + i % 3),
                    Text.of("A rather long label for event number " + i), i % 2 == 0 ? EventKind.DRIVER : EventKind.MARKER,
                    Text.of("test"), true, List.of()));
        }
        List<Phase> phases = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            phases.add(new Phase("P" + m, Text.of("A phase far too long to fit in one month"), YearMonth.of(2000, m),
                    YearMonth.of(2000, m)));
        }
        Scenario crowded = samePeriod(events, List.of(new Periodisation("p", Text.of("Monthly phases"), true, phases)));

        IndexChart.write(crowded, run, dir);

        assertTrue(Files.size(dir.resolve("cooperation-index.svg")) > 0);
    }

    @Test
    void rejectsARunOfAnotherPeriod() {
        Scenario shorter = new Scenario("short", Text.of("short"), Text.of(""), baseline.start(),
                baseline.end().minusMonths(1), 8, 1, 3, 20, Optional.empty(), List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> IndexChart.create(shorter, run));
    }

    /** A scenario over the baseline's period, so that the baseline run fits it. */
    private static Scenario samePeriod(List<EventSpec> events, List<Periodisation> periodisations) {
        return new Scenario("test", Text.of("test"), Text.of(""), baseline.start(), baseline.end(), 8, 1, 3, 20,
                Optional.empty(), List.of(), Map.of(), events, periodisations, List.of(), List.of(), Optional.empty());
    }
}
