package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.design.Design;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.scenario.BadInput;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sweeps whose factors are choices: scenario files, and events switched on and off. */
class ChoiceSweepTest {

    static final Path SWEEPS = Path.of("src/test/resources/sweeps");
    static final Path SCENARIOS = Path.of("scenarios");
    static final SweepSpec FILES = SweepLoader.load(SWEEPS.resolve("choice-files.yaml"));
    static final SweepSpec GRID = SweepLoader.load(SWEEPS.resolve("choice-grid.yaml"));

    @TempDir
    static Path shared;
    static Path filesResults;
    static Path gridResults;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheSweeps() throws Exception {
        filesResults = shared.resolve("files");
        Sweep.run(FILES, filesResults, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION,
                Progress.QUIET);
        gridResults = shared.resolve("grid");
        Sweep.run(GRID, gridResults, new Sweep.Options(1, false, false, true), PointRunner.SIMULATION,
                Progress.QUIET);
    }

    /** Every replication's monthly index at a point, as series.csv writes it. */
    private static List<String> series(Path dir, int point) throws IOException {
        return Files.readAllLines(dir.resolve(SweepRunner.SERIES)).stream().skip(1)
                .filter(line -> line.startsWith(point + ",")).map(line -> line.substring(line.lastIndexOf(',') + 1))
                .toList();
    }

    /** What dyad run of the file with this seed and replications simulates, replication by replication. */
    private static List<String> ownRuns(Scenario scenario, long seed, int replications) {
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        List<String> cells = new java.util.ArrayList<>();
        for (int r = 0; r < replications; r++) {
            for (double month : Replay.replicate(scenario, inputs, seed, r).index()) {
                cells.add(CsvTable.number(month));
            }
        }
        return cells;
    }

    @Test
    void aPointOfACounterfactualFileIsThatFilesOwnRun() throws IOException {
        List<String> files = List.of("us-russia-1992-2007.yaml", "counterfactual-no-nato-enlargement.yaml",
                "counterfactual-low-oil.yaml");
        for (int point = 0; point < files.size(); point++) {
            Scenario own = ScenarioLoader.load(SCENARIOS.resolve(files.get(point)));
            assertEquals(ownRuns(own, 11, 3), series(filesResults, point), files.get(point));
        }
        // and the counterfactuals do differ from the baseline
        assertTrue(!series(filesResults, 0).equals(series(filesResults, 1)));
        // the mean path is dyad run's
        Scenario noNato = ScenarioLoader.load(SCENARIOS.resolve(files.get(1)));
        double[] mean = Replay.run(noNato, ExogenousInputs.of(noNato), 11, 3).index();
        List<String> fan = Files.readAllLines(filesResults.resolve(FanTable.FAN)).stream()
                .filter(line -> line.startsWith("1,")).toList();
        assertEquals(mean.length, fan.size());
        for (int m = 0; m < mean.length; m++) {
            assertEquals(CsvTable.number(mean[m]), fan.get(m).split(",")[3], "month " + m);
        }
    }

    @Test
    void theTablesNameEachFileByItsScenariosName() throws IOException {
        List<String> points = Files.readAllLines(filesResults.resolve(PointsTable.POINTS));
        assertTrue(points.get(0).startsWith("point,scenario,runs,"), points.get(0));
        assertTrue(points.get(1).startsWith("0,us-russia-1992-2007,3,0,"), points.get(1));
        assertTrue(points.get(2).startsWith("1,counterfactual-no-nato-enlargement,3,0,"), points.get(2));
        assertTrue(points.get(3).startsWith("2,counterfactual-low-oil,3,0,"), points.get(3));
        String manifest = Files.readString(filesResults.resolve(SweepManifest.FILE));
        assertTrue(manifest.contains("\"levels\": {"), manifest);
        assertTrue(manifest.contains("\"choice_files_sha256\""), manifest);
    }

