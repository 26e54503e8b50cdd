package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.analysis.calibration.CalibrationFile;
import dyad.scenario.AgentSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dyad calibrate}: a scenario's parameters fitted to its facts and an outside series by CMA-ES. */
class CalibrateCommandTest {

    /** The files that must come out byte for byte the same. */
    private static final List<String> SAME = List.of("fitted.csv", "trace.csv", "targets.csv", "trace.png",
            "trace.svg", "tiny-fitted.yaml", "calibration.yaml", "scenario.yaml", "series.csv");

    @TempDir
    Path temp;

    /** A falling outside series, 1992-2007 (and a year outside the period, which is left out). */
    private Path series() throws IOException {
        StringBuilder csv = new StringBuilder("year,agreement,other\n1990,0.9,1\n");
        for (int year = 1992; year <= 2007; year++) {
            csv.append(year).append(',').append(0.35 - 0.015 * (year - 1992)).append(",1\n");
        }
        Path file = temp.resolve("series.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path tiny(String targets, String extra) throws IOException {
        series();
        Path file = temp.resolve("tiny.yaml");
        Files.writeString(file, "name: tiny\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n"
                + "replications: 2\nseed: 5\nparameters:\n"
                + "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n"
                + "  agents.russia.weights.reciprocity: {min: 1.5, max: 3.5}\n"
                + targets + extra);
        return file;
    }

    private static final String TARGETS = "targets:\n  facts: [SF1, SF3]\n  margin: 0.1\n  series:\n"
            + "    un: {file: series.csv, year: year, value: agreement, weight: 2}\n";

    @Test
    void fitsWritesItsTablesChartAndAFittedScenarioAndIsTheSameBytesOnOneAndTwoThreads() throws Exception {
        Path file = tiny(TARGETS, "max_evaluations: 16\npopulation: 4\n");
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("calibrate", file.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        // 16 candidates, the first of them the base, 2 replications each
        assertTrue(result.out().contains("Calibration tiny: 16 candidates, 32 runs on 1 thread in "), result.out());
        assertTrue(result.out().contains(" runs/s)"), result.out());
        assertTrue(result.out().contains("series un: R² "), result.out());
        Path two = temp.resolve("two");
        assertEquals(0, dyad("calibrate", file.toString(), "--out", two.toString(), "--threads", "2", "--quiet")
                .exitCode());
        for (String name : SAME) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }

        List<String> trace = Files.readAllLines(one.resolve("trace.csv"));
        assertEquals("evaluation,objective,best_objective,refused,fact_SF1,fact_SF3,series_un,"
                + "agents.usa.weights.ambition,agents.russia.weights.reciprocity", trace.get(0));
        assertEquals(1 + 1 + 16, trace.size());
        assertTrue(trace.get(1).startsWith("0,"), trace.get(1));
        assertTrue(trace.get(1).endsWith(",1.000000,2.500000"), trace.get(1));
        double best = Double.POSITIVE_INFINITY;
        for (String row : trace.subList(1, trace.size())) {
            String[] cells = row.split(",");
            double objective = Double.parseDouble(cells[1]);
            best = Math.min(best, objective);
            assertEquals(best, Double.parseDouble(cells[2]), 1e-6, row);
            // the objective is the sum of its terms
            double terms = Double.parseDouble(cells[4]) + Double.parseDouble(cells[5]) + Double.parseDouble(cells[6]);
            assertEquals(objective, terms, 1e-5, row);
            for (int p = 7; p <= 8; p++) {
                double value = Double.parseDouble(cells[p]);
                assertTrue(value >= (p == 7 ? 0.5 : 1.5) && value <= (p == 7 ? 1.5 : 3.5), "out of bounds: " + row);
            }
        }

        List<String> fitted = Files.readAllLines(one.resolve("fitted.csv"));
        assertEquals("parameter,base,fitted,min,max", fitted.get(0));
        assertTrue(fitted.get(1).startsWith("agents.usa.weights.ambition,1.000000,"), fitted.get(1));
        List<String> targets = Files.readAllLines(one.resolve("targets.csv"));
        assertEquals("target,kind,measure,base,fitted,base_passes,fitted_passes,base_passes_with_margin,"
                + "fitted_passes_with_margin", targets.get(0));
        assertTrue(targets.get(1).startsWith("objective,total,objective,"), targets.get(1));
        assertTrue(targets.get(2).startsWith("SF1,fact,least_slack,"), targets.get(2));
        assertTrue(targets.get(4).startsWith("un,series,r2,"), targets.get(4));
        assertTrue(targets.get(5).startsWith("un,series,slope,"), targets.get(5));
        assertTrue(Files.readString(one.resolve("trace.svg")).contains("Best so far"));

        // the fitted scenario extends the base by a relative path, and sets exactly the fitted values
        Path fittedScenario = one.resolve("tiny-fitted.yaml");
        String text = Files.readString(fittedScenario);
        assertTrue(text.contains("extends: \"../"), text);
        Scenario loaded = ScenarioLoader.load(fittedScenario);
        Scenario base = ScenarioLoader.load(Path.of(CliTest.BASELINE));
        assertEquals("tiny-fitted", loaded.name());
        String[] values = fitted.get(1).split(",");
        String[] reciprocity = fitted.get(2).split(",");
        assertEquals(Double.parseDouble(values[2]), weight(loaded, "usa", "ambition"), 5e-7);
        assertEquals(Double.parseDouble(reciprocity[2]), weight(loaded, "russia", "reciprocity"), 5e-7);
        assertEquals(weight(base, "usa", "threat"), weight(loaded, "usa", "threat"));
        assertEquals(base.facts().size(), loaded.facts().size());
        CliTest.Result run = dyad("run", fittedScenario.toString(), "--replications", "2", "--out",
                temp.resolve("run").toString());
        assertEquals(0, run.exitCode(), run.err());

        // the folder repeats itself from its calibration.yaml alone
        Path again = temp.resolve("again");
        CliTest.Result repeated = dyad("calibrate", one.resolve("calibration.yaml").toString(), "--out",
                again.toString(), "--quiet");
        assertEquals(0, repeated.exitCode(), repeated.err());
        for (String name : List.of("fitted.csv", "trace.csv", "targets.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
        CliTest.Result rerun = dyad("rerun", one.toString());
        assertEquals(2, rerun.exitCode());
        assertTrue(rerun.err().contains("holds a calibration"), rerun.err());
    }

    private static double weight(Scenario scenario, String agent, String rule) {
        AgentSpec spec = scenario.agents().get(scenario.agentIndex(agent));
        return spec.weights().get(rule);
    }

    @Test
    void aCalibrationKilledBeforeItsCommitLeavesTheEarlierResultWhole() throws Exception {
        Path file = tiny(TARGETS, "max_evaluations: 10\npopulation: 4\n");
        Path out = temp.resolve("killed");
        assertEquals(0, dyad("calibrate", file.toString(), "--out", out.toString(), "--quiet").exitCode());
        byte[] trace = Files.readAllBytes(out.resolve("trace.csv"));
        Files.writeString(file, Files.readString(file).replace("max_evaluations: 10", "max_evaluations: 12"));
        DyadProcess killed = DyadProcess.start(temp.resolve("log"), "calibrate-staged", "calibrate", file.toString(),
                "--out", out.toString(), "--quiet");
        killed.awaitFailpoint("calibrate-staged").killHard();
        assertArrayEquals(trace, Files.readAllBytes(out.resolve("trace.csv")));
        assertEquals(0, dyad("calibrate", file.toString(), "--out", out.toString(), "--quiet").exitCode());
        assertEquals(1 + 1 + 12, Files.readAllLines(out.resolve("trace.csv")).size());
        try (Stream<Path> left = Files.list(out.resolve(".dyad"))) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().startsWith("staging-")),
                    "a staging folder was left behind");
        }
    }

