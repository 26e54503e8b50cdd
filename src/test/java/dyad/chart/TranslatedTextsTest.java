package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.AgentSpec;
import dyad.scenario.BundledFiles;
import dyad.scenario.EventSpec;
import dyad.scenario.FactSpec;
import dyad.scenario.IssueArea;
import dyad.scenario.Language;
import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text Dyad draws exists in every language it speaks, and the bundled font has a glyph for every character
 * of those texts and of the bundled scenarios' labels in every language: none falls back to an empty box.
 */
class TranslatedTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyFixedTextHasATraditionalChineseTranslationWithTheSameArguments() throws IOException {
        Map<String, String> english = texts("texts.properties");
        Map<String, String> chinese = texts("texts_zh_TW.properties");
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String translation = chinese.get(entry.getKey());
            assertTrue(translation != null && !translation.isBlank(), "no zh-TW text for " + entry.getKey());
            assertEquals(arguments(entry.getValue()), arguments(translation), "arguments of " + entry.getKey());
            assertEquals(formats(entry.getValue()), formats(translation), "number formats of " + entry.getKey());
        }
        for (String key : chinese.keySet()) {
            // only the rules' documentation, which English reads from the rules themselves, is Chinese only
            assertTrue(english.containsKey(key) || key.matches("rule\\.\\w+\\.documentation"), "no English text for " + key);
        }
    }

    @Test
    void theBundledFontDrawsEveryFixedText() throws IOException {
        for (String file : List.of("texts.properties", "texts_zh_TW.properties")) {
            texts(file).forEach((key, text) ->
                    assertEquals("", ChartFonts.missingGlyphs(text), file + " " + key + ": no glyph for these"));
        }
    }

    static Stream<Path> scenarios() {
        return BundledFiles.scenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theBundledFontDrawsEveryLabelOfTheScenarioInEveryLanguage(Path file) {
        Scenario scenario = ScenarioLoader.load(file);
        for (Text text : texts(scenario)) {
            for (String words : text.all()) {
                assertEquals("", ChartFonts.missingGlyphs(words), file + ": no glyph for these in '" + words + "'");
            }
        }
    }

    @Test
    void theBaselineSpeaksTraditionalChinese() {
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"));
        List<Text> untranslated = texts(baseline).stream()
                .filter(text -> !text.text().isEmpty() && !text.translations().containsKey(Language.ZH_TW)).toList();
        assertEquals(List.of(), untranslated, "labels without zh-TW");
        Scenario chinese = baseline.in(Language.ZH_TW);
        assertTrue(chinese.title().text().contains("美俄"), chinese.title().text());
        assertFalse(chinese.events().stream().anyMatch(e -> e.label().text().equals(
                baseline.events().get(0).label().text())));
    }

    @Test
    void aChartInTraditionalChineseUsesOnlyGlyphsTheFontHas() {
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"));
        String drawn = DrawnText.of(IndexChart.create(baseline, dyad.model.Replay.run(
                baseline.withSeedAndReplications(1, 2)), Language.ZH_TW));
        assertTrue(drawn.contains("合作指數"), drawn);
        assertEquals("", ChartFonts.missingGlyphs(drawn));
    }

    @Test
    void aFontLookedUpByNameAsThePdfWriterDoesIsTheBundledOne() {
        java.awt.Font bundled = ChartFonts.font(java.awt.Font.PLAIN, 20);
        java.awt.Font byName = new java.awt.Font(bundled.getName(), java.awt.Font.PLAIN, 20);
        assertEquals(-1, byName.canDisplayUpTo("美俄關係 1992–2007 — 合作指數（−1 全部抗爭 … +1 全部合作）"),
                "the PDF would draw empty boxes");
        assertEquals(bundled.getFamily(), byName.getFamily());
    }

    /** Every text of a scenario that is shown to people. */
    static List<Text> texts(Scenario scenario) {
        List<Text> texts = new ArrayList<>(List.of(scenario.title(), scenario.description()));
        scenario.agents().stream().map(AgentSpec::name).forEach(texts::add);
        scenario.areas().stream().map(IssueArea::label).forEach(texts::add);
        scenario.events().stream().map(EventSpec::label).forEach(texts::add);
        for (Periodisation periodisation : scenario.periodisations()) {
            texts.add(periodisation.label());
            periodisation.phases().stream().map(Phase::label).forEach(texts::add);
        }
        scenario.facts().stream().map(FactSpec::title).forEach(texts::add);
        return texts;
    }

    private static Map<String, String> texts(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslatedTextsTest.class.getResourceAsStream("/dyad/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    /** The printf conversions in order: the program fills them in the order it gives its numbers. */
    private static List<String> formats(String text) {
        List<String> formats = new ArrayList<>();
        Matcher matcher = Pattern.compile("%[-+.0-9]*[a-z]").matcher(text);
        while (matcher.find()) {
            formats.add(matcher.group());
        }
        return formats;
    }
}
