package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Seeds;
import dyad.scenario.BadInput;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SweepTest {

    static final Path SWEEPS = Path.of("src/test/resources/sweeps");
    static final SweepSpec TINY = SweepLoader.load(SWEEPS.resolve("tiny.yaml"));

    @TempDir
    static Path shared;
    static Path reference;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheReferenceSweepOnOneThread() throws Exception {
        reference = shared.resolve("reference");
        Sweep.run(TINY, reference, new Sweep.Options(1, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
    }

    static SweepRunner.Tally run(Path dir, int threads, boolean resume) throws Exception {
        return Sweep.run(TINY, dir, new Sweep.Options(threads, resume, false, true), PointRunner.SIMULATION,
                Progress.QUIET);
    }

    static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String table : List.of(SweepRunner.RUNS, PointsTable.POINTS, FanTable.FAN, SweepRunner.SERIES)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(table)), Files.readAllBytes(actual.resolve(table)),
                    table);
        }
    }

    @Test
    void writesOneRowPerRunAndOnePerPoint() throws IOException {
        List<String> runs = Files.readAllLines(reference.resolve(SweepRunner.RUNS));
        assertEquals(1 + 6 * 6, runs.size());
        assertTrue(runs.get(0).startsWith("point,replication,seed,agents.russia.oil_dependence,"
                + "agents.usa.weights.containment,status,error,mean_index,"), runs.get(0));
        // the sweep's base is the baseline as it was before areas, with SF1-SF7 alone
        assertTrue(runs.get(0).endsWith(",sf1,sf2,sf3,sf4,sf5,sf6,sf7"), runs.get(0));
        assertTrue(runs.get(1).startsWith("0,0,3,0.200000,0.250000,ok,,"), runs.get(1));
        List<String> points = Files.readAllLines(reference.resolve(PointsTable.POINTS));
        assertEquals(1 + 6, points.size());
        assertTrue(points.get(0).contains("mean_index_2004_2007_mean,mean_index_2004_2007_sd,"
                + "mean_index_2004_2007_ci95_low,mean_index_2004_2007_ci95_high"), points.get(0));
        assertEquals(1 + 3 * 192, Files.readAllLines(reference.resolve(FanTable.FAN)).size(),
                "first, middle and last point");
        assertEquals(1 + 36 * 192, Files.readAllLines(reference.resolve(SweepRunner.SERIES)).size());
        String manifest = Files.readString(reference.resolve(SweepManifest.FILE));
        assertTrue(manifest.contains("\"status\": \"complete\""), manifest);
        assertTrue(manifest.contains("\"runs_done\": 36"), manifest);
        assertTrue(manifest.contains("\"sweep_sha256\""), manifest);
        assertTrue(manifest.contains("\"seed_mode\": \"common\""), manifest);
    }

    @Test
    void pointStatisticsMatchTheirRuns() throws IOException {
        List<String> runs = Files.readAllLines(reference.resolve(SweepRunner.RUNS));
        List<String> header = List.of(runs.get(0).split(","));
        int column = header.indexOf("mean_index");
        double sum = 0;
        for (int row = 1; row <= 6; row++) {
            sum += Double.parseDouble(runs.get(row).split(",")[column]);
        }
        List<String> points = Files.readAllLines(reference.resolve(PointsTable.POINTS));
        List<String> pointHeader = List.of(points.get(0).split(","));
        String[] first = points.get(1).split(",");
        assertEquals(sum / 6, Double.parseDouble(first[pointHeader.indexOf("mean_index_mean")]), 1e-6);
        double low = Double.parseDouble(first[pointHeader.indexOf("mean_index_ci95_low")]);
        double high = Double.parseDouble(first[pointHeader.indexOf("mean_index_ci95_high")]);
        assertTrue(low < sum / 6 && sum / 6 < high);
        for (String fact : List.of("sf1", "sf5", "sf7")) {
            double factLow = Double.parseDouble(first[pointHeader.indexOf(fact + "_ci95_low")]);
            double factHigh = Double.parseDouble(first[pointHeader.indexOf(fact + "_ci95_high")]);
            assertTrue(0 <= factLow && factLow <= factHigh && factHigh <= 1, fact + ": a proportion's interval");
            assertTrue(factHigh - factLow > 0.1, fact + ": six runs cannot pin a proportion down");
        }
    }

    @Test
    void aRunIsTheSameReplicationAsDyadRunGivesAtThatPoint() throws IOException {
        SweepPlan plan = SweepPlan.of(TINY, false);
        List<String> rows = Files.readAllLines(reference.resolve(SweepRunner.RUNS));
        int column = List.of(rows.get(0).split(",")).indexOf("end_index");
        for (int run : new int[] {0, 7, 35}) {
            int point = plan.pointOf(run);
            dyad.scenario.Scenario scenario = plan.scenarioAt(point);
            double[] index = dyad.model.Replay.replicate(scenario, dyad.model.ExogenousInputs.of(scenario),
                    TINY.seed(), plan.replicationOf(run)).index();
            assertEquals(CsvTable.number(index[index.length - 1]), rows.get(run + 1).split(",")[column], "run " + run);
        }
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws Exception {
        Path dir = temp.resolve("two");
        run(dir, 2, false);
        assertSameTables(reference, dir);
    }

    @Test
    void workersFinishingInAnyOrderWriteTheSameBytes() throws Exception {
        // runs take uneven times, so chunks finish out of order on more workers than the machine has cores
        PointRunner uneven = (plan, point, run, replication, keepSeries) -> {
            sleep((run * 7) % 5);
            return PointRunner.SIMULATION.run(plan, point, run, replication, keepSeries);
        };
        Path dir = temp.resolve("uneven");
        Sweep.run(TINY, dir, new Sweep.Options(5, false, false, true), uneven, Progress.QUIET);
        assertSameTables(reference, dir);
    }

    @Test
    @Timeout(60)
    void anErrorOutsideAnyRunStopsTheSweepInsteadOfHangingIt() {
        PointRunner breaks = (plan, point, run, replication, keepSeries) -> {
            if (run == 20) {
                throw new AssertionError("not a run's failure");
            }
            sleep(1);
            return PointRunner.SIMULATION.run(plan, point, run, replication, keepSeries);
        };
        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> Sweep.run(TINY,
                temp.resolve("broken"), new Sweep.Options(3, false, false, false), breaks, Progress.QUIET));
        assertTrue(stopped.getCause() instanceof AssertionError, String.valueOf(stopped.getCause()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void byDefaultReplicationRUsesTheSameSeedAtEveryPoint() throws IOException {
        SweepPlan common = SweepPlan.of(TINY, false);
        SweepPlan independent = SweepPlan.of(TINY, true);
        assertEquals(common.seedOf(0), common.seedOf(5));
        assertEquals(TINY.seed(), common.seedOf(3), "the same streams as 'dyad run --seed' of that scenario");
        assertNotEquals(independent.seedOf(0), independent.seedOf(1));
        assertEquals(independent.seedOf(4), SweepPlan.of(TINY, true).seedOf(4));
        assertEquals(Seeds.forPoint(3, 4), independent.seedOf(4));
        for (String row : Files.readAllLines(reference.resolve(SweepRunner.RUNS)).subList(1, 37)) {
            assertEquals("3", row.split(",")[2]);
        }
    }

    @ParameterizedTest(name = "killed after {0} bytes of runs.csv")
    @ValueSource(ints = {0, 1, 200, 1500, 4321, 9000})
    void resumeAfterACrashGivesTheSameTables(int bytes) throws Exception {
        Path dir = temp.resolve("crashed");
        run(dir, 2, false);
        simulateCrash(dir, bytes);
        run(dir, 2, true);
        assertSameTables(reference, dir);
    }

    @Test
    void resumeKeepsOnlyRunsWhoseSeriesReachedTheDisk() throws Exception {
        Path dir = temp.resolve("series-behind");
        run(dir, 2, false);
        simulateCrash(dir, 100_000);
        try (FileChannel channel = FileChannel.open(dir.resolve(".dyad/unfinished-sweep").resolve(SweepRunner.SERIES),
                StandardOpenOption.WRITE)) {
            channel.truncate(12_345);
        }
        run(dir, 2, true);
        assertSameTables(reference, dir);
    }

    /** Leaves the folder as a sweep killed at that moment would: a prefix of its tables, no summaries. */
    static void simulateCrash(Path dir, int runsBytes) throws IOException {
        Path work = dir.resolve(".dyad/unfinished-sweep");
        Files.createDirectories(work);
        for (String table : List.of(SweepRunner.RUNS, SweepRunner.SERIES, SweepManifest.FILE)) {
            if (Files.exists(dir.resolve(table))) {
                Files.copy(dir.resolve(table), work.resolve(table));
            }
        }
        Path runs = work.resolve(SweepRunner.RUNS);
        long header = Files.readAllLines(runs).get(0).length() + 1;
        long keep = Math.min(Files.size(runs), header + runsBytes);
        try (FileChannel channel = FileChannel.open(runs, StandardOpenOption.WRITE)) {
            channel.truncate(keep);
        }
        String manifest = Files.readString(work.resolve(SweepManifest.FILE)).replace("\"complete\"", "\"running\"");
        Files.writeString(work.resolve(SweepManifest.FILE), manifest);
    }

    @Test
    void resumeAfterAKilledProcessGivesTheSameTables() throws Exception {
        Path dir = temp.resolve("killed");
        Path sweepFile = temp.resolve("long.yaml");
        String base = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(sweepFile, String.join("\n", "name: long", "scenario: " + base, "design: grid",
                "parameters:", "  agents.russia.oil_dependence: {min: 0.1, max: 0.9, steps: 20}", "replications: 200",
                "seed: 9", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dyad.cli.DyadCommand", "sweep", sweepFile.toString(), "--out", dir.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile()).start();
        Path runs = dir.resolve(".dyad/unfinished-sweep").resolve(SweepRunner.RUNS);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((!Files.exists(runs) || Files.size(runs) < 20_000) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the sweep finished before it could be killed; make it longer");
        process.destroyForcibly().waitFor();
        long rowsAtKill = Files.readAllLines(runs).size() - 1;
        assertTrue(rowsAtKill < 4000, "killed part-way: " + rowsAtKill);

        SweepSpec spec = SweepLoader.load(sweepFile);
        Sweep.run(spec, dir, new Sweep.Options(2, true, false, false), PointRunner.SIMULATION, Progress.QUIET);
        Path uninterrupted = temp.resolve("uninterrupted");
        Sweep.run(spec, uninterrupted, new Sweep.Options(2, false, false, false), PointRunner.SIMULATION,
                Progress.QUIET);
        for (String table : List.of(SweepRunner.RUNS, PointsTable.POINTS)) {
            assertArrayEquals(Files.readAllBytes(uninterrupted.resolve(table)), Files.readAllBytes(dir.resolve(table)),
                    table);
        }
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheSweepGoesOn() throws Exception {
        PointRunner failsAtPointTwo = (plan, point, run, replication, keepSeries) -> {
            if (point.point() == 2) {
                throw new IllegalStateException("boom at point 2\nsecond line");
            }
            return PointRunner.SIMULATION.run(plan, point, run, replication, keepSeries);
        };
        Path dir = temp.resolve("failing");
        SweepRunner.Tally tally = Sweep.run(TINY, dir, new Sweep.Options(2, false, false, false), failsAtPointTwo,
                Progress.QUIET);
        assertEquals(36, tally.done());
        assertEquals(6, tally.failed());
        List<String> rows = Files.readAllLines(dir.resolve(SweepRunner.RUNS));
        assertEquals(37, rows.size(), "one line per run, even with a two-line error");
        assertTrue(rows.get(13).contains(",failed,IllegalStateException: boom at point 2 second line,NA,"), rows.get(13));
        assertTrue(rows.get(19).contains(",ok,,"), "the sweep went on: " + rows.get(19));
        String point2 = Files.readAllLines(dir.resolve(PointsTable.POINTS)).get(3);
        assertTrue(point2.contains(",6,6,NA,"), point2);
    }

    @Test
    void resumingWithAChangedSweepFileIsRefused() throws Exception {
        Path sweepFile = temp.resolve("tiny.yaml");
        String text = Files.readString(SWEEPS.resolve("tiny.yaml")).replace("../before-areas/",
                Path.of("src/test/resources/before-areas").toAbsolutePath().toString().replace('\\', '/') + "/");
        Files.writeString(sweepFile, text);
        Path dir = temp.resolve("changed");
        Sweep.run(SweepLoader.load(sweepFile), dir, new Sweep.Options(1, false, false, false), PointRunner.SIMULATION,
                Progress.QUIET);
        simulateCrash(dir, 300);
        Files.writeString(sweepFile, text.replace("replications: 6", "replications: 7"));
        BadInputException refused = assertThrows(BadInputException.class, () -> Sweep.run(SweepLoader.load(sweepFile),
                dir, new Sweep.Options(1, true, false, false), PointRunner.SIMULATION, Progress.QUIET));
        assertTrue(refused.getMessage().contains("(the sweep or analysis file's contents changed)"), refused.getMessage());
        BadInputException seeds = assertThrows(BadInputException.class, () -> Sweep.run(SweepLoader.load(sweepFile),
                dir, new Sweep.Options(1, true, true, false), PointRunner.SIMULATION, Progress.QUIET));
        assertTrue(seeds.getMessage().contains("--independent-seeds changed"), seeds.getMessage());
    }

    @Test
    void aFreshSweepSaysItDiscardsAnUnfinishedOneAndNeverTouchesAForeignFolder() throws Exception {
        Path dir = temp.resolve("unfinished");
        run(dir, 1, false);
        simulateCrash(dir, 500);
        List<String> notices = new java.util.ArrayList<>();
        Sweep.run(TINY, dir, new Sweep.Options(1, false, false, true), PointRunner.SIMULATION, Progress.QUIET,
                notices::add, Sweep.Finisher.NOTHING);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Discarding the unfinished sweep in "), notices.get(0));
        assertTrue(notices.get(0).contains("of 36 runs done"), notices.get(0));
        assertSameTables(reference, dir);
        assertTrue(Files.notExists(dir.resolve(".dyad/unfinished-sweep")));

        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.docx"), "mine");
        BadInputException refused = assertThrows(BadInputException.class, () -> run(foreign, 1, false));
        assertTrue(refused.getMessage().contains("is not empty and is not a Dyad results folder"), refused.getMessage());
        try (Stream<Path> entries = Files.list(foreign)) {
            assertEquals(List.of(foreign.resolve("thesis.docx")), entries.toList(), "nothing added");
        }
        // a resume where nothing was written yet (a kill before the folder was made) starts the sweep
        Path nothingHere = temp.resolve("nothing-here");
        List<String> started = new java.util.ArrayList<>();
        Sweep.run(TINY, nothingHere, new Sweep.Options(1, true, false, true), PointRunner.SIMULATION,
                Progress.QUIET, started::add, Sweep.Finisher.NOTHING);
        assertEquals(List.of("nothing of this sweep was written in " + nothingHere + " yet; starting it"), started);
        assertSameTables(reference, nothingHere);
    }

    @Test
    void otherDesignsAndMetricChoices() throws Exception {
        SweepSpec lhs = SweepLoader.load(SWEEPS.resolve("lhs.yaml"));
        Path dir = temp.resolve("lhs");
        Sweep.run(lhs, dir, new Sweep.Options(2, false, false, false), PointRunner.SIMULATION, Progress.QUIET);
        List<String> rows = Files.readAllLines(dir.resolve(SweepRunner.RUNS));
        assertEquals(1 + 7 * 3, rows.size());
        assertEquals("point,replication,seed,agents.russia.weights.threat,events.september-11.effects[0].change,"
                + "status,error,mean_index,mean_index_2004_2007,sf1,sf2,sf3,sf4,sf5,sf6,partners_and_rivals,"
                + "leans_both_ways", rows.get(0));
        assertEquals(1 + 2 * 192, Files.readAllLines(dir.resolve(FanTable.FAN)).size());
    }

    static Stream<Arguments> badSweeps() {
        return Stream.of(
                Arguments.of("unknown-key.yaml", "unknown-key.yaml:5:", "replication", "did you mean 'replications'"),
                Arguments.of("unknown-parameter.yaml", "unknown-parameter.yaml:4:",
                        "parameters.agents.russia.oil_dependance", "did you mean 'agents.russia.oil_dependence'"),
                Arguments.of("out-of-range.yaml", "out-of-range.yaml:4:", "parameters.agents.russia.oil_dependence",
                        "allowed 0 to 1"),
                Arguments.of("bad-design.yaml", "bad-design.yaml:3:", "design", "not one of grid, random, lhs, sobol"),
                Arguments.of("missing-points.yaml", "missing-points.yaml:1:", "points", "required field is missing"),
                Arguments.of("missing-scenario.yaml", "missing-scenario.yaml:2:", "scenario", "was not found"),
                Arguments.of("bad-metric.yaml", "bad-metric.yaml:6:", "metrics[1]", "did you mean 'shares'"),
                Arguments.of("bad-fan-point.yaml", "bad-fan-point.yaml:6:", "chart.fan_points[0]", "does not exist"),
                Arguments.of("not-a-number.yaml", "not-a-number.yaml:4:", "parameters.agents.russia.name",
                        "not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSweeps")
    void badSweepFilesNameFileLineAndField(String file, String location, String field, String problem) {
        BadInput.assertReported(() -> SweepLoader.load(SWEEPS.resolve("bad").resolve(file)), location, field, problem);
    }

    @Test
    void theBundledSweepsAreValid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios/sweeps"))) {
            List<Path> sweeps = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertTrue(sweeps.size() >= 3);
            for (Path sweep : sweeps) {
                SweepLoader.load(sweep);
            }
        }
        String quick = Files.readString(Path.of("scenarios/sweeps/quick.yaml"), StandardCharsets.UTF_8);
        assertTrue(quick.contains("design: grid"));
    }
}
