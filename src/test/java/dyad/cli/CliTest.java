package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end, as a user types it. */
class CliTest {

    static final String BASELINE = "scenarios/us-russia-1992-2007.yaml";

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {
    }

    static Result dyad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DyadCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void runWritesTablesChartsAndManifestAndPrintsTheScorecard() throws IOException {
        Path out = temp.resolve("baseline");
        Result result = dyad("run", BASELINE, "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        for (String file : List.of("timeseries.csv", "summary.csv", "paper-check.csv", "manifest.json",
                "cooperation-index.png", "cooperation-index.svg", "cooperation-index.pdf")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        // the scorecard counts the baseline's nine facts; `check` exits with 3 when one is not as expected, `run` not
        assertTrue(result.out().contains(" of 9 pass"), result.out());
        assertTrue(result.out().contains("Results written to " + out), result.out());

        List<String> rows = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(193, rows.size());
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals("date", header.get(0));
        assertTrue(header.containsAll(List.of("cooperation_index", "cooperation_index_p05", "cooperation_index_p95",
                "usa_cooperation_share", "russia_cooperation_share", "brent", "russia_strength")), header.toString());
        assertTrue(rows.get(1).startsWith("1992-01,"));
        assertTrue(rows.get(192).startsWith("2007-12,"));

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("periodisation,phase,label,start,end,months,mean_index,index_p05,index_p95,"
                + "usa_cooperation_share,russia_cooperation_share", summary.get(0));
        assertEquals(1 + 4 + 5 + 5, summary.size(), "one row per phase of each periodisation");

        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String key : List.of("\"scenario_sha256\"", "\"seed\": 20071121", "\"replications\": 200",
                "\"dyad_version\"", "\"oil_dependence\"")) {
            assertTrue(manifest.contains(key), key);
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, dyad("run", BASELINE, "--seed", "5", "--replications", "50", "--out", first.toString()).exitCode());
        assertEquals(0, dyad("run", BASELINE, "--seed", "5", "--replications", "50", "--out", second.toString()).exitCode());
        for (String file : List.of("timeseries.csv", "summary.csv", "paper-check.csv", "manifest.json",
                "cooperation-index.svg", "cooperation-index.png", "cooperation-index.pdf")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        Path third = temp.resolve("third");
        assertEquals(0, dyad("run", BASELINE, "--seed", "6", "--replications", "50", "--out", third.toString()).exitCode());
        assertFalse(Files.readString(first.resolve("timeseries.csv")).equals(Files.readString(third.resolve("timeseries.csv"))));
    }

    @Test
    void badInputExitsWithTwoAndOneClearLineAndWritesNothing() throws IOException {
        Path out = temp.resolve("bad");
        Result result = dyad("run", "src/test/resources/scenarios/bad/unknown-key.yaml", "--out", out.toString());
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("unknown-key.yaml:5:"), result.err());
        assertTrue(result.err().contains("did you mean 'threat'"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "no half-written folder");
        }
    }

    @Test
    void anEarlierRunIsReplacedOnlyByACompleteOne() throws IOException {
        Path out = temp.resolve("results");
        assertEquals(0, dyad("run", "src/test/resources/scenarios/small.yaml", "--seed", "1", "--out", out.toString())
                .exitCode());
        byte[] earlier = Files.readAllBytes(out.resolve("timeseries.csv"));
        assertEquals(2, dyad("run", "src/test/resources/scenarios/bad/nan.yaml", "--out", out.toString()).exitCode());
        assertArrayEquals(earlier, Files.readAllBytes(out.resolve("timeseries.csv")), "a failed run keeps the earlier one");
        assertEquals(0, dyad("run", "src/test/resources/scenarios/small.yaml", "--seed", "2", "--out", out.toString())
                .exitCode());
        assertFalse(java.util.Arrays.equals(earlier, Files.readAllBytes(out.resolve("timeseries.csv"))));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(out), left.toList(), "no staging folders left behind");
        }
        try (Stream<Path> left = Files.list(out.resolve(".dyad"))) {
            assertEquals(List.of("folder.json", "lock"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void missingScenarioFileIsBadInput() {
        Result result = dyad("run", temp.resolve("nowhere.yaml").toString(), "--out", temp.resolve("x").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("file not found"), result.err());
    }

    @Test
    void badOptionsAreBadInput() {
        assertEquals(2, dyad("run", BASELINE, "--replications", "0").exitCode());
        assertEquals(2, dyad("run", BASELINE, "--seed", "-1").exitCode());
        assertEquals(2, dyad("run", BASELINE, "--replications", "many").exitCode());
        assertEquals(2, dyad("run").exitCode());
        assertEquals(2, dyad("fly").exitCode());
    }

    @Test
    void validateChecksWithoutWriting() {
        Result good = dyad("validate", BASELINE);
        assertEquals(0, good.exitCode(), good.err());
        assertTrue(good.out().contains("is valid"), good.out());
        for (String counterfactual : List.of("counterfactual-no-9-11", "counterfactual-low-oil",
                "counterfactual-no-nato-enlargement")) {
            assertEquals(0, dyad("validate", "scenarios/" + counterfactual + ".yaml").exitCode(), counterfactual);
        }
        Result bad = dyad("validate", "src/test/resources/scenarios/bad/cycle-a.yaml");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("cyclic extends"), bad.err());
    }

    @Test
    void helpAndVersion() {
        Result help = dyad("--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("run", "validate", "check", "sweep", "chart", "rerun")) {
            assertTrue(help.out().contains(command), command);
        }
        assertFalse(help.out().contains("bench"), "the benchmark is not part of the product: " + help.out());
        Result version = dyad("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("dyad \\d+\\.\\d+\\.\\d+\\R"), version.out());
        assertEquals(0, dyad("run", "--help").exitCode());
    }

    @Test
    void checkReportsEachSeed() {
        Result result = dyad("check", BASELINE, "--seeds", "2", "--replications", "100");
        assertTrue(result.out().contains("Seed 20071121"), result.out());
        assertTrue(result.out().contains("Seed 20071122"), result.out());
        assertTrue(result.out().contains("of 2 seeds"), result.out());
    }
}
