package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {

    static final Path SCENARIOS = Path.of("scenarios");
    static final Path TEST_SCENARIOS = Path.of("src/test/resources/scenarios");
    static final Path BAD = TEST_SCENARIOS.resolve("bad");

    @Test
    void loadsTheBaselineWithItsData() {
        Scenario baseline = ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml"));
        assertEquals("us-russia-1992-2007", baseline.name());
        assertEquals(192, baseline.months());
        assertEquals(0, baseline.agentIndex("usa"));
        assertEquals(1, baseline.agentIndex("russia"));
        double[] brent = baseline.oilPrice().orElseThrow().toArray();
        // the mean of monthly means is within cents of EIA's annual averages (12.76 and 72.44)
        assertEquals(12.76, mean(brent, baseline, 1998), 0.05);
        assertEquals(72.44, mean(brent, baseline, 2007), 0.05);
        assertEquals(3, baseline.periodisations().size());
        assertTrue(baseline.events().stream().anyMatch(e -> e.id().equals("september-11")));
    }

    @Test
    void anAnnualValueHoldsForEveryMonthOfItsYear() {
        Scenario baseline = ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml"));
        double[] capability = baseline.agents().get(baseline.agentIndex("russia")).capability().toArray();
        int january1999 = baseline.monthIndex(YearMonth.of(1999, 1));
        for (int m = january1999; m < january1999 + 12; m++) {
            assertEquals(0.2771, capability[m], 1e-9);
        }
    }

    @Test
    void aCounterfactualRemovesEventsItNames() {
        Scenario baseline = ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml"));
        Scenario no911 = ScenarioLoader.load(SCENARIOS.resolve("counterfactual-no-9-11.yaml"));
        assertEquals("counterfactual-no-9-11", no911.name());
        assertEquals(baseline.events().size() - 1, no911.events().size());
        assertFalse(no911.events().stream().anyMatch(e -> e.id().equals("september-11")));
        Scenario noNato = ScenarioLoader.load(SCENARIOS.resolve("counterfactual-no-nato-enlargement.yaml"));
        assertFalse(noNato.events().stream().anyMatch(e -> e.id().startsWith("nato-")));
    }

    @Test
    void theLowOilCounterfactualHoldsBrentAtItsEarlierMean() {
        Scenario baseline = ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml"));
        Scenario lowOil = ScenarioLoader.load(SCENARIOS.resolve("counterfactual-low-oil.yaml"));
        double[] base = baseline.oilPrice().orElseThrow().toArray();
        double[] low = lowOil.oilPrice().orElseThrow().toArray();
        int from = baseline.monthIndex(YearMonth.of(2001, 1));
        double earlierMean = java.util.Arrays.stream(base, 0, from).average().orElseThrow();
        for (int m = 0; m < base.length; m++) {
            assertEquals(m < from ? base[m] : earlierMean, low[m], 1e-12);
        }
        assertEquals(18.68, earlierMean, 0.01);
    }

    @Test
    void overridesReplaceNumbersByPath() {
        Scenario scenario = ScenarioLoader.load(TEST_SCENARIOS.resolve("small.yaml"),
                Map.of("agents.beta.weights.threat", 2.5, "replications", 3.0));
        assertEquals(2.5, scenario.agents().get(1).weights().get("threat"));
        assertEquals(3, scenario.replications());
    }

    /** Which weight keys exist is the model's rule registry's to say: the loader reads any key as a number. */
    @Test
    void weightsAreReadAsAnOpenMapWithWhereEachWasWritten(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("open.yaml"), String.join("\n",
                "extends: " + TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath(), "name: open", "agents:",
                "  alpha:", "    weights: {war_weariness: 2.5}", ""));
        Weights weights = ScenarioLoader.load(file).agents().get(0).weights();
        assertEquals(List.of("baseline", "reciprocity", "threat", "war_weariness"), List.copyOf(weights.keys()));
        assertEquals(2.5, weights.get("war_weariness"));
        assertEquals(0, weights.get("aspiration"), "a weight not written is 0");
        assertEquals(new Location(file, 5, 30), weights.locationOf("war_weariness").orElseThrow());
        assertEquals(weights, Weights.of(Map.of("baseline", 1.0, "reciprocity", 1.0, "threat", 1.0,
                "war_weariness", 2.5, "aspiration", 0.0)), "a weight of 0 is one not written");
    }

    @Test
    void aMonthlyCsvFillsTheSeries() {
        Scenario small = ScenarioLoader.load(TEST_SCENARIOS.resolve("small.yaml"));
        double[] oil = small.oilPrice().orElseThrow().toArray();
        assertEquals(24, oil.length);
        assertArrayEquals(new double[] {21, 22, 23}, java.util.Arrays.copyOf(oil, 3));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed.yaml", "malformed.yaml:3:", "", "not valid YAML"),
                Arguments.of("bad-weight-key.yaml", "bad-weight-key.yaml:5:", "agents.beta.weights.Threat",
                        "not a valid weight key"),
                Arguments.of("missing-field.yaml", "missing-field.yaml:2:", "period.end", "required field is missing"),
                Arguments.of("wrong-type.yaml", "wrong-type.yaml:3:", "replications",
                        "expected a whole number, found 'many'"),
                Arguments.of("out-of-range.yaml", "out-of-range.yaml:5:", "agents.beta.oil_dependence",
                        "out of range: allowed 0 to 1"),
                Arguments.of("nan.yaml", "nan.yaml:5:", "agents.alpha.weights.threat", "must be a finite number"),
                Arguments.of("event-outside-period.yaml", "event-outside-period.yaml:4:", "events.crisis.date",
                        "outside the period"),
                Arguments.of("unknown-agent.yaml", "unknown-agent.yaml:10:", "events.late-crisis.effects[0].agent",
                        "no agent 'gamma'"),
                Arguments.of("missing-csv.yaml", "missing-csv.yaml:4:", "series.oil.file", "data file not found"),
                Arguments.of("malformed-csv.yaml", "bad-oil.csv:3:", "price", "'twenty-one' is not a number"),
                Arguments.of("short-csv.yaml", "short-csv.yaml:4:", "series.oil", "no value for 2000-03"),
                Arguments.of("cycle-a.yaml", "cycle-a.yaml:1:", "extends", "cyclic extends"),
                Arguments.of("global-tag.yaml", "global-tag.yaml:1:", "", "tag is not allowed"),
                Arguments.of("alias-bomb.yaml", "alias-bomb.yaml:", "", "aliases"),
                Arguments.of("self-reference.yaml", "self-reference.yaml:", "", "itself"),
                Arguments.of("marker-with-effects.yaml", "marker-with-effects.yaml:", "events.summit.effects",
                        "a marker"),
                Arguments.of("bad-date.yaml", "bad-date.yaml:3:", "period.start", "not a real date"),
                Arguments.of("one-agent.yaml", "small.yaml:", "agents", "at least two agents"),
                Arguments.of("remove-unknown.yaml", "remove-unknown.yaml:4:", "events.crisls",
                        "there is no event 'crisls' to remove; did you mean 'crisis'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badInputNamesFileLineAndField(String file, String location, String field, String problem) {
        BadInput.assertReported(() -> ScenarioLoader.load(BAD.resolve(file)), location, field, problem);
    }

    @Test
    void tildeUnsetsAnInheritedValue(@TempDir Path temp) throws IOException {
        Path small = TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath();
        Path inline = Files.writeString(temp.resolve("inline.yaml"), String.join("\n", "extends: " + small,
                "name: inline", "series:", "  oil: {file: ~, column: ~, values: {2000: 30, 2001: 31}}", ""));
        double[] oil = ScenarioLoader.load(inline).oilPrice().orElseThrow().toArray();
        assertEquals(30, oil[0]);
        assertEquals(31, oil[23]);
        Path noOil = Files.writeString(temp.resolve("no-oil.yaml"), String.join("\n", "extends: " + small,
                "name: no-oil", "oil_price: ~", "agents: {beta: {oil_dependence: ~, weights: ~}}",
                "events: {crisis: {effects: [{agent: alpha, perceives: threat, change: 1, hold_months: ~}]}}", ""));
        Scenario unset = ScenarioLoader.load(noOil);
        assertTrue(unset.oilPrice().isEmpty());
        assertEquals(0, unset.agents().get(1).oilDependence());
        assertEquals(0, unset.agents().get(1).weights().get("reciprocity"));
        assertEquals(0, unset.events().get(0).effects().get(0).holdMonths());
        Path lowOil = SCENARIOS.resolve("counterfactual-low-oil.yaml").toAbsolutePath();
        Path noHold = Files.writeString(temp.resolve("no-hold.yaml"), String.join("\n", "extends: " + lowOil,
                "name: no-hold", "series: {brent: {hold: ~}}", ""));
        assertArrayEquals(ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml")).oilPrice().orElseThrow().toArray(),
                ScenarioLoader.load(noHold).oilPrice().orElseThrow().toArray());
    }

    @Test
    void aColumnBesideInlineValuesIsRefused(@TempDir Path temp) throws IOException {
        Path both = Files.writeString(temp.resolve("both.yaml"), String.join("\n",
                "extends: " + TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath(), "name: both",
                "series:", "  oil: {file: ~, values: {2000: 30, 2001: 31}}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(both), "small.yaml:10:13", "series.oil.column",
                "'column' goes with 'file': inline values have no columns");
    }

    @Test
    void anAreaCannotBeCalledAllWhichStandsForAllOfThem(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("all.yaml"), String.join("\n",
                "extends: " + TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath(), "name: all",
                "areas: {trade: {choices: 4}, all: {choices: 4}}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(file), "all.yaml:3:", "areas.all",
                "'all' stands for all areas together in why.csv and --area: give the area another id");
    }

    @Test
    void aRequiredFieldSetToTildeIsReportedWhereItIsWritten(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("end.yaml"), String.join("\n",
                "extends: " + TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath(), "name: end",
                "period: {end: ~}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(file), "end.yaml:3:15", "period.end",
                "required field is missing");
    }

    @Test
    void derivedQuantitiesThatWouldOverflowAreRefused(@TempDir Path temp) throws IOException {
        String small = "extends: " + TEST_SCENARIOS.resolve("small.yaml").toAbsolutePath();
        Path revenue = Files.writeString(temp.resolve("revenue.yaml"), String.join("\n", small, "name: revenue",
                "reference_oil_price: 1e-9", "series:", "  oil: {file: ~, column: ~, values: {2000: 1e300, 2001: 20}}",
                ""));
        BadInput.assertReported(() -> ScenarioLoader.load(revenue), "revenue.yaml:3:22", "reference_oil_price",
                "the oil price 1.0E300 in 2000-01 over reference_oil_price 1.0E-9 gives an oil revenue of Infinity,"
                        + " above the limit of 1000000: give both in the same unit");
        Path capability = Files.writeString(temp.resolve("capability.yaml"), String.join("\n", small,
                "name: capability", "agents: {alpha: {capability: 1e300}}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(capability), "capability.yaml:3:30",
                "agents.alpha.capability", "value 1.0E300 is out of range: allowed greater than 0, at most 1000000");
        Path series = Files.writeString(temp.resolve("series.yaml"), String.join("\n", small, "name: series",
                "series: {cap: {values: {2000: 1, 2001: 2e6}}}", "agents: {alpha: {capability: cap}}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(series), "series.yaml:4:30", "agents.alpha.capability",
                "series 'cap' must be greater than 0 and at most 1000000, but month 13 of the period has 2000000.0");
    }

    @Test
    void aYamlFileMustBeUtf8AndMayStartWithAByteOrderMark(@TempDir Path temp) throws IOException {
        byte[] small = Files.readAllBytes(TEST_SCENARIOS.resolve("small.yaml"));
        Files.createDirectories(temp.resolve("data"));
        Files.copy(TEST_SCENARIOS.resolve("data/oil.csv"), temp.resolve("data/oil.csv"));
        Path bom = Files.write(temp.resolve("bom.yaml"), SeriesFileTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, small));
        assertEquals("small", ScenarioLoader.load(bom).name());
        Path latin1 = Files.write(temp.resolve("latin1.yaml"), "name: small\ndescription: Fran\u00e7ais\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        BadInput.assertReported(() -> ScenarioLoader.load(latin1), "latin1.yaml:2:18", "",
                "the file is not valid UTF-8 text here: save it as UTF-8");
    }

    @Test
    void aScenarioThatIsNotARegularFileOrNotAPathIsRefusedUnread(@TempDir Path temp) throws IOException {
        BadInput.assertReported(() -> ScenarioLoader.load(temp), temp.toString(), "",
                "cannot read " + temp + ": it is not a regular file");
        Path nul = Files.writeString(temp.resolve("nul.yaml"), "extends: \"a\\0b.yaml\"\nname: nul\n");
        BadInput.assertReported(() -> ScenarioLoader.load(nul), "nul.yaml:1:10", "extends", "is not a valid file path");
    }

    @Test
    void aMessageIsOneLineEvenWhenAValueHoldsLineBreaks(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("lines.yaml"), "name: \"two\\nlines\\u0007\"\n");
        BadInput.assertReported(() -> ScenarioLoader.load(file), "lines.yaml:1:7", "name",
                "'two\\nlines\\u0007' cannot be used as a folder name");
    }

    private static double mean(double[] monthly, Scenario scenario, int year) {
        int first = scenario.monthIndex(YearMonth.of(year, 1));
        return java.util.Arrays.stream(monthly, first, first + 12).average().orElseThrow();
    }
}
