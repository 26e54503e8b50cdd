package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Facts as a scenario file states them: the vocabulary, inheritance through extends, and bad facts. */
class FactBinderTest {

    static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    /** small.yaml extended by {@code facts}, written as the lines after "facts:". */
    private Path withFacts(String name, String... facts) throws IOException {
        String text = "extends: " + SMALL + "\nfacts:\n" + String.join("\n", facts) + "\n";
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void everyTestOfTheVocabularyBinds() throws IOException {
        Path file = withFacts("all.yaml",
                "  rise:",
                "    title: it rises",
                "    claim: test",
                "    mean_above: {window: {start: 2001-01, end: 2001-12}, other: {start: 2000-01, end: 2000-12}, by: 0.1}",
                "  low:",
                "    claim: test",
                "    lowest_year: {years: {start: 2000, end: 2001}, in: [2000]}",
                "  high:",
                "    claim: test",
                "    highest_year: {of: beta, years: {start: 2000, end: 2001}, in: [2001]}",
                "  mixed:",
                "    claim: test",
                "    all:",
                "      - mean_below: {window: {start: 2000-01, end: 2000-06}, others: [{start: 2001-01, end: 2001-12}]}",
                "      - mean_within: {of: alpha, window: {start: 2000-01, end: 2001-12}, min: 0.05, max: 0.95}",
                "  lead:",
                "    claim: test",
                "    expected: fail",
                "    because: no reason",
                "    leads: {leader: alpha, follower: beta, lags: {from: 1, to: 6}}");
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(List.of("rise", "low", "high", "mixed", "lead"),
                scenario.facts().stream().map(FactSpec::id).toList());
        FactSpec rise = scenario.fact("rise");
        assertEquals("it rises", rise.title().text());
        assertEquals(0.1, ((FactTest.MeanAbove) rise.test()).by().getAsDouble());
        assertEquals("low", scenario.fact("low").title().text(), "the title defaults to the id");
        assertEquals(dyad.scenario.FactSeries.share("beta"), ((FactTest.ExtremeYear) scenario.fact("high").test()).of());
        assertEquals(2, ((FactTest.All) scenario.fact("mixed").test()).tests().size());
        assertFalse(scenario.fact("lead").expectedToHold());
        assertEquals("no reason", scenario.fact("lead").because().text());
        assertEquals(java.util.Optional.empty(), ((FactTest.Leads) scenario.fact("lead").test()).window(),
                "without a window, leads reads the whole period");
    }

    @Test
    void leadsMayReadAWindowOfThePeriod() throws IOException {
        Path file = withFacts("window.yaml", "  lead:", "    claim: test",
                "    leads: {leader: alpha, follower: beta, lags: {from: 1, to: 6}, window: {start: 2000-01, end: 2000-12}}");
        assertEquals(java.util.Optional.of(Window.of("2000-01", "2000-12")),
                ((FactTest.Leads) ScenarioLoader.load(file).fact("lead").test()).window());
    }

    @Test
    void aScenarioThatExtendsInheritsDropsAndChangesFacts() throws IOException {
        Path base = withFacts("base.yaml",
                "  one: {claim: test, lowest_year: {years: {start: 2000, end: 2001}, in: [2000]}}",
                "  two: {claim: test, lowest_year: {years: {start: 2000, end: 2001}, in: [2001]}}",
                "  three: {claim: test, lowest_year: {years: {start: 2000, end: 2001}, in: [2001]}}");
        Path child = Files.writeString(temp.resolve("child.yaml"), String.join("\n", "extends: base.yaml",
                "name: child", "facts:", "  one: {remove: true}", "  two: {expected: fail, because: the child}",
                "  three: {lowest_year: {in: [2000]}}", ""));
        Scenario scenario = ScenarioLoader.load(child);
        assertEquals(List.of("two", "three"), scenario.facts().stream().map(FactSpec::id).toList());
        assertFalse(scenario.fact("two").expectedToHold());
        assertEquals(List.of(2000), ((FactTest.ExtremeYear) scenario.fact("three").test()).in());
    }

    @Test
    void aTwinIsTheScenarioWithTheTwinFilesChanges() throws IOException {
        Files.writeString(temp.resolve("twin.yaml"), String.join("\n", "extends: " + SMALL, "name: calmer",
                "events: {crisis: {remove: true}}", ""));
        Path file = withFacts("twinned.yaml", "  calm:", "    claim: test",
                "    twin: {scenario: twin.yaml, of: beta, window: {start: 2000-06, end: 2000-12}, twin_is: higher}");
        Scenario scenario = ScenarioLoader.load(file);
        TwinScenario twin = scenario.fact("calm").test().twins().get(0);
        assertEquals("calmer", twin.name());
        assertTrue(twin.scenario().events().stream().noneMatch(event -> event.id().equals("crisis")));
        assertTrue(scenario.inputFiles().contains(temp.resolve("twin.yaml")), "a twin file is an input file");
    }

    /** A fact removed by one file and named again by a file extending it is a new fact, not the removed one. */
    @Test
    void aFactRemovedAndNamedAgainIsNew() throws IOException {
        Path base = withFacts("base.yaml",
                "  one: {claim: test, lowest_year: {years: {start: 2000, end: 2001}, in: [2000]}}");
        Files.writeString(temp.resolve("middle.yaml"), "extends: base.yaml\nname: middle\nfacts: {one: {remove: true}}\n");
        Path child = Files.writeString(temp.resolve("child.yaml"), String.join("\n", "extends: middle.yaml",
                "name: child", "facts:", "  one: {claim: again, highest_year: {years: {start: 2000, end: 2001}, in: [2001]}}",
                ""));
        assertEquals(List.of(), ScenarioLoader.load(temp.resolve("middle.yaml")).facts());
        FactSpec again = ScenarioLoader.load(child).fact("one");
        assertEquals("again", again.claim().text());
        assertFalse(((FactTest.ExtremeYear) again.test()).lowest());
    }

    /** A twin that reads its own data file, laid over a scenario as run, still gives the same twin. */
    @Test
    void aTwinReadingADataFileIsWrittenInlineForARerun() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        StringBuilder csv = new StringBuilder("date,price\n");
        for (int m = 0; m < 24; m++) {
            csv.append(java.time.YearMonth.of(2000, 1).plusMonths(m)).append(',').append(10 + m).append('\n');
        }
        Files.writeString(data.resolve("cheap.csv"), csv.toString());
        Files.writeString(temp.resolve("cheap.yaml"), "name: cheap\nseries: {oil: {file: data/cheap.csv}}\n");
        Path file = withFacts("twinned.yaml", "  calm:", "    claim: test",
                "    twin: {scenario: cheap.yaml, of: beta, window: {start: 2000-06, end: 2000-12}, twin_is: higher}");
        Scenario direct = ScenarioLoader.load(file);
        ResolvedScenario resolved = ResolvedScenario.of(file);
        Path written = temp.resolve("as-run.yaml");
        resolved.write(written);
        Files.delete(data.resolve("cheap.csv"));
        Scenario again = ScenarioLoader.load(written);
        assertEquals(direct.fact("calm").test().twins().get(0).scenario().series().get("oil").values(),
                again.fact("calm").test().twins().get(0).scenario().series().get("oil").values());
    }

