package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index by issue area: one panel per area in its language, on the index's scale; live mode's area lines. */
class AreaChartTest {

    private static Scenario baseline;
    private static RunSummary run;

    @BeforeAll
    static void runBaseline() {
        baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml")).withSeedAndReplications(1, 4);
        run = Replay.run(baseline, ExogenousInputs.of(baseline), 1, 4);
    }

    @Test
    void writtenInBothLanguagesWithTheSameBytesForTheSameInputs(@TempDir Path dir) throws IOException {
        for (Language language : Language.values()) {
            for (String copy : List.of("a", "b")) {
                AreaChart.write(baseline, run.index(), run.areas().orElseThrow().index(), 4,
                        dir.resolve(language.tag() + "-" + copy), language);
            }
            for (String extension : List.of(".png", ".svg", ".pdf")) {
                String name = AreaChart.FILE_NAME + extension;
                assertEquals(-1, Files.mismatch(dir.resolve(language.tag() + "-a/" + name),
                        dir.resolve(language.tag() + "-b/" + name)), language + " " + name);
            }
            BufferedImage png = ImageIO.read(dir.resolve(language.tag() + "-a/areas.png").toFile());
            assertEquals(1920, png.getWidth());
            assertEquals(1080, png.getHeight());
        }
    }

    @Test
    void onePanelPerAreaTitledInTheLanguageOnTheIndexScaleOnly() {
        String english = DrawnText.of(AreaChart.create(baseline, run, Language.EN));
        String chinese = DrawnText.of(AreaChart.create(baseline, run, Language.ZH_TW));
        assertTrue(english.contains("cooperation index by issue area (mean of 4 replications)"), english);
        for (String label : List.of("Security and world order", "Post-Soviet space", "Arms control",
                "Counter-terrorism", "Energy and economy", "mean index in the area", "index of the whole agenda")) {
            assertTrue(english.contains(label + "\n"), label);
        }
        assertTrue(english.contains("Harmony\n"), "the shaded phases are labelled");
        for (String label : List.of("各議題領域的合作指數", "安全與國際秩序", "後蘇聯空間", "軍備管制", "反恐\n", "能源與經濟")) {
            assertTrue(chinese.contains(label), label);
        }
        assertEquals("", ChartFonts.missingGlyphs(chinese));
        // the room above the top panel's scale holds the phases' labels, not ticks
        assertFalse(english.lines().anyMatch(line -> line.equals("1.5") || line.equals("2.0")), english);
        assertEquals(5, english.lines().filter(line -> line.equals("−1.0")).count(), "each panel's scale");
    }

    @Test
    void aScenarioWithoutAreasHasNoFigureOfAreas() {
        Scenario without = ScenarioLoader.load(Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml"))
                .withSeedAndReplications(1, 2);
        RunSummary plain = Replay.run(without, ExogenousInputs.of(without), 1, 2);
        assertThrows(IllegalArgumentException.class, () -> AreaChart.create(without, plain, Language.EN));
    }

    @Test
    void liveModeDrawsEachAreaOfTheLiveReplicationBesideTheWholeIndex() {
        LiveIndexChart live = LiveIndexChart.create(baseline, run, Language.EN, "live");
        double[][] areas = run.areas().orElseThrow().index();
        double[][] firstYear = new double[areas.length][];
        for (int k = 0; k < areas.length; k++) {
            firstYear[k] = java.util.Arrays.copyOf(areas[k], 12);
        }
        live.show(java.util.Arrays.copyOf(run.index(), 12), firstYear);
        assertEquals(12, live.monthsShown());
        JFreeChart chart = live.chart();
        XYPlot index = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().stream()
                .filter(plot -> plot.getDatasetCount() > 3).findFirst().orElseThrow();
        assertEquals(5, index.getDataset(2).getSeriesCount(), "a line per area");
        for (int k = 0; k < 5; k++) {
            assertEquals(12, index.getDataset(2).getItemCount(k));
        }
        LegendItemCollection legend = ((CombinedDomainXYPlot) chart.getXYPlot()).getFixedLegendItems();
        assertEquals("live replication", legend.get(0).getLabel());
        assertEquals("Security and world order (live)", legend.get(1).getLabel());
        assertThrows(IllegalArgumentException.class, () -> live.show(run.index(), new double[0][]));
    }
}
