package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad discover}: PRIM on a finished sweep's runs or points, in words, tables and a chart. */
class DiscoverCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path sweep;

    /** A small grid over Russia's oil dependence and the US's containment, 5 replications a point. */
    @BeforeAll
    static void sweep() throws IOException {
        // the baseline without areas, whose 2004-2007 the conditions below were written for
        Path base = Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml").toAbsolutePath();
        Path file = shared.resolve("oil.yaml");
        Files.writeString(file, String.join("\n", "name: oil", "scenario: " + base, "design: grid", "parameters:",
                "  agents.russia.oil_dependence: {values: [0.1, 0.3, 0.5, 0.7, 0.85]}",
                "  agents.usa.weights.containment: {values: [0.5, 1.0]}", "replications: 5", "seed: 3",
                "windows: {2004_2007: {start: 2004-01, end: 2007-12}}", "metrics: [mean_index, windows, shares]", ""));
        sweep = shared.resolve("sweep");
        CliTest.Result result = dyad("sweep", file.toString(), "--out", sweep.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void findsTheBoxSaysItInWordsAndWritesTablesAndChart() throws IOException {
        Path out = temp.resolve("discover");
        CliTest.Result result = dyad("discover", sweep.toString(), "--where", "mean_index_2004_2007 < -0.55", "--out",
                out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)In \\d+ % of the runs where the condition holds \\(coverage\\), it holds in"
                + " \\d+ % of the runs inside the box \\(density\\), which holds \\d+ % of all runs \\(support\\):\n"
                + "  ([0-9.]+ ≤ )?(Russia: oil dependence|United States: weight of containment) [≥≤] [0-9.]+ \\(p [<=] 0\\.\\d+\\)\n"
                + ".*"), result.out());
        assertTrue(result.out().endsWith("Discovery written to " + out + "/\n"), result.out());
        for (String name : List.of("trajectory.csv", "box.csv", "trajectory.png", "trajectory.svg", "trajectory.pdf",
                "manifest.json")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        List<String> box = Files.readAllLines(out.resolve("box.csv"));
        assertEquals("parameter,lower,upper,quasi_p_value,restricted", box.get(0));
        assertTrue(box.get(1).startsWith("agents.russia.oil_dependence,0."), box.toString());
        assertTrue(box.get(2).startsWith("agents.usa.weights.containment,"), box.toString());
        assertTrue(box.stream().anyMatch(line -> line.endsWith(",1")), box.toString());
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertTrue(trajectory.get(0).startsWith("step,coverage,density,support,rows,hits,restricted,chosen,"
                + "agents.russia.oil_dependence_lower,agents.russia.oil_dependence_upper"), trajectory.get(0));
        assertTrue(trajectory.get(1).startsWith("0,1.000000,"), trajectory.get(1));
        assertEquals(1, trajectory.stream().filter(line -> line.split(",")[7].equals("1")).count());
        String svg = Files.readString(out.resolve("trajectory.svg"));
        assertTrue(svg.contains("mean_index_2004_2007 &lt; -0.55"));
        // the chosen box is named in words under the plot, as on the console
        assertTrue(svg.contains("Chosen box: ") && svg.contains("United States: weight of containment"), "no box in words");

        Path again = temp.resolve("again");
        assertEquals(0, dyad("discover", sweep.toString(), "--where", "mean_index_2004_2007 < -0.55", "--out",
                again.toString()).exitCode());
        for (String name : List.of("trajectory.csv", "box.csv", "trajectory.png", "trajectory.svg", "trajectory.pdf")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void readsThePointsTableAndSpeaksChinese() throws IOException {
        Path out = temp.resolve("points");
        CliTest.Result result = dyad("discover", sweep.toString(), "--table", "points", "--where",
                "mean_index_2004_2007_mean < -0.55 or russia_cooperation_share_mean < 0.2", "--paste", "--lang", "zh-TW",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("在條件成立的參數點中"), result.out());
        assertTrue(Files.readString(out.resolve("trajectory.svg")).contains("涵蓋率"));
    }

    @Test
    void theUsersChoiceOfStepIsKept() throws IOException {
        Path out = temp.resolve("step");
        assertEquals(0, dyad("discover", sweep.toString(), "--where", "mean_index_2004_2007 < -0.55", "--box", "0",
                "--out", out.toString()).exitCode());
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertTrue(trajectory.get(1).split(",")[7].equals("1"), trajectory.get(1));
        CliTest.Result tooFar = dyad("discover", sweep.toString(), "--where", "mean_index_2004_2007 < -0.55", "--box",
                "99", "--out", temp.resolve("far").toString());
        assertEquals(2, tooFar.exitCode());
        assertTrue(tooFar.err().contains("field '--box': the trajectory has steps 0 to "), tooFar.err());
    }

    @Test
    void badInputGetsOneClearLineAndExitTwo() throws IOException {
        assertBad(List.of("--where", "mean_index_2004_2008 < 0"), "field '--where': column 1: no metric"
                + " 'mean_index_2004_2008' in runs.csv; did you mean 'mean_index_2004_2007'?");
        assertBad(List.of("--where", "mean_index < < 0"), "field '--where': column 14: expected a number after '<',"
                + " found '<'");
        assertBad(List.of("--where", "mean_index < -2"), "field '--where': the condition holds in none of the 50 runs:"
                + " mean_index runs from");
        assertBad(List.of("--where", "mean_index_mean < 0"), "'mean_index_mean' is a column of points.csv: add --table"
                + " points, or write 'mean_index'");
        assertBad(List.of("--table", "points", "--where", "mean_index < 0"), "did you mean 'mean_index_mean', its mean"
                + " at each point?");
        assertBad(List.of("--where", "mean_index < 0", "--table", "cells"), "--table must be runs or points");
        assertBad(List.of("--where", "mean_index < 0", "--alpha", "0.7"), "--alpha must be above 0 and below 0.5");

        Path run = temp.resolve("run");
        assertEquals(0, dyad("run", CliTest.BASELINE, "--replications", "2", "--no-check", "--out", run.toString())
                .exitCode());
        CliTest.Result notASweep = dyad("discover", run.toString(), "--where", "mean_index < 0");
        assertEquals(2, notASweep.exitCode());
        assertTrue(notASweep.err().contains("holds the results of a run, not a sweep"), notASweep.err());
        Files.createDirectories(temp.resolve("empty"));
        CliTest.Result empty = dyad("discover", temp.resolve("empty").toString(), "--where", "mean_index < 0");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("holds no Dyad results"), empty.err());
    }

    @Test
    void anUnfinishedSweepIsRefused() throws IOException {
        Path copy = temp.resolve("unfinished");
        try (java.util.stream.Stream<Path> files = Files.walk(sweep)) {
            for (Path file : files.toList()) {
                Path to = copy.resolve(sweep.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.getFileName().toString().equals("lock")) {
                    Files.copy(file, to);
                }
            }
        }
        Path manifest = copy.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\"", "\"running\""));
        CliTest.Result result = dyad("discover", copy.toString(), "--where", "mean_index < 0");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("the sweep in " + copy + " is not finished: finish it with 'dyad sweep FILE"
                + " --out " + copy + " --resume' first, FILE being the sweep file it ran"), result.err());
    }

    @Test
    void chartAndRerunRefuseADiscoveryFolder() {
        Path out = temp.resolve("discover");
        assertEquals(0, dyad("discover", sweep.toString(), "--where", "mean_index < 0", "--out", out.toString())
                .exitCode());
        for (String command : List.of("chart", "rerun")) {
            CliTest.Result result = dyad(command, out.toString());
            assertEquals(2, result.exitCode(), command);
            assertTrue(result.err().contains("holds a scenario discovery"), result.err());
        }
        CliTest.Result overSweep = dyad("discover", sweep.toString(), "--where", "mean_index < 0", "--out",
                sweep.toString());
        assertEquals(2, overSweep.exitCode());
        assertTrue(overSweep.err().contains("holds the results of a sweep, not a scenario discovery"), overSweep.err());
    }

    private void assertBad(List<String> options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("discover", sweep.toString()));
        args.addAll(options);
        args.addAll(List.of("--out", temp.resolve("bad").toString()));
        CliTest.Result result = dyad(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(temp.resolve("bad")), "nothing written");
    }
}
