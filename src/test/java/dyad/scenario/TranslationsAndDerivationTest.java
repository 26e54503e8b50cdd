package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles and labels with translations, what a counterfactual changes, and the refusals that come with them. */
class TranslationsAndDerivationTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aLabelMayCarryTranslationsAndTheTitleAnyUnicode() throws IOException {
        Path file = write("extends: " + BASELINE + "\nname: taipei-seminar\ntitle: 美攻俄守 — a seminar run\n"
                + "events:\n  iraq-war:\n    label: {en: The Iraq war, zh-TW: 伊拉克戰爭}\n");
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals("美攻俄守 — a seminar run", scenario.title().text());
        EventSpec iraq = scenario.events().stream().filter(e -> e.id().equals("iraq-war")).findFirst().orElseThrow();
        assertEquals("The Iraq war", iraq.label().in(Language.EN));
        assertEquals("伊拉克戰爭", iraq.label().in(Language.ZH_TW));
        assertEquals("伊拉克戰爭", scenario.in(Language.ZH_TW).events().stream()
                .filter(e -> e.id().equals("iraq-war")).findFirst().orElseThrow().label().text());
    }

    @Test
    void anUnknownLanguageIsNamedWithItsLine() throws IOException {
        Path file = write("extends: " + BASELINE + "\nname: typo\ntitle:\n  en: A title\n  zh-tw: 標題\n");
        BadInput.assertReported(() -> ScenarioLoader.load(file), file.getFileName() + ":5", "title.zh-tw",
                "unknown language; use one of en, zh-TW; did you mean 'zh-TW'?");
    }

    @Test
    void aDriverCannotBeKeptOffTheCharts() throws IOException {
        Path file = write("extends: " + BASELINE + "\nname: hidden\nevents:\n  iraq-war:\n    show: false\n");
        BadInput.assertReported(() -> ScenarioLoader.load(file), file.getFileName() + ":5", "events.iraq-war.show",
                "a driver moves the index, so every chart shows it");
    }

    @Test
    void aCounterfactualSaysWhatItChangesInEveryLanguage() {
        Scenario baseline = ScenarioLoader.load(BASELINE);
        Scenario no911 = ScenarioLoader.load(Path.of("scenarios/counterfactual-no-9-11.yaml"));
        assertEquals(List.of("removes 9/11 attacks (2001-09)"),
                ScenarioDifference.describe(baseline, no911, Texts.of(Language.EN)));
        assertEquals(List.of("刪除「九一一事件」（2001-09）"),
                ScenarioDifference.describe(baseline, no911, Texts.of(Language.ZH_TW)));
        Scenario lowOil = ScenarioLoader.load(Path.of("scenarios/counterfactual-low-oil.yaml"));
        assertEquals(List.of("oil price (brent) held at 18.68 US$/bbl from 2001-01"),
                ScenarioDifference.describe(baseline, lowOil, Texts.of(Language.EN)));
        assertEquals(List.of(), ScenarioDifference.describe(baseline, baseline, Texts.of(Language.EN)));
    }

    @Test
    void aParameterChangeIsNamedWithBothValues() throws IOException {
        Path file = write("extends: " + BASELINE + "\nname: less-oil\nagents:\n  russia:\n    oil_dependence: 0.1\n");
        Scenario baseline = ScenarioLoader.load(BASELINE);
        List<String> lines = ScenarioDifference.describe(baseline, ScenarioLoader.load(file), Texts.of(Language.EN));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Russia: oil dependence ") && lines.get(0).endsWith(" → 0.1"), lines.get(0));
    }

    @Test
    void aLongerPeriodIsNamedAndASeriesOnlyForTheMonthsItAdds() throws IOException {
        Path classroom = Path.of("scenarios/classroom/three-states.yaml").toAbsolutePath();
        Scenario base = ScenarioLoader.load(classroom);
        String longer = "extends: " + classroom + "\nname: to-2050\nperiod: {start: 2030-01, end: 2050-12}\n"
                + "series:\n  east_capability:\n    values: ";
        Scenario held = ScenarioLoader.load(write(longer + "{2046: 1.5, 2047: 1.5, 2048: 1.5, 2049: 1.5, 2050: 1.5}\n"));
        // North's and West's constant capabilities, and East's up to 2045, are the same: no line for any agent
        assertEquals(List.of("period extended to 2050-12 (ended 2045-12)",
                        "series east_capability held at 1.5 index, 2030 = 1 from 2046-01"),
                ScenarioDifference.describe(base, held, Texts.of(Language.EN)));
        assertEquals(List.of("期間延長至 2050-12（原至 2045-12）",
                        "序列 east_capability 自 2046-01 起維持在 1.5 index, 2030 = 1"),
                ScenarioDifference.describe(base, held, Texts.of(Language.ZH_TW)));

        Scenario growing = ScenarioLoader.load(write(longer + "{2046: 1.5, 2047: 1.5, 2048: 1.6, 2049: 1.6, 2050: 1.7}\n"));
        assertEquals(List.of("period extended to 2050-12 (ended 2045-12)", "series east_capability continued from 2046-01"),
                ScenarioDifference.describe(base, growing, Texts.of(Language.EN)));
        assertEquals(List.of("period shortened to 2045-12 (ended 2050-12)"),
                ScenarioDifference.describe(growing, base, Texts.of(Language.EN)));

        Scenario changedToo = ScenarioLoader.load(write(longer + "{2040: 1.0, 2046: 1.5, 2047: 1.5, 2048: 1.6, 2049: 1.6,"
                + " 2050: 1.7}\n"));
        assertEquals(List.of("period extended to 2050-12 (ended 2045-12)",
                        "East: another capability series", "series east_capability replaced from 2040-01"),
                ScenarioDifference.describe(base, changedToo, Texts.of(Language.EN)));
    }

    @Test
    void theResolvedScenarioKeepsWhatItChangesSoThatARerunDrawsTheSameNote() throws IOException {
        ResolvedScenario resolved = ResolvedScenario.of(Path.of("scenarios/counterfactual-no-9-11.yaml"));
        Derivation derivation = resolved.scenario().derivation().orElseThrow();
        assertEquals("US–Russia relations 1992–2007", derivation.from().text());
        assertEquals("美俄關係 1992–2007", derivation.from().in(Language.ZH_TW));
        assertTrue(derivation.phasesInherited());
        assertEquals(Map.of(Language.EN, "removes 9/11 attacks (2001-09)", Language.ZH_TW, "刪除「九一一事件」（2001-09）"),
                derivation.changes().get(0).translations());

        Path copy = temp.resolve("scenario.yaml");
        resolved.write(copy);
        ResolvedScenario again = ResolvedScenario.of(copy);
        assertEquals(resolved.text(), again.text());
        assertEquals(derivation, again.scenario().derivation().orElseThrow());
        assertTrue(ResolvedScenario.of(BASELINE).scenario().derivation().isEmpty(), "the baseline extends nothing");
    }

    private Path write(String yaml) throws IOException {
        Path file = temp.resolve("scenario-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
