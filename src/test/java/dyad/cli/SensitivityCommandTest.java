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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dyad sensitivity}: Sobol indices and Morris effects of a scenario's outputs, on the sweep engine. */
class SensitivityCommandTest {

    @Test
    void indicesFromTooSmallADesignComeWithAWarning() {
        dyad.analysis.sensitivity.Sensitivity.Estimate share = new dyad.analysis.sensitivity.Sensitivity.Estimate(
                "out", "a", "ST", 0.6, 0.5, 0.7);
        assertTrue(SensitivityCommand.trustworthy(List.of(share)));
        // the estimators' values beyond a share of variance, or intervals too wide to read, mean too few samples
        assertFalse(SensitivityCommand.trustworthy(List.of(share, new dyad.analysis.sensitivity.Sensitivity.Estimate(
                "out", "b", "S1", 3.0, 2.0, 4.0))));
        assertFalse(SensitivityCommand.trustworthy(List.of(share, new dyad.analysis.sensitivity.Sensitivity.Estimate(
                "out", "b", "S1", 0.2, -1.4, 1.3))));
    }

    /** The files that must come out byte for byte the same. */
    private static final List<String> SAME = List.of("indices.csv", "points.csv", "runs.csv", "fan.csv",
            "sweep.yaml", "scenario.yaml", "sensitivity.yaml", "sensitivity-mean_index_2004_2007.png",
            "sensitivity-mean_index_2004_2007.svg", "sensitivity-russia_cooperation_share_2004_2007.png");

    @TempDir
    Path temp;

    /** US ambition, which moves 2004-2007 a lot, against US domestic pressure, which barely moves it. */
    private Path tiny(String method) throws IOException {
        Path file = temp.resolve(method + ".yaml");
        List<String> lines = new ArrayList<>(List.of("name: tiny-" + method,
                "scenario: " + Path.of(CliTest.BASELINE).toAbsolutePath(), "method: " + method));
        lines.addAll(method.equals("sobol") ? List.of("base_samples: 32", "bootstrap: 200")
                : List.of("trajectories: 6", "levels: 4"));
        lines.addAll(List.of("replications: 2", "seed: 5", "windows: {2004_2007: {start: 2004-01, end: 2007-12}}",
                "outputs: [mean_index_2004_2007, russia_cooperation_share_2004_2007]", "parameters:",
                "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}",
                "  agents.usa.weights.domestic_pressure: {min: 0.5, max: 1.5}", ""));
        Files.writeString(file, String.join("\n", lines));
        return file;
    }

