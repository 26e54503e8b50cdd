package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Contributions;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.rules.Rule;
import dyad.model.rules.RuleSet;
import dyad.model.rules.WarWeariness;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Texts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhyChartTest {

    private static Scenario baseline;
    private static Contributions contributions;

    @BeforeAll
    static void runBaseline() {
        baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml")).withSeedAndReplications(1, 20);
        contributions = Replay.run(baseline, ExogenousInputs.of(baseline), 1, 20, ReplicationListener.NONE, true)
                .contributions().orElseThrow();
    }

    @Test
    void writtenInBothLanguagesWithTheSameBytesForTheSameInputs(@TempDir Path dir) throws IOException {
        for (Language language : Language.values()) {
            Path a = dir.resolve(language.tag() + "-a");
            Path b = dir.resolve(language.tag() + "-b");
            WhyChart.write(baseline, contributions, 20, a, language);
            WhyChart.write(baseline, contributions, 20, b, language);
            for (String extension : new String[] {".png", ".svg", ".pdf"}) {
                String name = WhyChart.FILE_NAME + extension;
                assertTrue(Files.size(a.resolve(name)) > 10_000, name);
                assertEquals(-1, Files.mismatch(a.resolve(name), b.resolve(name)), language + " " + name);
            }
            BufferedImage png = ImageIO.read(a.resolve("why.png").toFile());
            assertEquals(1920, png.getWidth());
            assertEquals(1080, png.getHeight());
        }
        assertNotEquals(-1, Files.mismatch(dir.resolve("en-a/why.svg"), dir.resolve("zh-TW-a/why.svg")));
    }

    @Test
    void theSvgNamesTheRulesAndTheAgentsInTheLanguageOfTheRun(@TempDir Path dir) throws IOException {
        WhyChart.write(baseline, contributions, 20, dir.resolve("en"), Language.EN);
        WhyChart.write(baseline, contributions, 20, dir.resolve("zh"), Language.ZH_TW);
        String english = Files.readString(dir.resolve("en/why.svg"));
        String chinese = Files.readString(dir.resolve("zh/why.svg"));
        assertTrue(english.contains("why the index moves"), "title");
        assertTrue(english.contains("mean of 20 replications"), "replications");
        for (String name : new String[] {"ambition", "domestic pressure", "reciprocity", "shared interest",
                "sum of the terms: log-odds of cooperating", "United States", "Russia"}) {
            assertTrue(english.contains(name), name);
        }
        for (String name : new String[] {"指數為何變動", "擴張企圖", "國內壓力", "回應對方", "共同利益"}) {
            assertTrue(chinese.contains(name), name);
        }
    }

    @Test
    void hugeTermsGetAFewTicksNotMillionsOfGridLines(@TempDir Path dir) throws IOException {
        assertEquals(1, WhyChart.tickStep(30));
        assertEquals(2, WhyChart.tickStep(20));
        assertEquals(5, WhyChart.tickStep(6));
        assertEquals(10, WhyChart.tickStep(3));
        assertEquals(20, WhyChart.tickStep(2));
        assertEquals(1e7, WhyChart.tickStep(5e-6));
        // a containment weight of 50 times a strength of a million: terms of -5e7
        Path file = dir.resolve("huge-terms.yaml");
        Files.writeString(file, """
                name: huge-terms
                period: {start: 2000-01, end: 2001-12}
                replications: 2
                agents:
                  alpha: {capability: 1000000, weights: {containment: 50}}
                  beta: {capability: 1000000, weights: {containment: 50}}
                """);
        Scenario huge = ScenarioLoader.load(file);
        Contributions terms = Replay.run(huge, ExogenousInputs.of(huge), 1, 2, ReplicationListener.NONE, true)
                .contributions().orElseThrow();
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) WhyChart.create(huge, terms, 2, Language.EN).getPlot();
        for (Object panel : plot.getSubplots()) {
            var markers = ((org.jfree.chart.plot.XYPlot) panel).getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
            int lines = markers == null ? 0 : markers.size();
            assertTrue(lines < 100, "grid lines: " + lines);
        }
        WhyChart.write(huge, terms, 2, dir, Language.EN);
        assertTrue(Files.size(dir.resolve("why.png")) > 0);
    }

    @Test
    void eachRuleHasOneColourInEveryPanelAndNoTwoRulesShareOne() {
        Set<Color> colours = new HashSet<>();
        for (int r = 0; r < RuleSet.STANDARD.rules().size(); r++) {
            colours.add(WhyChart.colour(RuleSet.STANDARD.rules(), r));
        }
        assertEquals(RuleSet.STANDARD.rules().size(), colours.size());
    }

    @Test
    void ruleNamesComeFromTheTextsInEachLanguageAndTheEnglishOnesAreTheRulesOwn() throws IOException {
        for (Rule rule : RuleSet.STANDARD.rules()) {
            assertEquals(rule.name(), WhyChart.ruleName(rule, Texts.of(Language.EN)), rule.key());
            String chinese = WhyChart.ruleName(rule, Texts.of(Language.ZH_TW));
            assertNotEquals(rule.name(), chinese, rule.key());
            assertEquals("", ChartFonts.missingGlyphs(chinese), chinese);
        }
        Properties english = properties("texts.properties");
        Properties chinese = properties("texts_zh_TW.properties");
        Set<String> whyKeys = new TreeSet<>();
        for (Properties texts : new Properties[] {english, chinese}) {
            texts.stringPropertyNames().stream().filter(k -> k.startsWith("why.") || k.matches("rule\\.\\w+\\.name"))
                    .forEach(whyKeys::add);
        }
        for (String key : whyKeys) {
            assertTrue(english.containsKey(key) && chinese.containsKey(key), "in both languages: " + key);
            assertEquals("", ChartFonts.missingGlyphs(chinese.getProperty(key)), key);
        }
    }

    @Test
    void aRuleAddedToTheStandardOnesGetsItsOwnNameAndAColour() {
        Rule added = new WarWeariness();
        assertEquals("war weariness", WhyChart.ruleName(added, Texts.of(Language.ZH_TW)));
        RuleSet extended = RuleSet.STANDARD.with(added);
        assertEquals(10, new HashSet<>(java.util.stream.IntStream.range(0, 10)
                .mapToObj(r -> WhyChart.colour(extended.rules(), r)).toList()).size());
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WhyChartTest.class.getResourceAsStream("/dyad/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