    @Test
    void theChartSpeaksChinese() throws Exception {
        Path out = temp.resolve("zh");
        CliTest.Result result = dyad("calibrate", tiny(TARGETS, "max_evaluations: 10\npopulation: 4\n").toString(),
                "--out", out.toString(), "--quiet", "--lang", "zh-TW");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("trace.svg")).contains("目前最佳"));
        assertTrue(Files.readString(out.resolve("tiny-fitted.yaml")).contains("（校準後）"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("targets:\n  facts: [SF1, SF9]\n", "tiny.yaml:9:16: field 'targets.facts[1]': 'SF9' is not a fact of the base"
                        + " scenario"),
                Arguments.of("targets:\n  facts: all\nsigma: 0.2\npopulaton: 6\n", "tiny.yaml:11:1: field 'populaton':"
                        + " unknown key; did you mean 'population'?"),
                Arguments.of("targets:\n  series:\n    un: {file: series.csv, value: agreemnt}\n",
                        "tiny.yaml:10:35: field 'targets.series.un.value': no column 'agreemnt' in "),
                Arguments.of("targets:\n  series:\n    un: {file: series.csv, year: yr, value: agreement}\n",
                        "field 'targets.series.un.year': no column 'yr' in "),
                Arguments.of("targets:\n  facts: all\n  margin: 0.7\n", "tiny.yaml:10:11: field 'targets.margin':"
                        + " value 0.7 is out of range: allowed 0 to 0.5"),
                Arguments.of("targets: {}\n", "tiny.yaml:8:10: field 'targets': name at least one target"),
                Arguments.of("targets:\n  facts: all\nwindows: {w: {start: 2004-01, end: 2007-12}}\n",
                        "tiny.yaml:10:1: field 'windows': unknown key; valid keys here: name, description, scenario,"
                                + " parameters, replications, seed, targets, max_evaluations, population, sigma"),
                Arguments.of("targets: {facts: all}\nsamples: 5\n", "tiny.yaml:9:1: field 'samples': 'samples' belongs"
                        + " to a region file; a calibration file takes targets, max_evaluations, population, sigma"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameFileLineAndFieldAndExitWithTwo(String targets, String message) throws IOException {
        Path file = tiny(targets, "");
        CliTest.Result result = dyad("calibrate", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aSweepFileIsNamedAsSuch() {
        CliTest.Result result = dyad("calibrate", "scenarios/sweeps/quick.yaml", "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("quick.yaml:6:1: field 'design': this is a sweep file, not a calibration file:"
                + " give it to 'dyad sweep'"), result.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aRangeWhoseMaxIsBelowItsMinIsNamedWithItsLine() throws IOException {
        Path file = temp.resolve("range.yaml");
        Files.writeString(file, "name: range\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n"
                + "replications: 2\nseed: 5\nparameters:\n  agents.usa.weights.ambition: {min: 1.5, max: 0.5}\n"
                + "targets: {facts: all}\n");
        CliTest.Result result = dyad("calibrate", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("range.yaml:6:"), result.err());
        assertTrue(result.err().contains("field 'parameters.agents.usa.weights.ambition.max': max (0.5) is below min"
                + " (1.5)"), result.err());
        Files.writeString(file, "name: range\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n"
                + "replications: 2\nseed: 5\nparameters:\n  agents.usa.weights.ambition: {min: 1.2, max: 1.5}\n"
                + "targets: {facts: all}\n");
        result = dyad("calibrate", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("range.yaml:6:3: field 'parameters.agents.usa.weights.ambition': the base"
                + " scenario's value 1 lies outside min 1.2 to max 1.5"), result.err());
    }

    @Test
    void candidatesTheRulesRefuseScoreBadlyInsteadOfStoppingTheSearch() throws IOException {
        // ambition's weight may not be negative: a third of the range is refused
        Path file = temp.resolve("refused.yaml");
        Files.writeString(file, "name: refused\nscenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n"
                + "replications: 2\nseed: 5\nparameters:\n  agents.usa.weights.ambition: {min: -2, max: 4}\n"
                + "targets: {facts: [SF1]}\nmax_evaluations: 20\npopulation: 6\nsigma: 0.6\n");
        Path out = temp.resolve("refused");
        CliTest.Result result = dyad("calibrate", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        long refused = trace.stream().filter(row -> row.contains(",true,")).count();
        assertTrue(refused > 0, String.join("\n", trace));
        for (String row : trace.subList(1, trace.size())) {
            String[] cells = row.split(",");
            assertEquals(cells[3].equals("true"), Double.parseDouble(cells[4 + 1]) < 0, row);
            if (cells[3].equals("true")) {
                assertEquals("1000000.000000", cells[1], row);
                assertEquals("NA", cells[4], row);
            }
        }
        String fitted = Files.readAllLines(out.resolve("fitted.csv")).get(1);
        assertTrue(Double.parseDouble(fitted.split(",")[2]) >= 0, fitted);
        assertTrue(Files.readString(out.resolve("trace.svg")).contains("refused by the scenario"));
    }

    @Test
    void theBundledCalibrationLoads() {
        CalibrationFile bundled = CalibrationFile.load(Path.of("scenarios/analysis/calibrate-baseline.yaml"));
        assertEquals(6, bundled.sweep().parameters().size());
        assertEquals(7, bundled.facts().size());
        assertEquals(16, bundled.series().get(0).years().size());
        assertEquals(0.3287671, bundled.series().get(0).values().get(0));
    }
}
