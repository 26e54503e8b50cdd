package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run figure names phases by their labels: a nine-month phase with a long label shows the start of it,
 * cut short with an ellipsis, never its id; a label that fits shows without its id in front.
 */
class PhaseLabelsTest {

    private static final Path CASE = Path.of("src/test/resources/scenarios/neighbours/neighbours-2006-2015.yaml");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Koizumi's", "zh-TW, 小泉"})
    void aNineMonthPhaseShowsItsLabelNotItsId(String tag, String labelStart) {
        Scenario scenario = ScenarioLoader.load(CASE).withSeedAndReplications(1, 2);
        List<String> drawn = List.of(DrawnText.of(IndexChart.create(scenario, Replay.run(scenario),
                Language.of(tag))).split("\n"));

        for (String id : List.of("koizumi", "thaw", "strain", "islands", "cautious", "cold", "strategic")) {
            // "cold politics…" is the start of a label; "cold Cold politics" or "koizumi 小泉…" would be an id before one
            assertTrue(drawn.stream().noneMatch(line -> line.equals(id) || line.matches(id + " [A-Z\\p{IsHan}].*")),
                    "the id " + id + " drawn: " + drawn);
        }
        assertTrue(drawn.stream().anyMatch(line -> line.startsWith(labelStart)), "no label of the 9-month phase: "
                + drawn);
        if (tag.equals("en")) {
            assertTrue(drawn.stream().anyMatch(line -> line.endsWith(TextFit.ELLIPSIS)), "nothing cut short: " + drawn);
        }
        assertTrue(drawn.contains(tag.equals("en") ? "Ice-breaking and warm spring" : "破冰與暖春"), drawn.toString());
    }

    @Test
    void aLabelTooLongForItsBoxIsCutWithAnEllipsisThenGivesWayToTheId() {
        Font font = ChartStyle.BLOCK_LABEL;
        String label = "Koizumi's shrine visits: cold politics, hot economics";
        TextFit.Fitted cut = TextFit.shrinking(label, "koizumi", font, 4, 110, 20);
        assertEquals(1, cut.lines().size(), cut.lines().toString());
        assertTrue(cut.lines().get(0).startsWith("Koizumi"), cut.lines().toString());
        assertTrue(cut.lines().get(0).endsWith(TextFit.ELLIPSIS), cut.lines().toString());

        TextFit.Fitted tiny = TextFit.shrinking(label, "k", font, 4, 12, 20);
        assertEquals(List.of("k"), tiny.lines(), "too narrow for three characters and an ellipsis");

        TextFit.Fitted chinese = TextFit.shrinking("小泉參拜靖國神社：政冷經熱", "koizumi", font, 4, 120, 40);
        assertFalse(chinese.lines().isEmpty());
        assertTrue(String.join("", chinese.lines()).startsWith("小泉"), chinese.lines().toString());
    }
}
