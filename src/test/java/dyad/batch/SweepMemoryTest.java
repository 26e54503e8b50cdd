package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.MemoryEstimate;
import dyad.scenario.BadInput;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps too big for the heap are refused from their file, before their points are laid out. */
class SweepMemoryTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();
    static final long GB = 1L << 30;

    @TempDir
    Path temp;

    Path sweep(String name, String parameters, int replications) throws IOException {
        Path file = temp.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nscenario: " + BASELINE + "\ndesign: grid\nparameters:\n"
                + parameters + "replications: " + replications + "\nseed: 1\n");
        return file;
    }

    @Test
    void aGridOfATrillionPointsIsRefusedByItsRunsWithoutLayingItOut() throws IOException {
        Path file = sweep("trillion", """
                  agents.russia.oil_dependence: {min: 0, max: 1, steps: 10000}
                  agents.usa.weights.containment: {min: 0, max: 1, steps: 10000}
                  agents.russia.weights.threat: {min: 0, max: 1, steps: 10000}
                """, 1);
        BadInput.assertReported(() -> SweepLoader.load(file), "trillion.yaml:", "parameters",
                "the grid has at least 1,000,000,000,000 points, which with 1 replication is more than the 100,000,000"
                        + " runs a sweep may have");
    }

    @Test
    void aGridWithinTheLimitsButTooBigForTheHeapIsRefusedAtTheEstimate() throws IOException {
        Path file = sweep("million", """
                  agents.russia.oil_dependence: {min: 0, max: 1, steps: 1000}
                  agents.usa.weights.containment: {min: 0, max: 1, steps: 1000}
                """, 1);
        SweepSpec spec = SweepLoader.load(file);
        BadInput.assertReported(() -> SweepMemory.check(spec, 2, false, 64L << 20), "million.yaml:4:",
                "parameters", "(1000000 points x 1 replication x 192 months, 3 fan points, 2 threads), more than the ");
        String message = assertThrows(BadInputException.class, () -> SweepMemory.check(spec, 2, false, 64L << 20))
                .getMessage();
        assertTrue(message.matches(".*use fewer steps or values \\(about [0-9,]+ fit\\), or run it as shards on a"
                + " cluster with 'dyad slurm', or give Java more memory with java -Xmx.*"), message);
    }

    @Test
    void manyReplicationsAreBlamedOnReplications() throws IOException {
        Path file = sweep("replicated", "  agents.russia.oil_dependence: {values: [0.2, 0.8]}\n", 1_000_000);
        SweepSpec spec = SweepLoader.load(file);
        // the two fan points keep 192 months x 1,000,000 replications of 8 bytes each
        assertTrue(SweepMemory.estimate(spec, 2, false).bytes() > 2 * 192 * 8_000_000L);
        BadInput.assertReported(() -> SweepMemory.check(spec, 2, false, GB), "replicated.yaml:6:", "replications",
                "lower replications, name fewer chart.fan_points, or shorten the scenario's period");
    }

    @Test
    void allSeriesOnManyThreadsAreBlamedOnTheThreads() throws IOException {
        Path longScenario = temp.resolve("five-centuries.yaml");
        Files.writeString(longScenario, """
                name: five-centuries
                period: {start: 1600-01, end: 2099-12}
                agents:
                  alpha:
                    capability: 1
                    weights: {baseline: 1.0, reciprocity: 1.0}
                  beta:
                    capability: 1
                    weights: {baseline: 0.5, reciprocity: 1.0}
                """);
        Path file = temp.resolve("long.yaml");
        Files.writeString(file, "name: long\nscenario: five-centuries.yaml\nparameters:\n"
                + "  agents.alpha.weights.baseline: {values: [0.5, 1.0]}\nreplications: 1000\nseed: 1\n");
        SweepSpec spec = SweepLoader.load(file);
        SweepMemory.check(spec, 1024, false, GB);
        BadInput.assertReported(() -> SweepMemory.check(spec, 1024, true, GB), "", "--threads",
                "(2 points x 1000 replications x 6000 months, 2 fan points, 1024 threads, all series), more than the "
                        + "1.0 GB this Java may use: use fewer --threads, or leave out --all-series");
    }

    @Test
    void theBundledAndTestSweepsFit() throws IOException {
        List<Path> files;
        try (Stream<Path> bundled = Files.list(Path.of("scenarios/sweeps"));
             Stream<Path> tests = Files.list(SweepTest.SWEEPS)) {
            files = Stream.concat(bundled, tests).filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        for (Path file : files) {
            SweepSpec spec = SweepLoader.load(file);
            for (boolean allSeries : new boolean[] {false, true}) {
                MemoryEstimate estimate = SweepMemory.estimate(spec, 4, allSeries);
                assertTrue(estimate.fits(), file + ": " + estimate);
                assertTrue(estimate.bytes() < 256L << 20, file + ": " + estimate);
            }
            SweepMemory.check(spec, 4, true);
        }
    }

    @Test
    void fanPointsAreCountedAsTheSweepChoosesThem() throws IOException {
        SweepSpec oneValue = SweepLoader.load(sweep("one", "  agents.russia.oil_dependence: {values: [0.2]}\n", 5));
        assertEquals(1, SweepMemory.Sizes.of(oneValue, 1, false).fanPoints());
        assertEquals(3, SweepMemory.Sizes.of(SweepTest.TINY, 1, false).fanPoints());
        assertEquals(2, SweepMemory.Sizes.of(SweepLoader.load(SweepTest.SWEEPS.resolve("lhs.yaml")), 1, false)
                .fanPoints());
    }
}
