package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Language;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every driver event, which moves the index, can be found on the run chart; a counterfactual's says what it changes. */
class EveryDriverShownTest {

    private static final Scenario BASELINE = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"));
    private static final RunSummary RUN = Replay.run(BASELINE.withSeedAndReplications(1, 3));

    @Test
    void theBaselineChartNumbersItsCrowdedEventsAndNamesEveryDriverInItsKey() {
        for (Language language : Language.values()) {
            String drawn = DrawnText.of(IndexChart.create(BASELINE, RUN, language));
            List<EventSpec> shown = BASELINE.in(language).events().stream().filter(EventSpec::shownOnChart)
                    .sorted(java.util.Comparator.comparing(EventSpec::date)).toList();
            assertTrue(shown.stream().filter(e -> e.kind() == EventKind.DRIVER).count() >= 20, "every driver shown");
            List<String> lines = List.of(drawn.split("\n"));
            for (int i = 0; i < shown.size(); i++) {
                EventSpec event = shown.get(i);
                String number = String.valueOf(i + 1);
                assertTrue(lines.contains(number), language + ": no marker " + number);
                assertTrue(lines.contains(number + "  " + event.label().text()), drawn + "\n" +
                        language + ": the key lacks " + number + " " + event.label().text());
            }
        }
    }

    @Test
    void aCounterfactualChartSaysWhatItRemovesAndWhereItsPhasesComeFrom() {
        Scenario no911 = ResolvedScenario.of(Path.of("scenarios/counterfactual-no-9-11.yaml")).scenario();
        String english = DrawnText.of(IndexChart.create(no911, RUN, Language.EN)).replace("\n", " ");
        assertTrue(english.contains("Changes to US–Russia relations 1992–2007: removes 9/11 attacks (2001-09)."),
                english);
        assertTrue(english.contains("Phases as in US–Russia relations 1992–2007."), english);
        String chinese = DrawnText.of(IndexChart.create(no911, RUN, Language.ZH_TW)).replace("\n", "");
        assertTrue(chinese.contains("刪除「九一一事件」（2001-09）"), chinese);
    }
}
