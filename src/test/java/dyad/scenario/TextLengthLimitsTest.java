package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text of a scenario has a length that no honest text reaches, stated in the message that refuses a longer
 * one at load time, with the file, line and field: a label drawn on a figure is short, a description or a claim
 * may run to a page.
 */
class TextLengthLimitsTest {

    private static final String SCENARIO = """
            name: SCENARIO_NAME
            title: SCENARIO_TITLE
            description: DESCRIPTION
            period: {start: 2000-01, end: 2001-12}
            areas:
              trade: {label: AREA, choices: 4}
              security: {choices: 4}
            series:
              oil: {unit: UNIT, source: SERIES_SOURCE, values: {2000: 20, 2001: 25}}
            agents:
              AGENT_ID: {name: AGENT_NAME, capability: 1}
              beta: {capability: 1}
            events:
              crisis:
                date: 2000-06
                kind: driver
                label: EVENT_LABEL
                source: EVENT_SOURCE
                effects: [{agent: beta, perceives: threat, change: 1}]
              summit: {date: 2001-03, kind: marker, label: {en: A summit, zh-TW: TRANSLATED_LABEL}, source: test}
            phases:
              stages:
                label: PERIODISATION
                phases:
                  - {id: PHASE_ID, label: PHASE_LABEL, start: 2000-01, end: 2000-12}
            facts:
              warm:
                title: FACT_TITLE
                claim: CLAIM
                because: BECAUSE
                mean_within: {window: {start: 2000-01, end: 2000-12}, min: -1, max: 1}
            """;

    @TempDir
    Path temp;

    /** The scenario with one placeholder replaced by a text of the given length and the others by short texts. */
    private Path scenario(String placeholder, int length) throws IOException {
        String yaml = SCENARIO.replace(placeholder, "x".repeat(length)).replace("AGENT_ID", "alpha")
                .replace("SCENARIO_NAME", "limits");
        for (String other : new String[] {"SCENARIO_TITLE", "DESCRIPTION", "AREA", "UNIT", "SERIES_SOURCE", "AGENT_NAME",
                "EVENT_LABEL", "EVENT_SOURCE", "TRANSLATED_LABEL", "PERIODISATION", "PHASE_ID", "PHASE_LABEL",
                "FACT_TITLE", "CLAIM", "BECAUSE"}) {
            yaml = yaml.replace(other, "short");
        }
        Path file = temp.resolve("limits.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "SCENARIO_NAME,     name,                                1, 7,  200, 'a label, title, name or id'",
        "SCENARIO_TITLE,    title,                               2, 8,  200, 'a label, title, name or id'",
        "DESCRIPTION,       description,                         3, 14, 5000, 'a text'",
        "AREA,              areas.trade.label,                   6, 18, 200, 'a label, title, name or id'",
        "UNIT,              series.oil.unit,                     9, 15, 200, 'a label, title, name or id'",
        "SERIES_SOURCE,     series.oil.source,                   9, 30, 5000, 'a text'",
        "AGENT_ID,          agents,                              11, 3, 200, 'a key'",
        "AGENT_NAME,        agents.alpha.name,                   11, 17, 200, 'a label, title, name or id'",
        "EVENT_LABEL,       events.crisis.label,                 17, 12, 200, 'a label, title, name or id'",
        "EVENT_SOURCE,      events.crisis.source,                18, 13, 5000, 'a text'",
        "TRANSLATED_LABEL,  events.summit.label.zh-TW,           20, 70, 200, 'a label, title, name or id'",
        "PERIODISATION,     phases.stages.label,                 23, 12, 200, 'a label, title, name or id'",
        "PHASE_ID,          'phases.stages.phases[0].id',        25, 14, 200, 'a label, title, name or id'",
        "FACT_TITLE,        facts.warm.title,                    28, 12, 200, 'a label, title, name or id'",
        "CLAIM,             facts.warm.claim,                    29, 12, 5000, 'a text'",
        "BECAUSE,           facts.warm.because,                  30, 14, 5000, 'a text'",
    })
    void aTextOneCharacterTooLongIsRefusedWithItsLengthAndTheLimit(String placeholder, String field, int line,
                                                                    int column, int limit, String kind)
            throws IOException {
        ScenarioLoader.load(scenario(placeholder, limit));
        Path tooLong = scenario(placeholder, limit + 1);
        BadInput.assertReported(() -> ScenarioLoader.load(tooLong), "limits.yaml:" + line + ":" + column, field,
                "has " + (limit + 1) + " characters; " + kind + " may have at most " + limit
                        + (limit == 5000 ? ", and a label, title, name or id at most 200" : "") + ": shorten it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EVENT_LABEL, events.crisis.label", "DESCRIPTION, description", "PHASE_LABEL, phases.stages.phases[0].label"})
    void aMegabyteIsRefusedAtOnce(String placeholder, String field) throws IOException {
        Path huge = scenario(placeholder, 1 << 20);
        String message = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ScenarioLoader.load(huge)).getMessage();
        assertEquals(1, message.lines().count(), message);
        BadInput.assertReported(() -> ScenarioLoader.load(huge), "limits.yaml:", field, "has 1048576 characters;");
    }
}
