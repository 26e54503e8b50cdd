package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Facts that read an issue area ({@code of: {area: ...}}, {@code of: {agent: ..., area: ...}}) and {@code any}. */
class AreaFactBinderTest {

    static final Path SMALL_AREAS = Path.of("src/test/resources/scenarios/small-areas.yaml").toAbsolutePath();
    static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    /** {@code base} extended by {@code facts}, written as the lines after "facts:". */
    private Path withFacts(Path base, String name, String... facts) throws IOException {
        String text = "extends: " + base + "\nfacts:\n" + String.join("\n", facts) + "\n";
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void theSmallScenarioReadsAreasAndAnAnyInsideAnAll() {
        Scenario scenario = ScenarioLoader.load(SMALL_AREAS);
        assertEquals(FactSeries.share("beta", "climate"), ((FactTest.MeanWithin) scenario.fact("partners").test()).of());
        assertEquals(FactSeries.areaIndex("trade"), ((FactTest.MeanWithin) scenario.fact("rivals").test()).of());
        FactTest.All both = (FactTest.All) scenario.fact("partners_and_rivals").test();
        assertEquals(2, both.tests().size());
        assertEquals(2, ((FactTest.Any) both.tests().get(0)).tests().size());
        assertEquals(List.of(FactSeries.share("beta", "climate"), FactSeries.share("beta", "trade")), both.series());
    }

    @Test
    void everyTestThatReadsASeriesMayReadAnArea() throws IOException {
        Path file = withFacts(SMALL_AREAS, "every.yaml",
                "  rise:",
                "    claim: test",
                "    mean_above: {of: {area: climate}, window: {start: 2001-01, end: 2001-12},"
                        + " other: {start: 2000-01, end: 2000-02}}",
                "  below:",
                "    claim: test",
                "    mean_below: {of: {agent: alpha, area: trade}, window: {start: 2001-01, end: 2001-12},"
                        + " others: [{start: 2000-01, end: 2000-12}]}",
                "  low:",
                "    claim: test",
                "    lowest_year: {of: {area: trade}, years: {start: 2000, end: 2001}, in: [2001]}",
                "  whole:",
                "    claim: test",
                "    highest_year: {of: {agent: beta}, years: {start: 2000, end: 2001}, in: [2001]}",
                "  lead:",
                "    claim: test",
                "    leads: {leader: alpha, follower: beta, area: climate, lags: {from: 1, to: 6}}",
                "  either:",
                "    claim: test",
                "    any:",
                "      - all:",
                "          - mean_within: {of: {area: climate}, window: {start: 2001-01, end: 2001-12}, min: 0, max: 1}",
                "          - mean_within: {of: {area: trade}, window: {start: 2001-01, end: 2001-12}, min: 0, max: 1}",
                "      - mean_within: {of: alpha, window: {start: 2001-01, end: 2001-12}, min: 0.5, max: 1}");
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(FactSeries.areaIndex("climate"), ((FactTest.MeanAbove) scenario.fact("rise").test()).of());
        assertEquals(FactSeries.share("alpha", "trade"), ((FactTest.MeanBelow) scenario.fact("below").test()).of());
        assertEquals(FactSeries.areaIndex("trade"), ((FactTest.ExtremeYear) scenario.fact("low").test()).of());
        assertEquals(FactSeries.share("beta"), ((FactTest.ExtremeYear) scenario.fact("whole").test()).of());
        FactTest.Leads lead = (FactTest.Leads) scenario.fact("lead").test();
        assertEquals(FactSeries.share("beta", "climate"), lead.follower());
        FactTest.Any either = (FactTest.Any) scenario.fact("either").test();
        assertEquals(2, ((FactTest.All) either.tests().get(0)).tests().size());
        assertEquals("{agent: alpha, area: trade}", FactSeries.share("alpha", "trade").toString());
    }

    static Stream<Arguments> badAreaFacts() {
        String window = "window: {start: 2001-01, end: 2001-12}, min: 0, max: 1";
        return Stream.of(
                Arguments.of(SMALL_AREAS, "  f: {claim: c, mean_within: {of: {area: climat}, " + window + "}}",
                        "facts.f.mean_within.of.area", "no area 'climat' in 'areas'; did you mean 'climate'?"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, mean_within: {of: {agent: bet, area: trade}, " + window
                        + "}}", "facts.f.mean_within.of.agent", "no agent 'bet' in 'agents'; did you mean 'beta'?"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, mean_within: {of: trade, " + window + "}}",
                        "facts.f.mean_within.of", "'trade' is an area, not an agent: write {area: trade} for its index"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, mean_within: {of: {}, " + window + "}}",
                        "facts.f.mean_within.of", "name an area ({area: ...})"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, mean_within: {of: {area: trade, agnet: beta}, " + window
                        + "}}", "facts.f.mean_within.of.agnet", "unknown key; did you mean 'agent'?"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, leads: {leader: alpha, follower: beta, area: trad,"
                        + " lags: {from: 1, to: 2}}}", "facts.f.leads.area",
                        "no area 'trad' in 'areas'; did you mean 'trade'?"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, any: []}", "facts.f.any", "list at least one test"),
                Arguments.of(SMALL_AREAS, "  f: {claim: c, any: [{any: [{mean_within: {" + window + "}}]}]}",
                        "facts.f.any[0].any", "write the tests of a nested 'any' in the outer list"),
                Arguments.of(SMALL, "  f: {claim: c, mean_within: {of: {area: trade}, " + window + "}}",
                        "facts.f.mean_within.of.area", "the scenario declares no issue areas ('areas' at its top), so"
                                + " there is no area 'trade' to read"));
    }

    @ParameterizedTest
    @MethodSource("badAreaFacts")
    void aBadAreaNamesFileLineAndField(Path base, String fact, String field, String problem) throws IOException {
        Path file = withFacts(base, "bad.yaml", fact);
        BadInput.assertReported(() -> ScenarioLoader.load(file), "bad.yaml:3:", field, problem);
    }
}
