package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A swept scale of a perception's link to a series is named in words: whose perception, and of what series. */
class PerceptionLinkLabelTest {

    @TempDir
    Path temp;

    @Test
    void theScaleOfALinkIsNamedByAgentPerceptionAndSeries() throws IOException {
        Path file = temp.resolve("linked.yaml");
        Files.writeString(file, """
                name: linked
                period: {start: 2006-01, end: 2007-12}
                areas:
                  economy: {label: {en: Economy, zh-TW: 經濟}, choices: 2}
                  security: {choices: 2}
                series:
                  trade: {values: {2006: 10, 2007: 12}}
                agents:
                  japan:
                    name: {en: Japan, zh-TW: 日本}
                    capability: 1
                    perceptions: {shared_interest: {series: trade, scale: 0.5}}
                    areas: {economy: {perceptions: {threat: {series: trade, scale: 0.1}}}}
                  china: {capability: 1}
                """);
        Scenario scenario = ScenarioLoader.load(file);
        Texts english = Texts.of(Language.EN);
        Texts chinese = Texts.of(Language.of("zh-TW"));
        assertEquals("Japan: shared interest per unit of trade",
                SweepLabels.parameter("agents.japan.perceptions.shared_interest.scale", scenario, english));
        assertEquals("Japan: threat in Economy per unit of trade",
                SweepLabels.parameter("agents.japan.areas.economy.perceptions.threat.scale", scenario, english));
        assertEquals("日本：trade 每單位帶來的共同利益",
                SweepLabels.parameter("agents.japan.perceptions.shared_interest.scale", scenario, chinese));
        assertEquals("agents.china.perceptions.threat.scale",
                SweepLabels.parameter("agents.china.perceptions.threat.scale", scenario, english));
    }
}
