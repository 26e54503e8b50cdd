package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dyad region} with {@code sampling: smc}: ABC by sequential Monte Carlo over the facts' distances. */
class RegionSmcCommandTest {

    /** The files that must come out byte for byte the same. */
    private static final List<String> SAME = List.of("accepted.csv", "region.csv", "generations.csv",
            "scenario.yaml", "region.yaml", "marginals.png", "marginals.svg", "pairs.png", "pairs.svg");

    @TempDir
    Path temp;

    /** US ambition and Russia's oil dependence against SF1, SF4 and SF5: 8 particles, 2 generations. */
    private Path tiny() throws IOException {
        Path file = temp.resolve("tiny.yaml");
        Files.writeString(file, String.join("\n", List.of("name: tiny", "scenario: "
                + Path.of(CliTest.BASELINE).toAbsolutePath(), "samples: 8", "sampling: smc", "generations: 2",
                "replications: 2", "seed: 5", "facts: [SF1, SF4, SF5]", "parameters:",
                "  agents.usa.weights.ambition: {min: 0.2, max: 1.8}",
                "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}", "")));
        return file;
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",")).toList();
    }

    @Test
    void theParticlesAreTheSameBytesOnOneAndTwoThreadsAndAllSatisfyTheFacts() throws IOException {
        Path file = tiny();
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("region", file.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("  generation 0 (0 to 1): tolerance none (the priors), accepted 8 of 8"
                + " proposals (100.0 %)"), result.out());
        assertTrue(result.out().contains("  generation 1 (0 to 1): tolerance 0 (all facts hold), accepted 8 of "),
                result.out());
        assertTrue(result.out().contains("Every particle of generation 1 satisfies all the facts"), result.out());
        Path two = temp.resolve("two");
        CliTest.Result second = dyad("region", file.toString(), "--out", two.toString(), "--threads", "2",
                "--quiet");
        assertEquals(0, second.exitCode(), second.err());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }

        assertEquals("particle,agents.usa.weights.ambition,agents.russia.oil_dependence,distance,weight",
                Files.readAllLines(one.resolve("accepted.csv")).get(0));
        List<String[]> particles = rows(one.resolve("accepted.csv"));
        assertEquals(8, particles.size());
        double sum = 0;
        for (String[] row : particles) {
            assertEquals(0.0, Double.parseDouble(row[3]), String.join(",", row));
            sum += Double.parseDouble(row[4]);
        }
        assertEquals(1.0, sum, 1e-5);

        List<String[]> generations = rows(one.resolve("generations.csv"));
        assertEquals(2, generations.size());
        assertEquals("8", generations.get(0)[2]);
        assertEquals(0.0, Double.parseDouble(generations.get(1)[1]));
        assertTrue(Integer.parseInt(generations.get(1)[2]) >= 8);

        for (String[] row : rows(one.resolve("region.csv"))) {
            double min = Double.parseDouble(row[1]);
            double max = Double.parseDouble(row[2]);
            double q05 = Double.parseDouble(row[10]);
            double q95 = Double.parseDouble(row[12]);
            assertTrue(min <= q05 && q05 <= q95 && q95 <= max, String.join(",", row));
        }
        assertTrue(Files.readString(one.resolve("region.yaml")).contains("sampling: \"smc\""));
    }

    /** Killed after staging its tables, a second analysis leaves the first one's; run again, it replaces them. */
    @Test
    void aKilledAnalysisLeavesThePreviousResultsAndItsChartsRedrawInChinese() throws Exception {
        Path file = tiny();
        Path out = temp.resolve("out");
        assertEquals(0, dyad("region", file.toString(), "--out", out.toString(), "--quiet").exitCode());
        byte[] accepted = Files.readAllBytes(out.resolve("accepted.csv"));
        Files.writeString(file, Files.readString(file).replace("seed: 5", "seed: 6"));
        DyadProcess killed = DyadProcess.start(temp.resolve("log"), "region-staged", "region", file.toString(),
                "--out", out.toString(), "--quiet");
        killed.awaitFailpoint("region-staged").killHard();
        assertArrayEquals(accepted, Files.readAllBytes(out.resolve("accepted.csv")));
        assertEquals(0, dyad("region", file.toString(), "--out", out.toString(), "--quiet").exitCode());
        assertFalse(java.util.Arrays.equals(accepted, Files.readAllBytes(out.resolve("accepted.csv"))));
        try (Stream<Path> left = Files.list(out.resolve(".dyad"))) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().startsWith("staging-")),
                    "a staging folder was left behind");
        }
        CliTest.Result chart = dyad("chart", out.toString(), "--lang", "zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(Files.readString(out.resolve("marginals.zh-TW.svg")).contains("序列蒙地卡羅"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("samples: 4\nsampling: smc\ngenerations: 0\n", "bad.yaml:5:14: field 'generations': value"
                        + " 0 is out of range: allowed 1 to 100"),
                Arguments.of("samples: 4\nsampling: sobol\ngenerations: 3\n", "bad.yaml:5:14: field 'generations':"
                        + " only sequential Monte Carlo runs in generations"),
                Arguments.of("samples: 4\ngenerations: 3\n", "bad.yaml:4:14: field 'generations': only sequential"
                        + " Monte Carlo runs in generations"),
                Arguments.of("samples: 4\nsampling: smc\naccept: {share: 0.5}\n", "bad.yaml:5:9: field 'accept':"
                        + " sequential Monte Carlo measures how far each fact is from holding on the mean path"),
                Arguments.of("samples: 4\nsampling: smcc\n", "bad.yaml:4:11: field 'sampling': 'smcc' is not one of"
                        + " sobol, lhs, random (draws kept by rejection) or smc (sequential Monte Carlo); did you mean"
                        + " 'smc'?"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameFileLineAndFieldAndExitWithTwo(String fields, String message) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n" + fields
                + "replications: 1\nseed: 1\nparameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n");
        CliTest.Result result = dyad("region", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