    @Test
    void anEventSwitchedOffIsTheScenarioThatRemovesIt() throws IOException {
        // the grid's last parameter varies fastest: point 1 is the baseline without 9/11 at oil dependence 0.2
        List<String> runs = Files.readAllLines(gridResults.resolve(SweepRunner.RUNS));
        assertTrue(runs.get(0).startsWith("point,replication,seed,scenario,events.september-11,"
                + "agents.russia.oil_dependence,status,"), runs.get(0));
        assertTrue(runs.get(1 + 2 * 3).startsWith("2,0,5,us-russia-1992-2007,off,0.200000,ok,"), runs.get(7));
        Path withoutIt = temp.resolve("no-9-11-low-oil-dependence.yaml");
        Files.writeString(withoutIt, "extends: " + SCENARIOS.resolve("us-russia-1992-2007.yaml").toAbsolutePath()
                + "\nname: without-9-11\nagents:\n  russia: {oil_dependence: 0.2}\n"
                + "events:\n  september-11: {remove: true}\n");
        assertEquals(ownRuns(ScenarioLoader.load(withoutIt), 5, 3), series(gridResults, 2));
        assertEquals(ownRuns(ScenarioLoader.load(SCENARIOS.resolve("counterfactual-no-9-11.yaml")), 5, 3),
                series(gridResults, 3), "the bundled counterfactual, at the baseline's oil dependence 0.5");
    }

