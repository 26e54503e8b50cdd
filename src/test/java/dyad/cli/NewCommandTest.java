package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dyad new} writes a case of one's own that validates, runs, checks, sweeps and screens at once. */
class NewCommandTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "china,japan|2006-01..2015-12|en|4 of 4 pass",
        "north,east,west_bloc|2030-04..2041-09|zh-TW|4 項中 4 項通過",
    })
    void theWrittenFilesValidateRunCheckSweepAndScreen(String agents, String period, String lang, String passed)
            throws IOException {
        Path scenario = temp.resolve("my-case.yaml");
        CliTest.Result written = dyad("new", scenario.toString(), "--agents", agents, "--period", period,
                "--lang", lang);
        assertEquals(0, written.exitCode(), written.err());
        for (String file : List.of("my-case.yaml", "my-case-sweep.yaml", "my-case-sensitivity.yaml",
                "data/economic-ties.csv", "data/README.md")) {
            assertTrue(Files.size(temp.resolve(file)) > 0, file);
        }
        String text = Files.readString(scenario);
        for (String id : agents.split(",")) {
            assertTrue(text.contains("\n  " + id + ":\n"), id);
        }
        assertEquals(lang.equals("zh-TW"), text.contains("共同利益"), "comments in the language asked for");
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("oil"), "no oil unless asked");

        CliTest.Result valid = dyad("validate", scenario.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertFalse(valid.out().contains("warning"), valid.out());
        CliTest.Result run = dyad("run", scenario.toString(), "--out", temp.resolve("run").toString(), "--lang", lang);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(passed), run.out());
        CliTest.Result check = dyad("check", scenario.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        CliTest.Result sweep = dyad("sweep", temp.resolve("my-case-sweep.yaml").toString(), "--out",
                temp.resolve("sweep").toString(), "--quiet");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertEquals(1 + 9, Files.readAllLines(temp.resolve("sweep/points.csv")).size());
        CliTest.Result sensitivity = dyad("sensitivity", temp.resolve("my-case-sensitivity.yaml").toString(), "--out",
                temp.resolve("sensitivity").toString(), "--quiet");
        assertEquals(0, sensitivity.exitCode(), sensitivity.err());
        String indices = Files.readString(temp.resolve("sensitivity/indices.csv"));
        assertTrue(indices.contains(agents.split(",")[0] + ".perceptions.shared_interest.scale"), indices);
    }

    @Test
    void aSeriesLeftUnlinkedIsWarnedOfByValidateAndCheck() throws IOException {
        Path scenario = temp.resolve("case.yaml");
        assertEquals(0, dyad("new", scenario.toString(), "--agents", "a,b", "--period", "2000-01..2004-12")
                .exitCode());
        String text = Files.readString(scenario);
        String link = text.substring(text.indexOf("    perceptions:"), text.indexOf("  b:\n"));
        Files.writeString(scenario, text.replace(link, ""));
        String warning = "warning: series 'economic_ties' is read by nothing";
        CliTest.Result valid = dyad("validate", scenario.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertTrue(valid.out().contains(warning), valid.out());
        assertEquals(1, valid.out().lines().filter(line -> line.startsWith("warning")).count(), valid.out());
        assertTrue(dyad("check", scenario.toString()).out().contains(warning));
        assertTrue(dyad("check", scenario.toString(), "--lang", "zh-TW").out().contains("警告：序列 'economic_ties'"));
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndNothingIsWritten() throws IOException {
        Path readme = Files.createDirectories(temp.resolve("data")).resolve("README.md");
        Files.writeString(readme, "mine");
        CliTest.Result refused = dyad("new", temp.resolve("case.yaml").toString(), "--agents", "a,b", "--period",
                "2000-01..2004-12");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("README.md already exists: nothing written"), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertEquals("mine", Files.readString(readme));
        try (Stream<Path> files = Files.walk(temp)) {
            assertEquals(List.of(readme), files.filter(Files::isRegularFile).toList());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "case.yaml|China,japan|2006-01..2015-12|'China' is not a valid id",
        "case.yaml|china,china|2006-01..2015-12|'china' is given twice",
        "case.yaml|china|2006-01..2015-12|a dyad needs 2 to 10 agents",
        "case.yaml|china,japan|2006..2015|'2006..2015' is not YYYY-MM..YYYY-MM",
        "case.yaml|china,japan|2015-12..2006-01|it ends (2006-01) before it starts (2015-12)",
        "case.yaml|china,japan|2006-13..2015-12|has no month 13",
        "case.yaml|china,japan|2006-03..2007-10|fewer than two whole calendar years",
        "case.txt|china,japan|2006-01..2015-12|FILE must be a YAML file ending in .yaml",
    })
    void aBadArgumentIsOneLineAndWritesNothing(String file, String agents, String period, String problem)
            throws IOException {
        CliTest.Result refused = dyad("new", temp.resolve(file).toString(), "--agents", agents, "--period", period);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains(problem), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }
}
