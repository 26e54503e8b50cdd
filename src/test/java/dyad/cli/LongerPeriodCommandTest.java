package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.check.FactCheck;
import dyad.scenario.FactSpec;
import dyad.scenario.FactTest;
import dyad.scenario.ParameterPath;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario carried five years past its period by a file that extends it, its series held past
 * their data: it runs, checks, sweeps and charts as the scenario itself does.
 */
class LongerPeriodCommandTest {

    private static final int ADDED_MONTHS = 5 * 12;
    private static final List<String> RUN_CHARTS = List.of("cooperation-index.png", "cooperation-index.svg",
            "cooperation-index.pdf", "why.png", "why.svg", "why.pdf");

    @TempDir
    Path temp;

    /** The baseline, its counterfactuals and the classroom cases. */
    static Stream<Path> bundledScenarios() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenarios"), Path.of("scenarios/classroom"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(files.size() >= 6, files.toString());
        return files.stream();
    }

    /**
     * A file that extends {@code base} to five years past its end. Each series is held from the first month
     * added at its mean over the base's last year, except one the base already holds, whose hold runs on to the
     * new end; each leads fact keeps to the base's period, as the other facts' windows do.
     */
    private Path longer(Path base, Scenario scenario) throws IOException {
        YearMonth end = scenario.end();
        YearMonth lastYear = end.minusMonths(11);
        List<String> lines = new ArrayList<>(List.of(
                "extends: \"" + base.toAbsolutePath().toString().replace('\\', '/') + "\"",
                "name: " + scenario.name() + "-plus-5-years",
                "period: {start: " + scenario.start() + ", end: " + end.plusMonths(ADDED_MONTHS) + "}"));
        YamlValue.Mapping tree = ResolvedScenario.of(base).tree();
        List<String> unheld = scenario.series().keySet().stream().sorted()
                .filter(id -> ParameterPath.get(tree, "series." + id + ".hold").isEmpty()).toList();
        if (!unheld.isEmpty()) {
            lines.add("series:");
            unheld.forEach(id -> lines.add("  " + id + ": {hold: {from: " + end.plusMonths(1) + ", mean_over: {start: "
                    + lastYear + ", end: " + end + "}}}"));
        }
        List<String> leads = scenario.facts().stream()
                .filter(fact -> fact.test() instanceof FactTest.Leads test && test.window().isEmpty())
                .map(FactSpec::id).toList();
        if (!leads.isEmpty()) {
            lines.add("facts:");
            leads.forEach(id -> lines.add("  " + id + ": {leads: {window: {start: " + scenario.start() + ", end: " + end
                    + "}}}"));
        }
        return Files.writeString(temp.resolve(scenario.name() + "-plus-5-years.yaml"), String.join("\n", lines) + "\n");
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void aScenarioCarriedFiveYearsOnRunsChecksSweepsAndCharts(Path base) throws IOException {
        Scenario scenario = ScenarioLoader.load(base);
        Path file = longer(base, scenario);
        YearMonth newEnd = scenario.end().plusMonths(ADDED_MONTHS);
        String period = "period extended to " + newEnd + " (ended " + scenario.end() + ")";

        Path run = temp.resolve("run");
        CliTest.Result ran = dyad("run", file.toString(), "--replications", "10", "--out", run.toString());
        assertEquals(0, ran.exitCode(), ran.err());
        List<String> files = new ArrayList<>(List.of("timeseries.csv", "summary.csv", "why.csv", "scenario.yaml",
                "manifest.json"));
        files.addAll(RUN_CHARTS);
        if (!scenario.facts().isEmpty()) {
            files.add("paper-check.csv");
        }
        for (String name : files) {
            assertTrue(Files.size(run.resolve(name)) > 0, name);
        }
        List<String> rows = Files.readAllLines(run.resolve("timeseries.csv"));
        assertEquals(1 + scenario.months() + ADDED_MONTHS, rows.size());
        assertTrue(rows.get(rows.size() - 1).startsWith(newEnd + ","), rows.get(rows.size() - 1));
        String resolved = Files.readString(run.resolve("scenario.yaml"));
        assertTrue(resolved.contains("en: \"" + period + "\""), "the resolved scenario says what the file changes");
        assertTrue(resolved.contains("\"zh-TW\": \"期間延長至 " + newEnd + "（原至 " + scenario.end() + "）\""),
                "in either language");
        assertTrue(Files.readString(run.resolve("cooperation-index.svg")).contains(period), "the chart's note says so");

        // the months the base scenario has are replayed as it replays them, so its facts come out as there
        CliTest.Result checked = dyad("check", file.toString());
        assertEquals(0, checked.exitCode(), checked.out() + checked.err());
        CliTest.Result baseChecked = dyad("check", base.toString());
        assertEquals(baseChecked.out(), checked.out().replace(
                "cross-correlation over " + scenario.start() + ".." + scenario.end() + " of", "cross-correlation of"));

        Path sweepFile = Files.writeString(temp.resolve("sweep.yaml"), String.join("\n",
                "name: longer-sweep",
                "scenario: " + file.getFileName(),
                "design: grid",
                "parameters:",
                "  agents." + scenario.agents().get(0).id() + ".initial_trust: {values: [0.2, 0.4]}",
                "replications: 2",
                "seed: 1",
                "twins: " + !FactCheck.twins(scenario).isEmpty(),
                ""));
        Path sweep = temp.resolve("sweep");
        CliTest.Result swept = dyad("sweep", sweepFile.toString(), "--threads", "1", "--quiet", "--out", sweep.toString());
        assertEquals(0, swept.exitCode(), swept.err());
        for (String name : List.of("runs.csv", "points.csv", "fan.csv", "sweep.yaml", "scenario.yaml", "manifest.json",
                "mean_index-by-initial_trust.png", "mean_index-by-initial_trust.svg", "mean_index-by-initial_trust.pdf",
                "fan.png", "fan.svg", "fan.pdf")) {
            assertTrue(Files.size(sweep.resolve(name)) > 0, name);
        }
        List<String> runs = Files.readAllLines(sweep.resolve("runs.csv"));
        assertEquals(1 + 2 * 2, runs.size());
        runs.subList(1, runs.size()).forEach(row -> assertTrue(row.contains(",ok,"), row));

        // drawn again from the folder alone: its tables, and the note its scenario.yaml keeps
        for (String name : RUN_CHARTS) {
            Files.delete(run.resolve(name));
        }
        CliTest.Result charted = dyad("chart", run.toString());
        assertEquals(0, charted.exitCode(), charted.err());
        for (String name : RUN_CHARTS) {
            assertTrue(Files.size(run.resolve(name)) > 0, name);
        }
        assertTrue(Files.readString(run.resolve("cooperation-index.svg")).contains(period), "the redrawn note says so");
    }
}