    @Test
    void theGridTakesEveryLevelWithEveryValue() throws IOException {
        SweepPlan plan = SweepPlan.of(GRID, false);
        assertEquals(8, plan.points().size());
        Set<String> combinations = new HashSet<>();
        for (int point = 0; point < 8; point++) {
            combinations.add(plan.cell(point, 0) + "/" + plan.cell(point, 1) + "/" + plan.cell(point, 2));
        }
        assertEquals(8, combinations.size(), combinations.toString());
        assertTrue(combinations.contains("counterfactual-no-nato-enlargement/off/0.500000"), combinations.toString());
        assertEquals(1 + 8, Files.readAllLines(gridResults.resolve(PointsTable.POINTS)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "lhs", "sobol", "saltelli", "morris"})
    void sampledDesignsDrawEveryLevel(String name) {
        List<SweepParameter> parameters = GRID.parameters();
        List<double[]> points = Design.of(name, 16).points(parameters, 9);
        for (int d = 0; d < 2; d++) {
            Set<Double> levels = new HashSet<>();
            for (double[] point : points) {
                levels.add(point[d]);
            }
            assertEquals(Set.of(0.0, 1.0), levels, name + ": " + parameters.get(d).path());
        }
    }

    @Test
    void aThreeLevelChoiceIsDrawnUniformly() {
        List<double[]> points = Design.of("random", 3000).points(FILES.parameters(), 4);
        int[] counts = new int[3];
        points.forEach(point -> counts[(int) point[0]]++);
        for (int count : counts) {
            assertTrue(Math.abs(count - 1000) < 100, java.util.Arrays.toString(counts));
        }
    }

    @Test
    void theBytesDoNotDependOnTheThreads() throws Exception {
        Path two = temp.resolve("two");
        Sweep.run(GRID, two, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
        for (String table : List.of(SweepRunner.RUNS, PointsTable.POINTS, FanTable.FAN, SweepRunner.SERIES)) {
            assertArrayEquals(Files.readAllBytes(gridResults.resolve(table)), Files.readAllBytes(two.resolve(table)),
                    table);
        }
    }

    @Test
    void aResumedSweepRebuildsItsPointsWithTheLevelsInWords() throws Exception {
        Path dir = temp.resolve("resumed");
        Sweep.run(GRID, dir, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
        SweepTest.simulateCrash(dir, 5_000);
        Sweep.run(GRID, dir, new Sweep.Options(2, true, false, true), PointRunner.SIMULATION, Progress.QUIET);
        SweepTest.assertSameTables(gridResults, dir);
    }

    @Test
    void mergedShardsGiveTheWholeSweepsBytesAndFiles() throws Exception {
        Path dir = temp.resolve("sharded");
        for (int k = 1; k <= 3; k++) {
            ShardedSweep.run(GRID, dir, new Shard(k, 3), new Sweep.Options(1, true, false, true),
                    PointRunner.SIMULATION, Progress.QUIET, notice -> { });
        }
        ShardedSweep.merge(dir, 2, Sweep.Finisher.NOTHING);
        SweepTest.assertSameTables(gridResults, dir);
        String counterfactual = "scenario-counterfactual-no-nato-enlargement.yaml";
        assertEquals(Files.readString(gridResults.resolve(counterfactual)), Files.readString(dir.resolve(counterfactual)));
    }

    @Test
    void theResolvedSweepRunsTheSameFilesFromTheResultsFolder() throws Exception {
        assertTrue(Files.isRegularFile(filesResults.resolve("scenario-counterfactual-low-oil.yaml")));
        SweepSpec again = SweepLoader.load(filesResults.resolve(ResolvedSweep.FILE));
        assertEquals(FILES.parameters().get(0).choice().words(), again.parameters().get(0).choice().words());
        assertEquals(0.0, again.parameters().get(0).base(), "the base scenario is the first file");
        Path rerun = temp.resolve("rerun");
        Sweep.run(again, rerun, new Sweep.Options(1, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
        assertArrayEquals(Files.readAllBytes(filesResults.resolve(SweepRunner.SERIES)),
                Files.readAllBytes(rerun.resolve(SweepRunner.SERIES)));
    }

    static Stream<Arguments> badChoices() {
        return Stream.of(
                Arguments.of("choice-unknown-event.yaml", "choice-unknown-event.yaml:4:", "parameters.events.september-12",
                        "did you mean 'september-11'?"),
                Arguments.of("choice-missing-file.yaml", "choice-missing-file.yaml:7:", "parameters.scenario.files[1]",
                        "the scenario file was not found"),
                Arguments.of("choice-one-level.yaml", "choice-one-level.yaml:4:", "parameters.events.september-11.values",
                        "a choice of one level"),
                Arguments.of("choice-one-file.yaml", "choice-one-file.yaml:5:", "parameters.scenario.files",
                        "at least two scenario files"),
                Arguments.of("choice-level-twice.yaml", "choice-level-twice.yaml:4:",
                        "parameters.events.september-11.values[2]", "'on' is listed twice"),
                Arguments.of("choice-bad-word.yaml", "choice-bad-word.yaml:4:",
                        "parameters.events.september-11.values[0]", "not 'yes'"),
                Arguments.of("choice-other-months.yaml", "choice-other-months.yaml:7:", "parameters.scenario.files[1]",
                        "every file must cover the same months"),
                Arguments.of("choice-other-areas.yaml", "choice-other-areas.yaml:7:", "parameters.scenario.files[1]",
                        "the file declares no areas, the sweep's scenario the areas climate (2 choices), trade (2"
                                + " choices): its facts read issue areas, so every file must declare the same areas"
                                + " with the same choices"),
                Arguments.of("choice-morris-levels.yaml", "choice-morris-levels.yaml:7:", "parameters.scenario",
                        "a choice of 3 levels needs Morris's levels to be at least as many, not 2"),
                Arguments.of("choice-removed-event.yaml", "choice-removed-event.yaml:7:", "parameters.scenario.files[1]",
                        "this file does not have it"),
                Arguments.of("choice-event-prefix.yaml", "choice-event-prefix.yaml:4:", "parameters.events.kosovo",
                        "did you mean one of 'kosovo-war', 'kosovo-independence-plan'?"),
                Arguments.of("choice-event-removed-by-base.yaml", "choice-event-removed-by-base.yaml:4:",
                        "parameters.events.september-11", "the base scenario removes the event 'september-11'"));
    }

    @ParameterizedTest
    @MethodSource("badChoices")
    void badChoicesNameTheSweepFilesLineAndField(String file, String location, String field, String problem) {
        BadInput.assertReported(() -> SweepLoader.load(SWEEPS.resolve("bad").resolve(file)), location, field, problem);
    }
}