    static Stream<Arguments> badFacts() {
        return Stream.of(
                Arguments.of(new String[] {"  f: {claim: c}"}, "bad.yaml:3:", "facts.f",
                        "a fact needs one test"),
                Arguments.of(new String[] {"  f: {lowest_year: {years: {start: 2000, end: 2001}, in: [2000]}}"},
                        "bad.yaml:3:", "facts.f.claim", "required field is missing"),
                Arguments.of(new String[] {"  f: {claim: c, lowest_year: {years: {start: 2000, end: 2001}, in: [2000]},"
                        + " leads: {leader: alpha, follower: beta, lags: {from: 1, to: 2}}}"}, "bad.yaml:3:", "facts.f",
                        "a fact holds one test, not lowest_year and leads"),
                Arguments.of(new String[] {"  f: {claim: c, mean_above: {window: {start: 1999-01, end: 2000-12},"
                        + " other: {start: 2000-01, end: 2000-12}}}"}, "bad.yaml:3:", "facts.f.mean_above.window",
                        "is not inside the period 2000-01 to 2001-12"),
                Arguments.of(new String[] {"  f: {claim: c, mean_within: {of: gamma, window: {start: 2000-01,"
                        + " end: 2000-12}, min: 0, max: 1}}"}, "bad.yaml:3:", "facts.f.mean_within.of",
                        "'gamma' is neither 'index' nor an agent"),
                Arguments.of(new String[] {"  f: {claim: c, lowest_year: {years: {start: 2000, end: 2002}, in: [2000]}}"},
                        "bad.yaml:3:", "facts.f.lowest_year.years.end", "not wholly inside the period"),
                Arguments.of(new String[] {"  f: {claim: c, lowest_year: {years: {start: 2000, end: 2001}, in: [1999]}}"},
                        "bad.yaml:3:", "facts.f.lowest_year.in[0]", "is not one of the years 2000 to 2001"),
                Arguments.of(new String[] {"  f: {claim: c, leads: {leader: alpha, follower: alpha, lags: {from: 1, to: 2}}}"},
                        "bad.yaml:3:", "facts.f.leads.follower", "another agent"),
                Arguments.of(new String[] {"  f: {claim: c, leads: {leader: alpha, follower: beta, lags: {from: 3, to: 1}}}"},
                        "bad.yaml:3:", "facts.f.leads.lags.to", "before they start"),
                Arguments.of(new String[] {"  f: {claim: c, expected: maybe, lowest_year: {years: {start: 2000,"
                        + " end: 2001}, in: [2000]}}"}, "bad.yaml:3:", "facts.f.expected", "not one of pass, fail"),
                Arguments.of(new String[] {"  f: {claim: c, twin: {scenario: missing.yaml, window: {start: 2000-01,"
                        + " end: 2000-12}, twin_is: higher}}"}, "bad.yaml:3:", "facts.f.twin.scenario",
                        "the twin scenario was not found"),
                Arguments.of(new String[] {"  f: {claim: c, leads: {leader: alpha, follower: beta, lags: {from: 0, to: 0}}}"},
                        "bad.yaml:3:", "facts.f.leads.lags.to", "lag 0 alone cannot fail"),
                Arguments.of(new String[] {"  f: {claim: c, leads: {leader: alpha, follower: beta, lags: {from: 1, to: 4},"
                        + " window: {start: 2000-01, end: 2000-06}}}"}, "bad.yaml:3:", "facts.f.leads.lags.to",
                        "lags longer than half the window (3 months) leave too few months to correlate"),
                Arguments.of(new String[] {"  f: {claim: c, leads: {leader: alpha, follower: beta, lags: {from: 1, to: 2},"
                        + " window: {start: 2000-01, end: 2002-06}}}"}, "bad.yaml:3:", "facts.f.leads.window",
                        "is not inside the period 2000-01 to 2001-12"),
                Arguments.of(new String[] {"  f: {claim: ' ', lowest_year: {years: {start: 2000, end: 2001}, in: [2000]}}"},
                        "bad.yaml:3:", "facts.f.claim", "say which claim"),
                Arguments.of(new String[] {"  f: {claim: c, twin: {scenario: bad.yaml, window: {start: 2000-01,"
                        + " end: 2000-12}, twin_is: higher}}"}, "bad.yaml:3:", "facts.f.twin.scenario",
                        "the twin scenario cannot be read: "),
                Arguments.of(new String[] {"  f: {remove: true}"}, "bad.yaml:3:", "facts.f.remove",
                        "there is no fact 'f' to remove"),
                Arguments.of(new String[] {"  f: {claim: c, mean_within: {window: {start: 2000-01, end: 2000-12},"
                        + " min: 0, max: 1, mxa: 2}}"}, "bad.yaml:3:", "facts.f.mean_within.mxa", "unknown key"),
                Arguments.of(new String[] {"  \"f f\": {claim: c, lowest_year: {years: {start: 2000, end: 2001},"
                        + " in: [2000]}}"}, "bad.yaml:3:", "facts.f f", "a fact id may hold only"));
    }

    @ParameterizedTest
    @MethodSource("badFacts")
    void aBadFactNamesFileLineAndField(String[] facts, String location, String field, String problem)
            throws IOException {
        Path file = withFacts("bad.yaml", facts);
        BadInput.assertReported(() -> ScenarioLoader.load(file), location, field, problem);
    }
}
