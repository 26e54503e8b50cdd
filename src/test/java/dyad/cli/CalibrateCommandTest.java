package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.analysis.calibration.CalibrationFile;
import dyad.analysis.calibration.Objective;
import dyad.analysis.calibration.ValidationWindow;
import dyad.check.RunPaths;
import dyad.scenario.AgentSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        assertEquals("set,target,kind,objective,least_slack,passes,passes_with_margin,fit_years,validate_years,slope,"
                + "intercept,r2_fit,rmse_fit,r2_validate,rmse_validate,validate_much_worse", targets.get(0));
        assertTrue(targets.get(1).startsWith("hand-set,objective,total,"), targets.get(1));
        assertTrue(targets.get(2).startsWith("fitted,objective,total,"), targets.get(2));
        assertTrue(targets.get(3).startsWith("hand-set,SF1,fact,"), targets.get(3));
        assertTrue(targets.get(4).startsWith("fitted,SF1,fact,"), targets.get(4));
        // without a window the link is fitted on every year and nothing is held out
        assertTrue(targets.get(7).startsWith("hand-set,un,series,"), targets.get(7));
        String[] unFitted = targets.get(8).split(",", -1);
        assertEquals(List.of("fitted", "un", "series"), List.of(unFitted).subList(0, 3));
        assertEquals("1992-2007", unFitted[7]);
        assertEquals(List.of("", "", "", "", "", "", ""), List.of(unFitted[4], unFitted[5], unFitted[6],
                unFitted[8], unFitted[13], unFitted[14], unFitted[15]), targets.get(8));
        assertTrue(Double.parseDouble(unFitted[11]) >= 0 && Double.parseDouble(unFitted[12]) > 0, targets.get(8));
        assertEquals(1 + 2 * (1 + 2 + 1), targets.size());
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

    /**
     * Two series made of the hand-set model's own yearly index on the calibration's seed and replications: one
     * follows it in every year, the other on 1992-2001 only and mirrors it on the held-out 2002-2007. A link fitted
     * on 1992-2001 explains both exactly there; applied to 2002-2007 it predicts the first exactly and the second
     * worse than the held-out mean, which must be reported and warned about. Had the window been ignored, the
     * mirrored series' link would be fitted on every year and explain 1992-2001 far from exactly.
     */
    @Test
    void aValidationWindowIsHeldOutOfTheFitAndJudgedWithTheLinkFittedWithoutIt() throws Exception {
        double[] index = handSetYearlyIndex();
        StringBuilder csv = new StringBuilder("year,follows,mirrored\n");
        for (int year = 1992; year <= 2007; year++) {
            double mean = index[year - 1992];
            csv.append(year).append(',').append(0.25 + 0.1 * mean).append(',')
                    .append(0.25 + (year <= 2001 ? 0.1 : -0.1) * mean).append('\n');
        }
        Files.writeString(temp.resolve("made.csv"), csv);
        Path file = tiny("targets:\n  series:\n    follows: {file: made.csv, value: follows}\n"
                + "    mirrored: {file: made.csv, value: mirrored}\n", "validate: {start: 2002, end: 2007}\n"
                + "max_evaluations: 10\npopulation: 4\n");
        Path out = temp.resolve("validated");
        CliTest.Result result = dyad("calibrate", file.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());

        List<String> rows = Files.readAllLines(out.resolve("targets.csv"));
        String[] follows = rowOf(rows, "hand-set", "follows");
        String[] mirrored = rowOf(rows, "hand-set", "mirrored");
        for (String[] row : List.of(follows, mirrored)) {
            assertEquals("1992-2001", row[7], String.join(",", row));
            assertEquals("2002-2007", row[8], String.join(",", row));
            assertEquals(1, Double.parseDouble(row[11]), 1e-6, "r2_fit " + String.join(",", row));
            assertEquals(0, Double.parseDouble(row[12]), 1e-6, "rmse_fit " + String.join(",", row));
            // the term of the objective is 1 - R² on the years fitted only
            assertEquals(0, Double.parseDouble(row[3]), 1e-6, "objective " + String.join(",", row));
        }
        assertEquals(1, Double.parseDouble(follows[13]), 1e-6);
        assertEquals(0, Double.parseDouble(follows[14]), 1e-6);
        assertEquals("false", follows[15]);
        // predicted 0.25 + 0.1 m, observed 0.25 - 0.1 m: errors of 0.2 m, judged against the held-out years' mean
        double squaredErrors = 0;
        double observedMean = 0;
        for (int year = 2002; year <= 2007; year++) {
            squaredErrors += Math.pow(0.2 * index[year - 1992], 2);
            observedMean += (0.25 - 0.1 * index[year - 1992]) / 6;
        }
        double spread = 0;
        for (int year = 2002; year <= 2007; year++) {
            spread += Math.pow(0.25 - 0.1 * index[year - 1992] - observedMean, 2);
        }
        assertEquals(1 - squaredErrors / spread, Double.parseDouble(mirrored[13]), 1e-5);
        assertTrue(Double.parseDouble(mirrored[13]) < 0, String.join(",", mirrored));
        assertEquals(Math.sqrt(squaredErrors / 6), Double.parseDouble(mirrored[14]), 1e-6);
        assertEquals("true", mirrored[15]);
        assertEquals(16, rowOf(rows, "fitted", "mirrored").length);

        assertTrue(result.out().contains("  series mirrored: link fitted on 1992-2001 (10 years), held out 2002-2007"
                + " (6 years)\n    as given  R² 1.000 on 1992-2001, "), result.out());
        assertTrue(result.out().contains("  Warning: series mirrored, values as given: the link fitted on 1992-2001"
                + " predicts the held-out 2002-2007 much worse than it fits its own years (R² "), result.out());
        assertFalse(result.out().contains("Warning: series follows"), result.out());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"validate\": {\n    \"start\": 2002,"),
                Files.readString(out.resolve("manifest.json")));
        // the window is kept in the calibration as run, so the folder repeats it, on any number of threads
        Path again = temp.resolve("again");
        assertEquals(0, dyad("calibrate", out.resolve("calibration.yaml").toString(), "--out", again.toString(),
                "--quiet", "--threads", "2").exitCode());
        assertArrayEquals(Files.readAllBytes(out.resolve("targets.csv")),
                Files.readAllBytes(again.resolve("targets.csv")));
    }

    /** The hand-set baseline's yearly mean index 1992-2007 on the tiny calibration's seed and replications. */
    private double[] handSetYearlyIndex() throws IOException {
        CalibrationFile facts = CalibrationFile.load(tiny("targets: {facts: [SF1]}\n", ""));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        RunPaths paths;
        try {
            paths = new Objective(facts, pool, 1).score(facts.baseValues()).paths();
        } finally {
            pool.shutdownNow();
        }
        double[] index = new double[16];
        for (int year = 1992; year <= 2007; year++) {
            index[year - 1992] = Window.year(year).mean(paths.scenario(), paths.index());
        }
        return index;
    }

    private static String[] rowOf(List<String> rows, String set, String target) {
        return rows.stream().filter(row -> row.startsWith(set + "," + target + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + set + "," + target + " in " + rows))
                .split(",", -1);
    }

    @Test
    void aWindowMayBeWrittenInWholeYearsOfMonths() throws IOException {
        CalibrationFile file = CalibrationFile.load(tiny(TARGETS, "validate: {start: 2002-01, end: 2007-12}\n"));
        assertEquals(new ValidationWindow(2002, 2007), file.validation());
        assertEquals(List.of(2002, 2003, 2004, 2005, 2006, 2007), file.series().get(0).heldOutYears());
        assertEquals(10, file.series().get(0).fittingYears().size());
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
                                + " parameters, replications, seed, targets, validate, max_evaluations, population,"
                                + " sigma"),
                Arguments.of(TARGETS + "validate: {start: 2002, end: 2010}\n", "tiny.yaml:13:30: field"
                        + " 'validate.end': 2010 is outside the years of series 'un': the window must lie within the"
                        + " series' years, 1992 to 2007"),
                Arguments.of(TARGETS + "validate: {start: 1990, end: 1995}\n", "tiny.yaml:13:19: field"
                        + " 'validate.start': 1990 is outside the years of series 'un'"),
                Arguments.of(TARGETS + "validate: {start: 2006, end: 2007}\n", "tiny.yaml:13:11: field 'validate':"
                        + " the window 2006-2007 holds out 2 years of series 'un' (2006-2007): at least 3 are needed"
                        + " to judge the fit on"),
                Arguments.of(TARGETS + "validate: {start: 1994, end: 2007}\n", "tiny.yaml:13:11: field 'validate':"
                        + " the window 1994-2007 leaves 2 years of series 'un' to fit the link on (1992-1993): at"
                        + " least 3 are needed"),
                Arguments.of(TARGETS + "validate: {start: 2005, end: 2002}\n", "tiny.yaml:13:30: field"
                        + " 'validate.end': the window ends (2002) before it starts (2005)"),
                Arguments.of(TARGETS + "validate: {start: 2002-06, end: 2007}\n", "tiny.yaml:13:19: field"
                        + " 'validate.start': the series are yearly, so the window holds whole years: write 2002 or"
                        + " 2002-01 (it starts in January)"),
                Arguments.of(TARGETS + "validate: {start: soon, end: 2007}\n", "tiny.yaml:13:19: field"
                        + " 'validate.start': expected a year (YYYY) or a month that bounds whole years (YYYY-MM),"
                        + " found 'soon'"),
                Arguments.of(TARGETS + "validate: {start: 2002, end: 2007, rolling: {first_origin: 2000}}\n",
                        "field 'validate.rolling': a rolling origin is not offered"),
                Arguments.of("targets: {facts: all}\nvalidate: {start: 2002, end: 2007}\n", "tiny.yaml:9:11: field"
                        + " 'validate': a validation window holds out years of the outside series, but targets names"
                        + " none"),
                Arguments.of("targets: {facts: all}\nsamples: 5\n", "tiny.yaml:9:1: field 'samples': 'samples' belongs"
                        + " to a region file; a calibration file takes targets, validate, max_evaluations, population,"
                        + " sigma"));
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
        assertEquals(new ValidationWindow(2002, 2007), bundled.validation());
        assertEquals(10, bundled.series().get(0).fittingYears().size());
    }
}
