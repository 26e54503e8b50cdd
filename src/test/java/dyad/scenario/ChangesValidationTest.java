package dyad.scenario;

import static dyad.scenario.BadInput.assertReported;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A bad dated change is reported at its file, line and field. */
class ChangesValidationTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{from: 2010-01, set: agents.russia.oil_dependence, to: 0.2}|3:12|changes[0].from|outside the period",
        "{from: 1997-06, set: agents.russia.oil_dependence, to: 1.5}|3:60|changes[0].to|value 1.5 is out of range: allowed 0 to 1",
        "{from: 1997-06, set: agents.rusia.oil_dependence, to: 0.2}|3:26|changes[0].set|no agent 'rusia' in 'agents'; did you mean 'russia'?",
        "{from: 1997-06, set: agents.russia.initial_trust, to: 0.2}|3:26|changes[0].set|memory at the start of the period",
        "{from: 1997-06, set: agents.russia.oil_dependance, to: 0.2}|3:26|changes[0].set|did you mean 'oil_dependence'?",
        "{from: 1997-06, end: kosovo-war}|3:12|changes[0].from|'kosovo-war' happens in 1999-03, not before 1997-06",
        "{from: 1999-06, end: kosovo-wa}|3:26|changes[0].end|did you mean 'kosovo-war'?",
        "{from: 1999-06, end: kosovo-war, set: agents.russia.oil_dependence, to: 0.2}|3:5|changes[0]|not both",
        "{from: 1999-06}|3:5|changes[0]|but has neither",
        "{from: 1999-06, end: kosovo-war, by: 2}|3:38|changes[0].by|unknown key",
    })
    void aBadChangeIsReportedWhereItIsWritten(String change, String at, String field, String problem)
            throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "extends: " + BASELINE + "\nchanges:\n  - " + change + "\n");
        assertReported(() -> ScenarioLoader.load(file), "bad.yaml:" + at, field, problem);
    }
}
