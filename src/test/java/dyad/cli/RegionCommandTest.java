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

/** {@code dyad region}: which draws from the priors satisfy the scenario's facts, on the sweep engine. */
class RegionCommandTest {

    /** The files that must come out byte for byte the same. */
    private static final List<String> SAME = List.of("accepted.csv", "region.csv", "acceptance.csv", "points.csv",
            "runs.csv", "sweep.yaml", "scenario.yaml", "region.yaml", "marginals.png", "marginals.svg", "pairs.png",
            "pairs.svg");

    @TempDir
    Path temp;

    /** US ambition and Russia's oil dependence, checked against SF1, SF4 and SF5 (no twin, so quick). */
    private Path tiny(String... extra) throws IOException {
        Path file = temp.resolve("tiny.yaml");
        List<String> lines = new ArrayList<>(List.of("name: tiny", "scenario: "
                + Path.of(CliTest.BASELINE).toAbsolutePath(), "samples: 24", "replications: 2", "seed: 5",
                "facts: [SF1, SF4, SF5]", "parameters:", "  agents.usa.weights.ambition: {min: 0.2, max: 1.8}",
                "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}"));
        lines.addAll(List.of(extra));
        lines.add("");
        Files.writeString(file, String.join("\n", lines));
        return file;
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",")).toList();
    }

    @Test
    void theRegionIsTheSameBytesOnOneAndTwoThreadsAndItsTablesAgree() throws IOException {
        Path file = tiny();
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("region", file.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Region tiny: 48 runs on 1 thread in "), result.out());
        assertTrue(result.out().contains(" runs/s)"), result.out());
        assertTrue(result.out().contains("24 draws from the priors; facts SF1, SF4, SF5, each on the mean path of 2"
                + " replications"), result.out());
        assertTrue(result.out().contains("  Accepted "), result.out());
        Path two = temp.resolve("two");
        assertEquals(0, dyad("region", file.toString(), "--out", two.toString(), "--threads", "2", "--quiet")
                .exitCode());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }

        // every accepted draw satisfies every fact on its mean path, and every draw that does is accepted
        List<String[]> accepted = rows(one.resolve("accepted.csv"));
        assertEquals("point,agents.usa.weights.ambition,agents.russia.oil_dependence,sf1_on_mean_path,"
                + "sf4_on_mean_path,sf5_on_mean_path", Files.readAllLines(one.resolve("accepted.csv")).get(0));
        for (String[] row : accepted) {
            for (int c = 3; c < 6; c++) {
                assertEquals(1.0, Double.parseDouble(row[c]), String.join(",", row));
            }
        }
        List<String> points = Files.readAllLines(one.resolve("points.csv"));
        List<String> header = List.of(points.get(0).split(","));
        long satisfying = points.stream().skip(1).map(line -> line.split(",")).filter(row -> Stream.of("sf1", "sf4",
                "sf5").allMatch(fact -> row[header.indexOf(fact + "_on_mean_path")].equals("1"))).count();
        assertEquals(satisfying, accepted.size());
        assertTrue(satisfying > 0 && satisfying < 24, "the story holds at some draws, not at all: " + satisfying);

        List<String[]> acceptance = rows(one.resolve("acceptance.csv"));
        assertEquals(List.of("all", "SF1", "SF4", "SF5"), acceptance.stream().map(row -> row[0]).toList());
        assertEquals(String.valueOf(accepted.size()), acceptance.get(0)[2]);
        assertEquals("24", acceptance.get(0)[1]);
        double share = Double.parseDouble(acceptance.get(0)[3]);
        assertEquals(accepted.size() / 24.0, share, 1e-6);
        assertTrue(Double.parseDouble(acceptance.get(0)[4]) < share && share < Double.parseDouble(acceptance.get(0)[5]));

        List<String[]> region = rows(one.resolve("region.csv"));
        assertEquals(2, region.size());
        for (String[] row : region) {
            double min = Double.parseDouble(row[1]);
            double max = Double.parseDouble(row[2]);
            double q05 = Double.parseDouble(row[8]);
            double q95 = Double.parseDouble(row[10]);
            assertTrue(min <= q05 && q05 <= q95 && q95 <= max, String.join(",", row));
        }
        assertTrue(Files.readString(one.resolve("sweep.yaml")).contains("design: \"sobol\""));
    }

    @Test
    void aKilledAnalysisResumesToTheSameBytesAndItsFolderRedrawsInChinese() throws Exception {
        Path file = tiny();
        Path whole = temp.resolve("whole");
        assertEquals(0, dyad("region", file.toString(), "--out", whole.toString(), "--quiet").exitCode());
        Path cut = temp.resolve("cut");
        DyadProcess killed = DyadProcess.start(temp.resolve("log"), "sweep-started", "region", file.toString(),
                "--out", cut.toString(), "--quiet");
        killed.awaitFailpoint("sweep-started").killHard();
        CliTest.Result resumed = dyad("region", file.toString(), "--out", cut.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(cut.resolve(name)), name);
        }
        CliTest.Result chart = dyad("chart", cut.toString(), "--lang", "zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(Files.readString(cut.resolve("marginals.zh-TW.svg")).contains("故事"));
        assertEquals(0, dyad("chart", cut.toString(), "--lang", "en").exitCode());
        for (String drawn : List.of("marginals.png", "pairs.svg")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(drawn)), Files.readAllBytes(cut.resolve(drawn)),
                    "redrawn from the tables, " + drawn + " is what the analysis drew");
        }
        assertArrayEquals(Files.readAllBytes(whole.resolve("region.csv")), Files.readAllBytes(cut.resolve("region.csv")));
        CliTest.Result rerun = dyad("rerun", cut.toString());
        assertEquals(2, rerun.exitCode());
        assertTrue(rerun.err().contains("holds a region analysis"), rerun.err());
    }

    @Test
    void aShareOfReplicationsCanDecideInsteadOfTheMeanPath() throws IOException {
        Path out = temp.resolve("share");
        CliTest.Result result = dyad("region", tiny("accept: {share: 1}").toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("each in at least 100.0 % of 2 replications (2 or more)"), result.out());
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        List<String> header = List.of(points.get(0).split(","));
        long inEveryRun = points.stream().skip(1).map(line -> line.split(",")).filter(row -> Stream.of("sf1", "sf4",
                "sf5").allMatch(fact -> Double.parseDouble(row[header.indexOf(fact + "_mean")]) == 1)).count();
        assertEquals(inEveryRun, rows(out.resolve("accepted.csv")).size());
        assertTrue(Files.readAllLines(out.resolve("accepted.csv")).get(0).endsWith(",sf5_mean"));
    }

    @Test
    void noAcceptedDrawIsSaidPlainlyAndStillCharted() throws IOException {
        Path scenario = temp.resolve("impossible.yaml");
        Files.writeString(scenario, "extends: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\nname: impossible\n"
                + "facts:\n  HOSTILE-START:\n    title: a hostile start\n    claim: never\n"
                + "    mean_within: {window: {start: 1992-02, end: 1993-12}, min: -1, max: -0.99}\n");
        Path file = temp.resolve("none.yaml");
        Files.writeString(file, "name: none\nscenario: " + scenario + "\nsamples: 8\nreplications: 1\nseed: 1\n"
                + "facts: [SF1, HOSTILE-START]\nparameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n"
                + "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}\n");
        Path out = temp.resolve("none");
        CliTest.Result result = dyad("region", file.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("No draw satisfies all the facts: 0 of 8"), result.out());
        assertTrue(result.out().contains("HOSTILE-START holds least often alone"), result.out());
        assertEquals(1, Files.readAllLines(out.resolve("accepted.csv")).size());
        assertTrue(Files.readString(out.resolve("region.csv")).contains(",0,NA,NA,"));
        assertTrue(Files.readString(out.resolve("marginals.svg")).contains("No draw satisfies all the facts"));
        assertTrue(Files.size(out.resolve("pairs.png")) > 0);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("samples: 8\nfacts: [SF1, SF9]\n", "bad.yaml:4:14: field 'facts[1]': 'SF9' is not a fact"
                        + " of the base scenario (its facts are SF1, SF2, SF3, SF4, SF5, SF6, SF7, partners_and_rivals,"
                        + " leans_both_ways); did you mean 'SF1'?"),
                Arguments.of("samples: 8\nfacts: [SF1]\nsampels: 3\n", "bad.yaml:5:1: field 'sampels': unknown key"),
                Arguments.of("samples: 0\n", "bad.yaml:3:10: field 'samples': value 0 is out of range: allowed 1 to"
                        + " 1000000"),
                Arguments.of("samples: 8\naccept: {share: 1.5}\n", "bad.yaml:4:17: field 'accept.share': value 1.5 is"
                        + " out of range: a share is above 0 and at most 1"),
                Arguments.of("samples: 8\nfoo: 5\n", "bad.yaml:4:1: field 'foo': unknown key; valid keys here: name,"
                        + " description, scenario, parameters, replications, seed, windows, labels, samples, sampling,"
                        + " facts, accept"),
                Arguments.of("samples: 8\nsampls: 5\n", "bad.yaml:4:1: field 'sampls': unknown key; did you mean"
                        + " 'samples'?"),
                Arguments.of("samples: 8\nmethod: sobol\n", "bad.yaml:4:1: field 'method': 'method' belongs to a"
                        + " sensitivity file; a region file takes samples, sampling, facts, accept"),
                Arguments.of("samples: 8\nwindows: {w: {start: 2008-01, end: 2007-12}}\n", "bad.yaml:4:22: field"
                        + " 'windows.w.start': the window starts (2008-01) after it ends (2007-12)"),
                Arguments.of("samples: 8\naccept: majority\n", "bad.yaml:4:9: field 'accept': 'majority' is not a way"
                        + " to accept a draw"),
                Arguments.of("samples: 8\ndesign: lhs\n", "bad.yaml:4:9: field 'design': a region file draws its"
                        + " points from the priors"),
                Arguments.of("samples: 8\nsampling: sobl\n", "bad.yaml:4:11: field 'sampling': 'sobl' is not one of"
                        + " sobol, lhs, random (draws kept by rejection) or smc (sequential Monte Carlo); did you mean"
                        + " 'sobol'?"),
                Arguments.of("samples: 8\ntwins: true\n", "bad.yaml:4:8: field 'twins': a region file replays the twin"
                        + " scenarios its facts need"));
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

    static Stream<Arguments> badPriors() {
        return Stream.of(
                Arguments.of("{min: 1.5, max: 0.5}", "bad.yaml:7:48: field 'parameters.agents.usa.weights.ambition"
                        + ".max': max (0.5) is below min (1.5)"),
                Arguments.of("{min: 1, max: 1}", "bad.yaml:7:46: field 'parameters.agents.usa.weights.ambition.max':"
                        + " a prior needs a range: max (1) must be above min (1)"),
                Arguments.of("{values: [0.5, 1]}", "bad.yaml:7:41: field 'parameters.agents.usa.weights.ambition"
                        + ".values': a region's priors are uniform ranges"),
                Arguments.of("{min: 0.5, max: 1.5}\n  areas.security.choices: {min: 1, max: 4}", "bad.yaml:8:3: field"
                        + " 'parameters.areas.security.choices': a whole-number field: a region's priors are continuous"
                        + " ranges, whose draws are fractions, so it cannot be a region parameter"));
    }

    @ParameterizedTest
    @MethodSource("badPriors")
    void badPriorsNameTheirLine(String prior, String message) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath()
                + "\nsamples: 4\nreplications: 1\nseed: 1\nparameters:\n  agents.usa.weights.ambition: " + prior
                + "\n");
        CliTest.Result result = dyad("region", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("design"), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aFileOfAnotherKindIsNamedAsSuch() throws IOException {
        Path out = temp.resolve("out");
        CliTest.Result result = dyad("region", CliTest.BASELINE, "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("us-russia-1992-2007.yaml:28:1: field 'period': this is a scenario file, not"
                + " a region file: give it to 'dyad run', or write a region file whose 'scenario' names it"),
                result.err());
        result = dyad("sensitivity", "scenarios/analysis/where-the-story-holds.yaml", "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("where-the-story-holds.yaml:8:1: field 'samples': this is a region file,"
                + " not a sensitivity file: give it to 'dyad region'"), result.err());
        result = dyad("region", "scenarios/sweeps/quick.yaml", "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("quick.yaml:6:1: field 'design': this is a sweep file, not a region file:"
                + " give it to 'dyad sweep'"), result.err());

        Path file = temp.resolve("on-a-sweep.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of("scenarios/sweeps/quick.yaml").toAbsolutePath()
                + "\nsamples: 4\nreplications: 1\nseed: 1\nparameters:\n  agents.usa.weights.ambition: {min: 0.5,"
                + " max: 1.5}\n");
        result = dyad("region", file.toString(), "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("on-a-sweep.yaml:2:11: field 'scenario': quick.yaml is a sweep file, not a"
                + " scenario: name a scenario file here, such as its own base scenario "), result.err());
        assertTrue(result.err().strip().endsWith("us-russia-1992-2007.yaml"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(out));

        // the same for the commands that read scenarios and sweeps
        result = dyad("run", "scenarios/sweeps/quick.yaml", "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("quick.yaml:6:1: field 'design': this is a sweep file, not a scenario file:"
                + " give it to 'dyad sweep'"), result.err());
        result = dyad("sweep", "scenarios/analysis/where-the-story-holds.yaml", "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("field 'samples': this is a region file, not a sweep file: give it to"
                + " 'dyad region'"), result.err());
        Path sweepOnSweep = temp.resolve("sweep-on-a-sweep.yaml");
        Files.writeString(sweepOnSweep, "name: bad\nscenario: " + Path.of("scenarios/sweeps/quick.yaml")
                .toAbsolutePath() + "\nparameters:\n  agents.usa.weights.ambition: {values: [0.5, 1.5]}\n");
        result = dyad("sweep", sweepOnSweep.toString(), "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("field 'scenario': quick.yaml is a sweep file, not a scenario"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theBundledAnalysisLoads() {
        dyad.analysis.region.RegionFile bundled = dyad.analysis.region.RegionFile.load(
                Path.of("scenarios/analysis/where-the-story-holds.yaml"));
        assertTrue(bundled.sweep().parameters().size() >= 5, "five parameters or more");
        assertEquals(List.of("SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7"), bundled.factIds());
        assertTrue(bundled.sweep().twins(), "SF7 needs its twin replayed");
    }
}
