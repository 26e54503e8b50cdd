package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
        double[] brent = baseline.oilPrice().orElseThrow();
        // the mean of monthly means is within cents of EIA's annual averages (12.76 and 72.44)
        assertEquals(12.76, mean(brent, baseline, 1998), 0.05);
        assertEquals(72.44, mean(brent, baseline, 2007), 0.05);
        assertEquals(3, baseline.periodisations().size());
        assertTrue(baseline.events().stream().anyMatch(e -> e.id().equals("september-11")));
    }

    @Test
    void anAnnualValueHoldsForEveryMonthOfItsYear() {
        Scenario baseline = ScenarioLoader.load(SCENARIOS.resolve("us-russia-1992-2007.yaml"));
        double[] capability = baseline.agents().get(baseline.agentIndex("russia")).capability();
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
        double[] base = baseline.oilPrice().orElseThrow();
        double[] low = lowOil.oilPrice().orElseThrow();
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
        assertEquals(2.5, scenario.agents().get(1).weights().threat());
        assertEquals(3, scenario.replications());
    }

    @Test
    void aMonthlyCsvFillsTheSeries() {
        Scenario small = ScenarioLoader.load(TEST_SCENARIOS.resolve("small.yaml"));
        double[] oil = small.oilPrice().orElseThrow();
        assertEquals(24, oil.length);
        assertArrayEquals(new double[] {21, 22, 23}, java.util.Arrays.copyOf(oil, 3));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed.yaml", "malformed.yaml:3:", "", "not valid YAML"),
                Arguments.of("unknown-key.yaml", "unknown-key.yaml:5:", "agents.beta.weights.treat",
                        "did you mean 'threat'?"),
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

    private static double mean(double[] monthly, Scenario scenario, int year) {
        int first = scenario.monthIndex(YearMonth.of(year, 1));
        return java.util.Arrays.stream(monthly, first, first + 12).average().orElseThrow();
    }
}
