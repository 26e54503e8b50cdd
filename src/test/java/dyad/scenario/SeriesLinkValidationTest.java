package dyad.scenario;

import static dyad.scenario.BadInput.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad link from a series to a perception is reported at its file, line and field. */
class SeriesLinkValidationTest {

    @TempDir
    Path temp;

    private Path write(String alpha, String more) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, """
                name: bad
                period: {start: 2006-01, end: 2010-12}
                areas:
                  economy: {choices: 4}
                  security: {choices: 4}
                series:
                  trade: {values: {2006: 10, 2010: 20, 2007: 11, 2008: 12, 2009: 13}}
                agents:
                  beta: {capability: 1}
                  alpha:
                    capability: 1
                """ + alpha + more);
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "perceptions: {shared_interest: {series: trad}}|12:45|agents.alpha.perceptions.shared_interest.series|no series 'trad' in 'series'; did you mean 'trade'?",
        "perceptions: {shared_intrest: {series: trade}}|12:19|agents.alpha.perceptions.shared_intrest|no perception 'shared_intrest': a series can drive threat, shared_interest, ambition, domestic_pressure; did you mean 'shared_interest'?",
        "perceptions: {threat: {series: trade, scal: 2}}|12:43|agents.alpha.perceptions.threat.scal|unknown key; did you mean 'scale'?",
        "perceptions: {threat: {series: trade, relative_to: 2011}}|12:56|agents.alpha.perceptions.threat.relative_to|2011 is outside the period 2006-01 to 2010-12",
        "perceptions: {threat: {series: trade, relative_to: 2005-12}}|12:56|agents.alpha.perceptions.threat.relative_to|outside the period",
        "perceptions: {threat: {series: trade, relative_to: June}}|12:56|agents.alpha.perceptions.threat.relative_to|'June' is not a date: write YYYY or YYYY-MM",
        "perceptions: {threat: {series: trade, scale: 1e5}}|12:50|agents.alpha.perceptions.threat.scale|beyond 1000000",
        "perceptions: {threat: {scale: 2}}|12:27|agents.alpha.perceptions.threat.series|required field is missing",
        "areas: {economic: {perceptions: {threat: {series: trade}}}}|12:13|agents.alpha.areas.economic|no issue area 'economic' in 'areas' (economy, security); did you mean 'economy'?",
        "areas: {economy: {perceptions: {ambition: {series: trad}}}}|12:56|agents.alpha.areas.economy.perceptions.ambition.series|did you mean 'trade'?",
    })
    void aBadLinkIsReportedWhereItIsWritten(String alpha, String at, String field, String problem)
            throws IOException {
        Path file = write("    " + alpha + "\n", "");
        assertReported(() -> ScenarioLoader.load(file), "bad.yaml:" + at, field, problem);
    }

    @Test
    void aChangeCannotScaleALinkTheAgentDoesNotHave() throws IOException {
        Path file = write("", "changes:\n  - {from: 2008-01, set: agents.alpha.perceptions.threat.scale, to: 2}\n");
        assertReported(() -> ScenarioLoader.load(file), "bad.yaml:13:26", "changes[0].set",
                "'agents.alpha.perceptions.threat' reads no series: link it first");
    }

    @Test
    void aSeriesNothingReadsIsNamedAndALinkedOneIsNot() throws IOException {
        Path unread = write("", "");
        assertEquals(List.of("trade"), ScenarioLoader.load(unread).unreadSeries());
        Path linked = write("    perceptions: {ambition: {series: trade}}\n", "");
        assertEquals(List.of(), ScenarioLoader.load(linked).unreadSeries());
    }

    @Test
    void aChangedLinkIsToldInWordsAndAHeldSeriesOnlyAsHeld() throws IOException {
        Path base = write("    perceptions: {ambition: {series: trade, scale: 0.5, relative_to: 2006}}\n", "");
        Path scaled = temp.resolve("scaled.yaml");
        Files.writeString(scaled, "extends: bad.yaml\nname: scaled\nagents: {alpha: {perceptions: {ambition:"
                + " {scale: 0}}}}\n");
        Path held = temp.resolve("held.yaml");
        Files.writeString(held, "extends: bad.yaml\nname: held\nseries: {trade: {hold: {from: 2008-01, mean_over:"
                + " {start: 2006-01, end: 2006-12}}}}\n");
        Texts english = Texts.of(Language.EN);
        assertEquals(List.of("alpha: ambition from a series, trade × 0.5 relative to 2006 → trade × 0 relative to 2006"),
                ScenarioDifference.describe(ScenarioLoader.load(base), ScenarioLoader.load(scaled), english));
        List<String> heldLines = ScenarioDifference.describe(ScenarioLoader.load(base), ScenarioLoader.load(held),
                english);
        assertEquals(1, heldLines.size(), heldLines.toString());
        assertTrue(heldLines.get(0).startsWith("series trade held at"), heldLines.toString());
    }
}
