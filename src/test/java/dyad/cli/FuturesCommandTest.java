package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.EventSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuturesCommandTest {

    private static final String SMALL = "src/test/resources/futures/small-futures.yaml";

    @TempDir
    Path temp;

    private static final List<String> SAME = List.of("futures.csv", "runs.csv", "points.csv", "fan.csv",
            "sweep.yaml", "scenario.yaml", "scenario-small-futures-future-3-reciprocity-2-thawing-off.yaml");

    @Test
    void runsEveryFutureUnderEveryLeverToTheSameBytesOnAnyThreadCount() throws IOException {
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("futures", SMALL, "--out", one.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("3 futures of small, 2002-01 to 2003-12, 4 lever settings, 2 replications"
                + " each: 24 runs"), result.out());
        assertTrue(result.out().contains("events blows: blows to beta, 0.500 a year"), result.out());
        Path two = temp.resolve("two");
        assertEquals(0, dyad("futures", SMALL, "--out", two.toString(), "--threads", "2", "--quiet").exitCode());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        List<String> rows = Files.readAllLines(one.resolve("futures.csv"));
        assertEquals("future,reciprocity,thawing,oil_growth_per_year,blows_events,thaws_events,index_2002,index_2003,"
                + "cooperative_2002,cooperative_2003,hostile_2002,hostile_2003", rows.get(0));
        assertEquals(1 + 3 * 4, rows.size());
        CliTest.Result rerun = dyad("rerun", one.toString());
        assertEquals(2, rerun.exitCode());
        assertTrue(rerun.err().contains("holds a futures analysis"), rerun.err());
        // one future's draws are the same under every lever setting
        for (int n = 1; n <= 3; n++) {
            String future = n + ",";
            List<String> draws = rows.stream().filter(row -> row.startsWith(future))
                    .map(row -> String.join(",", List.of(row.split(",")).subList(3, 6))).distinct().toList();
            assertEquals(1, draws.size(), draws.toString());
        }
        // a state holds in a year exactly when the year's mean index meets its bound
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertEquals(Double.parseDouble(cells[6]) > 0.2 ? "1" : "0", cells[8], row);
            assertEquals(Double.parseDouble(cells[7]) < -0.2 ? "1" : "0", cells[11], row);
        }
    }

    @Test
    void aKilledRunLeavesNothingOutsideItsFolderAndResumesToTheSameBytes() throws Exception {
        Path whole = temp.resolve("whole");
        assertEquals(0, dyad("futures", SMALL, "--out", whole.toString(), "--quiet").exitCode());
        Path cut = temp.resolve("cut");
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        DyadProcess killed = DyadProcess.start(List.of("-Djava.io.tmpdir=" + tmp), temp.resolve("log"),
                "sweep-started", "futures", SMALL, "--out", cut.toString(), "--quiet");
        try {
            killed.awaitFailpoint("sweep-started");
            // the futures' scenario files, which the results keep as scenario*.yaml, are made inside the results
            // folder's own records
            long scenarios = entries(whole).stream().filter(name -> name.matches("scenario(-.*)?\\.yaml")).count();
            assertTrue(scenarios >= 2, entries(whole).toString());
            assertEquals(scenarios, scratchFutures(cut).size(), scratchFutures(cut).toString());
        } finally {
            killed.killHard();
        }
        assertEquals(List.of(), entries(tmp), "nothing is left in the temporary folder");
        assertFalse(Files.exists(cut.resolve("futures.csv")));
        CliTest.Result resumed = dyad("futures", SMALL, "--out", cut.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(cut.resolve(name)), name);
        }
        assertEquals(List.of(), scratchFutures(cut), "the scratch folders are gone once the futures are done");
        assertEquals(List.of("folder.json", "lock"), entries(cut.resolve(".dyad")));
    }

    /** The futures' scenario files in the scratch folders of a results folder's .dyad. */
    private static List<Path> scratchFutures(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve(".dyad"))) {
            return files.filter(file -> file.getParent().getFileName().toString().equals("futures")
                    && file.getParent().getParent().getFileName().toString().startsWith("staging-")).toList();
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theHelpNamesEveryFileTheFuturesWrite() {
        CliTest.Result help = dyad("futures", "--help");
        assertEquals(0, help.exitCode(), help.err());
        String text = help.out().replaceAll("\\s+", " ");
        for (String file : List.of("futures.csv", "regret.csv", "robustness.csv", "states.csv", "futures-fan",
                "futures-states", "futures-areas", ".png", ".svg", ".pdf", "runs.csv", "points.csv", "fan.csv",
                "sweep.yaml", "manifest.json", "scenario.yaml", "scenario-<future>.yaml", "futures.yaml", "base-scenario.yaml",
                "datapackage.json", "--shard")) {
            assertTrue(text.contains(file), file + " in: " + text);
        }
    }

    @Test
    void aWrittenFutureCarriesTheLeversAndTheSameDrawsUnderEachSetting() throws IOException {
        Path on = temp.resolve("on.yaml");
        Path off = temp.resolve("off.yaml");
        // future 3 draws both blows and thaws
        CliTest.Result result = dyad("futures", SMALL, "--write-future", "3", "--lever", "reciprocity=2", "--to",
                on.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("dyad run " + on.toString().replace('\\', '/')), result.out());
        assertEquals(0, dyad("futures", SMALL, "--write-future", "3", "--lever", "reciprocity=2", "--lever",
                "thawing=off", "--to", off.toString()).exitCode());

        Scenario withThaws = ScenarioLoader.load(on);
        Scenario withoutThaws = ScenarioLoader.load(off);
        assertEquals("small-futures-future-3-reciprocity-2-thawing-on", withThaws.name());
        assertEquals(java.time.YearMonth.of(2003, 12), withThaws.end());
        assertEquals(2, withThaws.replications());
        var fromHorizon = withThaws.changes().stages().get(withThaws.changes().stages().size() - 1);
        assertEquals(java.time.YearMonth.of(2002, 1), fromHorizon.from());
        assertEquals(2.0, fromHorizon.agents().get(1).weights().get("reciprocity"));
        assertArrayEquals(withThaws.series().get("oil").values().toArray(),
                withoutThaws.series().get("oil").values().toArray());
        List<String> thaws = drawn(withThaws, "thaws");
        assertFalse(thaws.isEmpty());
        assertTrue(drawn(withoutThaws, "thaws").isEmpty());
        assertFalse(drawn(withThaws, "blows").isEmpty());
        assertEquals(drawn(withThaws, "blows"), drawn(withoutThaws, "blows"));

        CliTest.Result run = dyad("run", on.toString(), "--out", temp.resolve("run").toString(), "--no-check");
        assertEquals(0, run.exitCode(), run.err());
        // under the other value of the lever the base period replays the same, month for month, and the horizon not
        Path other = temp.resolve("other.yaml");
        assertEquals(0, dyad("futures", SMALL, "--write-future", "3", "--lever", "reciprocity=1", "--to",
                other.toString()).exitCode());
        assertEquals(0, dyad("run", other.toString(), "--out", temp.resolve("other").toString(), "--no-check")
                .exitCode());
        // the lever sets its weight from the horizon's first month on; the base period keeps the base's weight
        Scenario withOneFromHorizon = ScenarioLoader.load(other);
        assertEquals(BASE_RECIPROCITY, withOneFromHorizon.agents().get(1).weights().get("reciprocity"));
        assertNotEquals(1.0, BASE_RECIPROCITY);
        var changed = withOneFromHorizon.changes().stages().get(withOneFromHorizon.changes().stages().size() - 1);
        assertEquals(java.time.YearMonth.of(2002, 1), changed.from());
        assertEquals(1.0, changed.agents().get(1).weights().get("reciprocity"));
        List<String> withTwo = Files.readAllLines(temp.resolve("run/timeseries.csv"));
        List<String> withOne = Files.readAllLines(temp.resolve("other/timeseries.csv"));
        int horizon = withTwo.indexOf(withTwo.stream().filter(row -> row.startsWith("2002-01,")).findFirst()
                .orElseThrow());
        assertEquals(withOne.subList(0, horizon), withTwo.subList(0, horizon));
        assertNotEquals(withOne.subList(horizon, withOne.size()), withTwo.subList(horizon, withTwo.size()));
    }

    /** The weight the base scenario gives beta's reciprocity. */
    private static final double BASE_RECIPROCITY = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"))
            .agents().get(1).weights().get("reciprocity");

    private static List<String> drawn(Scenario scenario, String process) {
        return scenario.events().stream().map(EventSpec::id).filter(id -> id.startsWith(process + "-")).toList();
    }

    @Test
    void refusesToRunASingleFutureWithoutLevers() throws IOException {
        Path file = dyad.analysis.futures.FuturesLoaderTest.variant(temp, "futures: 3", "futures: 1",
                "  reciprocity: {path: agents.beta.weights.reciprocity, values: [1, 2]}\n", "",
                "  thawing: {event: thaws, values: [on, off]}\n", "", "levers:\n", "");
        CliTest.Result result = dyad("futures", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(file + ":") && result.err().contains("field 'futures': one future and no"
                + " levers"), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path mine = temp.resolve("mine.yaml");
        Files.writeString(mine, "my notes\n");
        CliTest.Result result = dyad("futures", SMALL, "--write-future", "1", "--to", mine.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("does not overwrite"), result.err());
        assertEquals("my notes\n", Files.readString(mine));
    }

    @Test
    void refusesAnUnknownLeverOrValueOrFuture() {
        CliTest.Result lever = dyad("futures", SMALL, "--write-future", "1", "--lever", "thawin=off", "--to",
                temp.resolve("a.yaml").toString());
        assertTrue(lever.exitCode() != 0);
        assertTrue(lever.err().contains("did you mean 'thawing'"), lever.err());
        CliTest.Result value = dyad("futures", SMALL, "--write-future", "1", "--lever", "reciprocity=3", "--to",
                temp.resolve("a.yaml").toString());
        assertTrue(value.err().contains("'3' is not one of its values, 1, 2"), value.err());
        CliTest.Result future = dyad("futures", SMALL, "--write-future", "4", "--to", temp.resolve("a.yaml").toString());
        assertTrue(future.err().contains("futures 1 to 3, not 4"), future.err());
        assertFalse(Files.exists(temp.resolve("a.yaml")));
    }
}
