package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad sweep, discover and their charts on a sweep whose factors are choices. */
class ChoiceSweepCommandTest {

    static final Path SWEEPS = Path.of("src/test/resources/sweeps");

    @TempDir
    Path temp;

    @Test
    void aBadChoiceExitsWith2NamingTheSweepFileAndWritesNothing() {
        Path out = temp.resolve("bad");
        CliTest.Result result = CliTest.dyad("sweep", SWEEPS.resolve("bad/choice-unknown-event.yaml").toString(),
                "--out", out.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("choice-unknown-event.yaml:4:3: field 'parameters.events.september-12'"),
                result.err());
        assertTrue(result.err().contains("did you mean 'september-11'?"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(out.resolve("runs.csv")));
    }

    @Test
    void theChartsNameTheLevelsAndDiscoverSaysThemInWords() throws IOException {
        Path out = temp.resolve("grid");
        CliTest.Result sweep = CliTest.dyad("sweep", SWEEPS.resolve("choice-grid.yaml").toString(), "--out",
                out.toString(), "--threads", "2");
        assertEquals(0, sweep.exitCode(), sweep.err());
        String panels = Files.readString(out.resolve("mean_index_2004_2007-by-parameter.svg"));
        for (String words : List.of("No NATO enlargement", "US–Russia relations 1992–2007", "9/11 attacks", ">off<")) {
            assertTrue(panels.contains(words), words);
        }

        Path found = temp.resolve("found");
        CliTest.Result discover = CliTest.dyad("discover", out.toString(), "--table", "points", "--where",
                "mean_index_2004_2007_mean > -0.1", "--out", found.toString());
        assertEquals(0, discover.exitCode(), discover.err());
        // in words, as the charts name them: the scenario's title, the event's label
        assertTrue(discover.out().contains("Scenario ∈ {No NATO enlargement}")
                || discover.out().contains("9/11 attacks ∈ {on}"), discover.out());
        List<String> box = Files.readAllLines(found.resolve("box.csv"));
        assertTrue(box.stream().anyMatch(row -> row.startsWith("scenario,us-russia-1992-2007,")
                || row.startsWith("scenario,counterfactual-no-nato-enlargement,")), box.toString());
        assertTrue(box.stream().anyMatch(row -> row.matches("events\\.september-11,(on|off),(on|off),.*")),
                box.toString());
    }

    @Test
    void theChineseChartsNameTheLevelsInChinese() throws IOException {
        Path out = temp.resolve("zh");
        CliTest.Result sweep = CliTest.dyad("sweep", SWEEPS.resolve("choice-files.yaml").toString(), "--out",
                out.toString(), "--lang", "zh-TW");
        assertEquals(0, sweep.exitCode(), sweep.err());
        String line = Files.readString(out.resolve("mean_index_2004_2007-by-scenario.svg"));
        assertTrue(line.contains("北約不東擴") && line.contains("油價維持低檔") && line.contains("情境"), "levels in Chinese");
        // the tables write the files' names, whatever the language
        assertTrue(Files.readString(out.resolve("points.csv")).contains("\n1,counterfactual-no-nato-enlargement,"));
    }
}