    private static Map<String, Double> indices(Path dir, String output, String index) throws IOException {
        Map<String, Double> values = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("indices.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[0].equals(output) && cells[2].equals(index)) {
                values.put(cells[1], Double.parseDouble(cells[3]));
            }
        }
        return values;
    }

    @Test
    void sobolIndicesRankTheParametersAndAreTheSameBytesOnOneAndTwoThreads() throws IOException {
        Path file = tiny("sobol");
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("sensitivity", file.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Sensitivity tiny-sobol: 256 runs on 1 thread in "), result.out());
        assertTrue(result.out().contains(" runs/s)"), result.out());
        assertTrue(result.out().contains("    ST "), result.out());
        Path two = temp.resolve("two");
        assertEquals(0, dyad("sensitivity", file.toString(), "--out", two.toString(), "--threads", "2", "--quiet")
                .exitCode());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        List<String> table = Files.readAllLines(one.resolve("indices.csv"));
        assertEquals("output,parameter,index,estimate,ci95_low,ci95_high", table.get(0));
        assertEquals(1 + 2 * 2 * 2, table.size());
        assertTrue(table.get(1).startsWith("mean_index_2004_2007,agents.usa.weights.ambition,S1,"), table.get(1));
        for (String output : List.of("mean_index_2004_2007", "russia_cooperation_share_2004_2007")) {
            Map<String, Double> total = indices(one, output, "ST");
            Map<String, Double> first = indices(one, output, "S1");
            double ambition = total.get("agents.usa.weights.ambition");
            double pressure = total.get("agents.usa.weights.domestic_pressure");
            assertTrue(ambition > 0.5 && ambition < 1.3, output + ": ST of ambition " + ambition);
            assertTrue(pressure >= 0 && pressure < 0.05, output + ": ST of domestic pressure " + pressure);
            double s1 = first.get("agents.usa.weights.ambition");
            assertTrue(s1 > 0.5 && s1 < 1.3, output + ": S1 of ambition " + s1);
        }
        assertTrue(Files.readString(one.resolve("sweep.yaml")).contains("design: \"saltelli\""));
    }

    @Test
    void aKilledAnalysisResumesToTheSameBytesAndItsFolderRedrawsInChinese() throws Exception {
        Path file = tiny("sobol");
        Path whole = temp.resolve("whole");
        assertEquals(0, dyad("sensitivity", file.toString(), "--out", whole.toString(), "--quiet").exitCode());
        Path cut = temp.resolve("cut");
        DyadProcess killed = DyadProcess.start(temp.resolve("log"), "sweep-started", "sensitivity",
                file.toString(), "--out", cut.toString(), "--quiet");
        killed.awaitFailpoint("sweep-started").killHard();
        CliTest.Result resumed = dyad("sensitivity", file.toString(), "--out", cut.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(cut.resolve(name)), name);
        }
        CliTest.Result chart = dyad("chart", cut.toString(), "--lang", "zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(Files.readString(cut.resolve("sensitivity-mean_index_2004_2007.zh-TW.svg")).contains("敏感度"));
        assertArrayEquals(Files.readAllBytes(whole.resolve("indices.csv")),
                Files.readAllBytes(cut.resolve("indices.csv")));
        CliTest.Result rerun = dyad("rerun", cut.toString());
        assertEquals(2, rerun.exitCode());
        assertTrue(rerun.err().contains("holds a sensitivity analysis"), rerun.err());
    }

    @Test
    void morrisGivesEachParametersEffects() throws IOException {
        Path out = temp.resolve("morris");
        CliTest.Result result = dyad("sensitivity", tiny("morris").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());
        Map<String, Double> muStar = indices(out, "mean_index_2004_2007", "mu_star");
        assertTrue(muStar.get("agents.usa.weights.ambition") > 10 * muStar.get("agents.usa.weights.domestic_pressure"),
                muStar.toString());
        assertEquals(1 + 2 * 2 * 3, Files.readAllLines(out.resolve("indices.csv")).size());
        assertTrue(Files.size(out.resolve("sensitivity-mean_index_2004_2007.png")) > 0);
        assertTrue(Files.readString(out.resolve("sweep.yaml")).contains("design: \"morris\""));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("method: sobl\nbase_samples: 8\n", "bad.yaml:3:9: field 'method': 'sobl' is not one of"
                        + " sobol, morris; did you mean 'sobol'?"),
                Arguments.of("method: sobol\ntrajectories: 8\n", "bad.yaml:4:15: field 'trajectories': 'trajectories'"
                        + " belongs to the morris method; the sobol method takes 'base_samples'"),
                Arguments.of("method: sobol\nbase_samples: 8\ndesign: lhs\n", "bad.yaml:5:9: field 'design': a"
                        + " sensitivity file's method sets the design and its points: remove 'design'"),
                Arguments.of("method: sobol\nbase_samples: 1\n", "bad.yaml:4:15: field 'base_samples': value 1 is out"
                        + " of range: allowed 2 to 1000000"),
                Arguments.of("method: morris\ntrajectories: 4\nlevels: 3\n", "bad.yaml:5:9: field 'levels': Morris's"
                        + " levels must be even (the usual 4), not 3"),
                Arguments.of("method: sobol\nbase_samples: 8\nsamples: 8\n", "bad.yaml:5:1: field 'samples':"
                        + " 'samples' belongs to a region file; a sensitivity file takes method, base_samples,"
                        + " trajectories, levels, bootstrap, outputs"),
                Arguments.of("method: sobol\nbase_samples: 8\nfoo: 8\n", "bad.yaml:5:1: field 'foo': unknown key;"
                        + " valid keys here: name, description, scenario, parameters, replications, seed, windows,"
                        + " metrics, twins, labels, method, base_samples, trajectories, levels, bootstrap, outputs"),
                Arguments.of("method: sobol\nbase_samples: 8\noutput: [mean_index]\n", "bad.yaml:5:1: field 'output':"
                        + " unknown key; did you mean 'outputs'?"),
                Arguments.of("method: sobol\nbase_samples: 8\nlabels: {mean_index_x: Index}\n", "bad.yaml:5:10:"
                        + " field 'labels.mean_index_x': 'mean_index_x' is not a metric of this sweep; did you mean"
                        + " 'mean_index_w'? Its metrics are "));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameFileLineAndFieldAndExitWithTwo(String method, String message) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n" + method
                + "replications: 1\nseed: 1\nwindows: {w: {start: 2004-01, end: 2007-12}}\n"
                + "outputs: [mean_index_w]\nparameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n");
        CliTest.Result result = dyad("sensitivity", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    static Stream<Arguments> badOutputs() {
        return Stream.of(
                Arguments.of("sf7", "bad.yaml:7:11: field 'outputs[0]': 'sf7' is a twin fact: add 'twins: true' to"
                        + " record it"),
                Arguments.of("agents.usa.weights.ambition", "bad.yaml:7:11: field 'outputs[0]':"
                        + " 'agents.usa.weights.ambition' is a parameter, not an output"),
                Arguments.of("sf9", "bad.yaml:7:11: field 'outputs[0]': 'sf9' is not a metric of this sweep; did you"
                        + " mean 'sf1'? Its metrics are mean_index, mean_index_w, "),
                Arguments.of("mean_index_w, sf6, sf7", "bad.yaml:7:30: field 'outputs[2]': 'sf7' is a twin fact"));
    }

    @ParameterizedTest
    @MethodSource("badOutputs")
    void anOutputThatIsNoMetricSaysWhatItIs(String outputs, String message) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath()
                + "\nmethod: sobol\nbase_samples: 8\nreplications: 1\nwindows: {w: {start: 2004-01, end: 2007-12}}\n"
                + "outputs: [" + outputs + "]\nseed: 1\nparameters:\n  agents.usa.weights.ambition: {min: 0.5, max:"
                + " 1.5}\n");
        CliTest.Result result = dyad("sensitivity", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("?;"), result.err());
        assertTrue(result.err().split(", ").length <= 11, "at most 10 metrics listed: " + result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aWholeNumberParameterIsGivenAsValues() throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath()
                + "\nmethod: sobol\nbase_samples: 8\nreplications: 1\noutputs: [mean_index]\nseed: 1\nparameters:\n"
                + "  areas.security.choices: {min: 1, max: 4}\n");
        CliTest.Result result = dyad("sensitivity", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("bad.yaml:9:3: field 'parameters.areas.security.choices': a whole-number field,"
                + " but the sobol method draws fractions from min to max: list its values"), result.err());
        assertFalse(result.err().contains("grid"), result.err());
    }

    @Test
    void anOutputTheSweepDoesNotRecordIsNamedWithItsLine() throws IOException {
        Path file = temp.resolve("output.yaml");
        Files.writeString(file, "name: bad\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath()
                + "\nmethod: sobol\nbase_samples: 8\nreplications: 1\nseed: 1\n"
                + "windows: {w: {start: 2004-01, end: 2007-12}}\noutputs: [mean_index_w, russia_share_w]\n"
                + "parameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n");
        CliTest.Result result = dyad("sensitivity", file.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(", … (a window's metrics need the window under 'windows')"), result.err());
        assertTrue(result.err().contains("output.yaml:8:25: field 'outputs[1]': 'russia_share_w' is not a metric of"
                + " this sweep; its metrics are mean_index, mean_index_w, "), result.err());
    }

    @Test
    void theBundledAnalysisLoads() {
        dyad.analysis.sensitivity.SensitivityFile bundled = dyad.analysis.sensitivity.SensitivityFile.load(
                Path.of("scenarios/analysis/us-vs-russia-sensitivity.yaml"));
        assertEquals(8, bundled.sweep().parameters().size());
        assertEquals(512 * 10, bundled.sweep().design().pointCount(bundled.sweep().parameters()));
        assertEquals(List.of("mean_index_2004_2007", "russia_cooperation_share_2004_2007"), bundled.outputs());
    }
}
