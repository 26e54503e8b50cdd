package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.batch.SweepLoader;
import dyad.batch.SweepSpec;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sweep charts name parameters and metrics in words: the sweep file's labels, else words from the scenario. */
class SweepLabelsTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml");
    private static final Scenario SCENARIO = ScenarioLoader.load(BASELINE);

    @TempDir
    Path temp;

    /**
     * An agent's field is the agent's name and the field in words; a weight, the agent's weight of its rule; an
     * effect, the event and what it changes for whom; other paths, words where Dyad has them, else the path.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            agents.russia.oil_dependence                 | en    | Russia: oil dependence
            agents.usa.memory_half_life_months           | en    | United States: memory half-life (months)
            agents.russia.oil_dependence                 | zh-TW | 俄羅斯：石油依賴度
            agents.russia.room_midpoint                  | en    | Russia: strength at which its room to resist is one half
            agents.russia.room_midpoint                  | zh-TW | 俄羅斯：抗爭空間達一半時的實力
            agents.usa.weights.ambition                  | en    | United States: weight of ambition
            agents.russia.weights.aspiration             | en    | Russia: weight of great-power aspiration
            agents.usa.weights.ambition                  | zh-TW | 美國：擴張企圖的權重
            events.nato-madrid-summit.effects[0].change  | en    | NATO names first new members: threat to Russia
            events.nato-madrid-summit.effects[1].change  | en    | NATO names first new members: ambition of United States
            events.september-11.effects[0].hold_months   | en    | 9/11 attacks: months shared interest for United States is held
            events.nato-madrid-summit.effects[0].change  | zh-TW | 北約選定首批新成員：俄羅斯感受到的威脅
            reference_oil_price                          | en    | Reference oil price
            reference_oil_price                          | zh-TW | 參考油價
            events.nato-madrid-summit.effects[7].change  | en    | events.nato-madrid-summit.effects[7].change
            agents.china.oil_dependence                  | en    | agents.china.oil_dependence
            """)
    void parametersAreNamedFromTheScenario(String path, String language, String label) {
        assertEquals(label, SweepLabels.parameter(path, SCENARIO, Texts.of(Language.of(language))));
    }

    @Test
    void chineseLabelsSetLatinWordsApartFromChineseCharacters() {
        assertEquals("NATO 北約：Russia 感受到的威脅", SweepLabels.spaced("NATO北約：Russia感受到的威脅", Language.ZH_TW));
        assertEquals("a b：2004 年", SweepLabels.spaced("a b：2004 年", Language.ZH_TW));
        assertEquals("Russia感受到", SweepLabels.spaced("Russia感受到", Language.EN));
    }

    @Test
    void metricsAreNamedFromTheirWindowsPhasesAgentsAndFacts() {
        SweepSpec spec = SweepLoader.load(Path.of("src/test/resources/sweeps/tiny.yaml"));
        SweepLabels labels = SweepLabels.of(spec, SCENARIO, Language.EN);

        assertEquals("Mean cooperation index 1992–2007", labels.metric("mean_index"));
        assertEquals("Mean cooperation index 2004–2007", labels.metric("mean_index_2004_2007"));
        assertEquals("Mean cooperation index in “US squeeze; measured resistance” (1994-01 to 2001-05)",
                labels.metric("mean_index_interaction_i2"));
        assertEquals("Cooperation index in 2007-12", labels.metric("end_index"));
        assertEquals("Russia: share of cooperative choices", labels.metric("russia_cooperation_share"));
        assertEquals("SF3 “post-9/11 warming”: share of runs that pass", labels.metric("sf3"));
        assertEquals(SweepLabels.Scale.INDEX, labels.scale("mean_index_2004_2007"));
        assertEquals(SweepLabels.Scale.INDEX, labels.scale("end_index"));
        assertEquals(SweepLabels.Scale.PASS_SHARE, labels.scale("sf7"));
        assertEquals(SweepLabels.Scale.DATA, labels.scale("russia_cooperation_share"));
        SweepLabels chinese = SweepLabels.of(spec, SCENARIO, Language.ZH_TW);
        assertEquals("平均合作指數（2004–2007）", chinese.metric("mean_index_2004_2007"));
        assertEquals("SF3「九一一後迅速回暖」通過的模擬比例", chinese.metric("sf3"));
    }

    @Test
    void areaMetricsAreNamedByTheAreasLabels() {
        SweepSpec spec = SweepLoader.load(Path.of("src/test/resources/sweeps/areas.yaml"));
        Scenario scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small-areas.yaml"));
        SweepLabels labels = SweepLabels.of(spec, scenario, Language.EN);
        assertEquals("Mean cooperation index in Trade 2000–2001", labels.metric("trade_index"));
        assertEquals("Mean cooperation index in Trade 2001", labels.metric("trade_index_late"));
        assertEquals("Beta: share of cooperative choices in Climate", labels.metric("beta_climate_cooperation_share"));
        assertEquals("Beta: share of cooperative choices in Climate 2001",
                labels.metric("beta_climate_cooperation_share_late"));
        assertEquals(SweepLabels.Scale.INDEX, labels.scale("climate_index_late"));
        assertEquals(SweepLabels.Scale.DATA, labels.scale("alpha_trade_cooperation_share_late"));
        SweepLabels chinese = SweepLabels.of(spec, scenario, Language.ZH_TW);
        assertEquals("貿易平均合作指數（2001）", chinese.metric("trade_index_late"));
        assertEquals("乙：氣候合作選擇的比例", chinese.metric("beta_climate_cooperation_share"));
    }

    @Test
    void theBaseScenariosValuesComeWithTheParameters() {
        SweepSpec spec = SweepLoader.load(Path.of("src/test/resources/sweeps/lhs.yaml"));
        SweepLabels labels = SweepLabels.of(spec, SCENARIO, Language.EN);

        assertEquals(List.of("Russia: weight of threat", "9/11 attacks: shared interest for United States"),
                labels.parameters());
        assertEquals(0.6, labels.base(0), 0);
        assertEquals(1.6, labels.base(1), 0);
    }

    @Test
    void theSweepFilesLabelsComeFirstAndMayBeTranslated() throws Exception {
        Path file = temp.resolve("labelled.yaml");
        Files.writeString(file, String.join("\n", "name: labelled",
                "scenario: " + BASELINE.toAbsolutePath().toString().replace('\\', '/'),
                "parameters:",
                "  agents.russia.oil_dependence: {values: [0.2, 0.8], label: How much Russia lives on oil}",
                "  agents.usa.weights.containment: {values: [0.5, 1], label: {zh-TW: 美國的圍堵力道}}",
                "replications: 1", "seed: 1",
                "windows: {putin: {start: 2000-01, end: 2007-12}}",
                "labels:",
                "  mean_index_putin: {en: Mean index under Putin, zh-TW: 普丁時期的平均合作指數}",
                "  end_index: Index at the end",
                ""), StandardCharsets.UTF_8);
        SweepSpec spec = SweepLoader.load(file);

        SweepLabels english = SweepLabels.of(spec, SCENARIO, Language.EN);
        SweepLabels chinese = SweepLabels.of(spec, SCENARIO, Language.ZH_TW);
        assertEquals(List.of("How much Russia lives on oil", "United States: weight of containment"),
                english.parameters());
        assertEquals(List.of("How much Russia lives on oil", "美國的圍堵力道"), chinese.parameters());
        assertEquals("Mean index under Putin", english.metric("mean_index_putin"));
        assertEquals("普丁時期的平均合作指數", chinese.metric("mean_index_putin"));
        assertEquals("Index at the end", chinese.metric("end_index"));
        assertEquals("Mean cooperation index 1992–2007", english.metric("mean_index"));
    }

    @Test
    void withoutTheSweepFileTheChartsNameThePaths() {
        SweepLabels labels = SweepLabels.ofPaths(List.of("agents.russia.oil_dependence"), Language.EN);

        assertEquals("agents.russia.oil_dependence", labels.parameter(0));
        assertEquals(Double.NaN, labels.base(0));
        assertEquals("sf1", labels.metric("sf1"));
        assertEquals(SweepLabels.Scale.INDEX, labels.scale("mean_index_2004_2007"));
        assertEquals("quick", labels.source("quick"));
    }
}
