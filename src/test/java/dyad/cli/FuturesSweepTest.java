package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesLoader;
import dyad.analysis.futures.FuturesSweep;
import dyad.batch.CsvTable;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The futures of a file run as a sweep: on any thread count the same bytes, and each future as dyad run runs it. */
class FuturesSweepTest {

    private static final Path SMALL = Path.of("src/test/resources/futures/small-futures.yaml");

    @TempDir
    Path temp;

    @Test
    void theSweepRunsEveryFutureUnderEveryLeverSettingAsDyadRunDoes() throws IOException {
        FuturesFile file = FuturesLoader.load(SMALL);
        Path sweep = FuturesSweep.write(file, temp.resolve("input"), "sweep.yaml");
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        CliTest.Result result = dyad("sweep", sweep.toString(), "--out", one.toString(), "--threads", "1",
                "--all-series", "--formats", "png", "--quiet");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(0, dyad("sweep", sweep.toString(), "--out", two.toString(), "--threads", "2", "--all-series",
                "--formats", "png", "--quiet").exitCode());
        for (String table : List.of("runs.csv", "points.csv", "series.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(table)), Files.readAllBytes(two.resolve(table)), table);
        }
        List<String> points = Files.readAllLines(one.resolve("points.csv"));
        // 3 futures x thawing on/off x reciprocity 1, 2
        assertEquals(1 + 3 * 2 * 2, points.size(), points.get(0));

        // future 3, thawing on, reciprocity 2: as the file --write-future writes replays it
        Path written = temp.resolve("future-3.yaml");
        assertEquals(0, dyad("futures", SMALL.toString(), "--write-future", "3", "--lever", "reciprocity=2", "--to",
                written.toString()).exitCode());
        Scenario future = ScenarioLoader.load(written);
        ExogenousInputs inputs = ExogenousInputs.of(future);
        List<String> series = Files.readAllLines(one.resolve("series.csv"));
        int point = (3 - 1) * 4 + 1; // futures slowest, then thawing (on first), then reciprocity (1, 2)
        for (int r = 0; r < future.replications(); r++) {
            double[] index = Replay.replicate(future, inputs, future.seed(), r).index();
            List<String> replayed = new java.util.ArrayList<>();
            for (int m = 0; m < index.length; m++) {
                replayed.add(point + "," + r + "," + future.month(m) + "," + CsvTable.number(index[m]));
            }
            String prefix = point + "," + r + ",";
            assertEquals(replayed, series.stream().filter(row -> row.startsWith(prefix)).toList(), "replication " + r);
        }
    }
}
