package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dyad chart} draws only what Dyad could have written: a table whose number is not finite, or outside what
 * the model can produce there (an index outside −1 to 1, a share outside 0 to 1), is refused with its file, line
 * and column, and the charts already drawn stay as they were.
 */
class DamagedTablesTest {

    @TempDir
    static Path temp;
    static Path sweep;
    static Path run;

    @BeforeAll
    static void sweepAndRun() {
        sweep = temp.resolve("sweep");
        Result swept = dyad("sweep", "src/test/resources/sweeps/areas.yaml", "--out", sweep.toString(), "--quiet");
        assertEquals(0, swept.exitCode(), swept.err());
        run = temp.resolve("run");
        Result ran = dyad("run", "src/test/resources/scenarios/small.yaml", "--out", run.toString(), "--no-check");
        assertEquals(0, ran.exitCode(), ran.err());
    }

    /** A copy of the folder with one cell of a table replaced, by the column's name, in the first row of data. */
    private static Path damaged(Path folder, String name, String table, String column, String cell)
            throws IOException {
        Path copy = temp.resolve(name);
        try (var files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path file = copy.resolve(table);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int at = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        assertTrue(at >= 0, column + " in " + lines.get(0));
        String[] cells = lines.get(1).split(",", -1);
        cells[at] = cell;
        lines.set(1, String.join(",", cells));
        Files.write(file, lines);
        return copy;
    }

    private static void assertRefused(Path folder, String table, String column, String cell, String problem)
            throws IOException {
        List<byte[]> before = new ArrayList<>();
        List<Path> pngs;
        try (var files = Files.list(folder)) {
            pngs = files.filter(file -> file.toString().endsWith(".png")).sorted().toList();
        }
        for (Path png : pngs) {
            before.add(Files.readAllBytes(png));
        }
        Result result = dyad("chart", folder.toString());
        assertEquals(2, result.exitCode(), cell + ": " + result.err() + result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(folder.resolve(table) + ":2: '" + cell + "' in column '" + column + "' "
                + problem), result.err());
        for (int i = 0; i < pngs.size(); i++) {
            assertEquals(-1, Arrays.mismatch(before.get(i), Files.readAllBytes(pngs.get(i))), "kept " + pngs.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "NaN"})
    void aMetricThatIsNotFiniteIsRefused(String cell) throws IOException {
        Path folder = damaged(sweep, "points-" + cell, "points.csv", "mean_index_mean", cell);
        assertRefused(folder, "points.csv", "mean_index_mean", cell, "is not a finite number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "-1.5", "1.0000001"})
    void anIndexOutsideMinusOneToOneIsRefused(String cell) throws IOException {
        Path folder = damaged(sweep, "index-" + cell, "points.csv", "mean_index_mean", cell);
        assertRefused(folder, "points.csv", "mean_index_mean", cell, "is outside -1 to 1");
    }

    @Test
    void anIntervalFartherThanAnyDyadComputesIsRefused() throws IOException {
        Path folder = damaged(sweep, "interval", "points.csv", "mean_index_ci95_high", "1e308");
        assertRefused(folder, "points.csv", "mean_index_ci95_high", "1e308", "is outside -14 to 14");
    }

    @Test
    void aFanMonthOutsideTheIndexIsRefused() throws IOException {
        Path folder = damaged(sweep, "fan", "fan.csv", "p95", "Infinity");
        assertRefused(folder, "fan.csv", "p95", "Infinity", "is not a finite number");
    }

    @Test
    void aRunsIndexOrTermThatDyadCannotWriteIsRefused() throws IOException {
        Path index = damaged(run, "run-index", "timeseries.csv", "cooperation_index", "1e308");
        assertRefused(index, "timeseries.csv", "cooperation_index", "1e308", "is outside -1 to 1");
        Path term = damaged(run, "run-term", "why.csv", "contribution", "-Infinity");
        assertRefused(term, "why.csv", "contribution", "-Infinity", "is not a finite number");
    }
}
