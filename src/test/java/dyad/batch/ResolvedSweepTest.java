package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.BundledFiles;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.SameScenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A sweep run from the sweep.yaml and scenario.yaml of its results folder gives the same tables. */
class ResolvedSweepTest {

    static final int FEW_REPLICATIONS = 2;

    @TempDir
    Path temp;

    static Stream<Path> bundledSweeps() {
        return BundledFiles.sweeps();
    }

    /**
     * A copy of a bundled sweep with few replications, so that it runs in a moment; its base scenario is
     * the bundled one, by absolute path.
     */
    SweepSpec quickCopy(Path sweep) throws IOException {
        YamlValue.Mapping tree = YamlReader.readMapping(sweep);
        Path base = sweep.toAbsolutePath().getParent()
                .resolve(((YamlValue.Scalar) tree.entries().get("scenario")).text()).normalize();
        YamlValue.Mapping quick = tree
                .with("scenario", new YamlValue.Scalar(base.toString(), "str", tree.location()))
                .with("replications", new YamlValue.Scalar(Integer.toString(FEW_REPLICATIONS), "int", tree.location()));
        YamlValue.Mapping parameters = (YamlValue.Mapping) tree.entries().get("parameters");
        if (parameters.entries().get(SweepChoice.SCENARIO) instanceof YamlValue.Mapping choice) {
            // a choice's files by absolute path too
            List<YamlValue> files = ((YamlValue.Sequence) choice.entries().get("files")).items().stream()
                    .<YamlValue>map(file -> new YamlValue.Scalar(sweep.toAbsolutePath().getParent()
                            .resolve(((YamlValue.Scalar) file).text()).normalize().toString(), "str", file.location()))
                    .toList();
            quick = quick.with("parameters", parameters.with(SweepChoice.SCENARIO, choice.with("files",
                    new YamlValue.Sequence(files, choice.location()))));
        }
        Path copy = Files.createDirectories(temp.resolve("copies")).resolve(sweep.getFileName());
        Files.writeString(copy, YamlWriter.write(quick, "a quick copy"), StandardCharsets.UTF_8);
        return SweepLoader.load(copy);
    }

    static Path writtenAlone(SweepSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        ResolvedSweep written = ResolvedSweep.write(spec, dir);
        assertEquals(dir.resolve(ResolvedSweep.FILE), written.sweepFile());
        assertEquals(dir.resolve(ResolvedScenario.FILE), written.scenarioFile());
        List<Path> expected = new java.util.ArrayList<>(List.of(written.scenarioFile(), written.sweepFile()));
        // a choice of scenario files writes each beside the base, the base's own file as scenario.yaml
        ResolvedSweep.choiceFileNames(spec).stream().filter(name -> !name.equals(ResolvedScenario.FILE))
                .forEach(name -> expected.add(dir.resolve(name)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected.stream().sorted().toList(), files.sorted().toList());
        }
        return written.sweepFile();
    }

    static void assertSameSpec(SweepSpec expected, SweepSpec actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.description(), actual.description());
        assertEquals(expected.design(), actual.design());
        assertEquals(withoutFiles(expected.parameters()), withoutFiles(actual.parameters()));
        assertEquals(expected.replications(), actual.replications());
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.metrics(), actual.metrics());
        assertEquals(expected.windows(), actual.windows());
        assertEquals(expected.twins(), actual.twins());
        assertEquals(expected.chartMetric(), actual.chartMetric());
        assertEquals(expected.fanPoints(), actual.fanPoints());
        List<double[]> points = expected.design().points(expected.parameters(), expected.seed());
        List<double[]> again = actual.design().points(actual.parameters(), actual.seed());
        assertEquals(points.size(), again.size());
        for (int i = 0; i < points.size(); i++) {
            assertArrayEquals(points.get(i), again.get(i), "point " + i);
        }
        SameScenario.assertSame(ScenarioLoader.load(expected.scenarioFile()), ScenarioLoader.load(actual.scenarioFile()));
    }

    /** The parameters with a choice's files left out: the resolved sweep names its own copies of them. */
    private static List<SweepParameter> withoutFiles(List<SweepParameter> parameters) {
        return parameters.stream().map(p -> !p.isChoice() ? p : new SweepParameter(p.path(), p.values(), p.min(),
                p.max(), p.steps(), p.label(), p.base(), new SweepChoice(p.choice().words(), p.choice().labels(),
                List.of(), p.choice().event()))).toList();
    }

    @ParameterizedTest
    @MethodSource("bundledSweeps")
    void theResolvedSweepLoadsAsTheSameSweep(Path sweep) throws IOException {
        SweepSpec original = SweepLoader.load(sweep);
        Path resolved = writtenAlone(original, temp.resolve("resolved"));
        SweepSpec reloaded = SweepLoader.load(resolved);
        assertSameSpec(original, reloaded);
        assertEquals(resolved.resolveSibling(ResolvedScenario.FILE), reloaded.scenarioFile());
    }

    @ParameterizedTest
    @MethodSource("bundledSweeps")
    void theResolvedSweepRunsTheSame(Path sweep) throws Exception {
        SweepSpec original = quickCopy(sweep);
        SweepSpec resolved = SweepLoader.load(writtenAlone(original, temp.resolve("resolved")));
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Sweep.Options options = new Sweep.Options(1, false, false, false);
        Sweep.run(original, first, options, PointRunner.SIMULATION, Progress.QUIET);
        Sweep.run(resolved, second, options, PointRunner.SIMULATION, Progress.QUIET);
        for (String table : List.of(SweepRunner.RUNS, PointsTable.POINTS, FanTable.FAN)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(table)), Files.readAllBytes(second.resolve(table)),
                    table);
        }
    }

    @ParameterizedTest
    @MethodSource("bundledSweeps")
    void resolvingASweepIsDeterministicAndIdempotent(Path sweep) throws IOException {
        SweepSpec original = SweepLoader.load(sweep);
        String text = ResolvedSweep.text(original, ResolvedScenario.FILE);
        assertEquals(text, ResolvedSweep.text(original, ResolvedScenario.FILE));
        Path once = writtenAlone(original, temp.resolve("once"));
        Path twice = writtenAlone(SweepLoader.load(once), temp.resolve("twice"));
        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice));
        for (String file : ResolvedSweep.choiceFileNames(original).isEmpty() ? List.of(ResolvedScenario.FILE)
                : ResolvedSweep.choiceFileNames(original)) {
            assertArrayEquals(Files.readAllBytes(once.resolveSibling(file)), Files.readAllBytes(twice.resolveSibling(
                    file)), file);
        }
        assertArrayEquals(Files.readAllBytes(once.resolveSibling(ResolvedScenario.FILE)),
                Files.readAllBytes(twice.resolveSibling(ResolvedScenario.FILE)));
    }

    @Test
    void theSweepFileNamesItsScenarioBesideIt() throws IOException {
        String text = ResolvedSweep.text(SweepLoader.load(Path.of("scenarios/sweeps/quick.yaml")), "base.yaml");
        assertTrue(text.startsWith("# Sweep quick as run; its base scenario, with everything it extends and reads,"
                + " is base.yaml. dyad sweep this file to reproduce the results.\n"), text);
        assertTrue(text.contains("\nscenario: \"base.yaml\"\n"), text);
        assertTrue(text.contains("\nseed: 1\n"), text);
        assertTrue(text.contains("\nreplications: 1500\n"), text);
    }
}
