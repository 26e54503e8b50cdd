package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario that extends another over a longer period: its series held past their data, and what it changes. */
class LongerPeriodTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();
    private static final String HELD_AT_2007 = "{hold: {from: 2008-01, mean_over: {start: 2007-01, end: 2007-12}}}";

    @TempDir
    Path temp;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(temp.resolve(name), String.join("\n", lines) + "\n");
    }

    /** The baseline carried to 2012, with both of its series held at their 2007 means. */
    private Path baselineTo2012() throws IOException {
        return write("to-2012.yaml", "extends: " + BASELINE, "name: to-2012",
                "period: {start: 1992-01, end: 2012-12}", "series:", "  brent: " + HELD_AT_2007,
                "  russia_capability: " + HELD_AT_2007);
    }

    @Test
    void aHoldCarriesASeriesPastTheEndOfItsFile() throws IOException {
        Scenario base = ScenarioLoader.load(BASELINE);
        Scenario longer = ScenarioLoader.load(baselineTo2012());
        assertEquals(252, longer.months());
        double[] oil = longer.oilPrice().orElseThrow().toArray();
        double[] baseOil = base.oilPrice().orElseThrow().toArray();
        assertArrayEquals(baseOil, Arrays.copyOf(oil, 192), "the months the file has are as read");
        double mean2007 = Arrays.stream(baseOil, 180, 192).average().orElseThrow();
        for (int m = 192; m < 252; m++) {
            assertEquals(mean2007, oil[m], 0, longer.month(m).toString());
        }
    }

    @Test
    void withoutAHoldTheMonthsPastTheFileAreMissing() throws IOException {
        Path file = write("unheld.yaml", "extends: " + BASELINE, "name: unheld",
                "period: {start: 1992-01, end: 2012-12}", "series:", "  brent: " + HELD_AT_2007);
        BadInput.assertReported(() -> ScenarioLoader.load(file), "us-russia-1992-2007.yaml:", "series.russia_capability",
                "has no value for 2008-01: the series must cover the whole period");
    }

    @Test
    void theMeanOfAHoldMustLieWhereTheSeriesHasData() throws IOException {
        Path file = write("beyond.yaml", "extends: " + BASELINE, "name: beyond",
                "period: {start: 1992-01, end: 2012-12}", "series:",
                "  brent: {hold: {from: 2008-01, mean_over: {start: 2007-07, end: 2008-06}}}",
                "  russia_capability: " + HELD_AT_2007);
        BadInput.assertReported(() -> ScenarioLoader.load(file), "beyond.yaml:5:44", "series.brent.hold.mean_over",
                "has no value for 2008-01: the months of mean_over must have values");
    }

    @Test
    void theMonthsBeforeTheHoldMustStillHaveValues() throws IOException {
        Path file = write("late-hold.yaml", "extends: " + BASELINE, "name: late-hold",
                "period: {start: 1992-01, end: 2012-12}", "series:",
                "  brent: {hold: {from: 2009-01, mean_over: {start: 2007-01, end: 2007-12}}}",
                "  russia_capability: " + HELD_AT_2007);
        BadInput.assertReported(() -> ScenarioLoader.load(file), "us-russia-1992-2007.yaml:", "series.brent",
                "has no value for 2008-01: the series must cover the whole period");
    }

    @Test
    void theResolvedScenarioKeepsTheDataAsReadAndRunsTheSame() throws IOException {
        ResolvedScenario resolved = ResolvedScenario.of(baselineTo2012());
        YamlValue.Mapping values = (YamlValue.Mapping) ParameterPath.get(resolved.tree(), "series.brent.values")
                .orElseThrow();
        assertEquals(192, values.entries().size(), "the file's months, none of those the hold fills");
        assertTrue(values.entries().containsKey("2007-12"));
        assertFalse(values.entries().containsKey("2008-01"));

        Path copy = Files.createDirectories(temp.resolve("alone")).resolve(ResolvedScenario.FILE);
        resolved.write(copy);
        ResolvedScenario again = ResolvedScenario.of(copy);
        assertEquals(resolved.text(), again.text(), "resolving the resolved scenario gives it unchanged");
        SameScenario.assertSame(resolved.scenario(), again.scenario());
    }

    @Test
    void theTwinOfALongerScenarioHoldsOilFromItsOwnMonthToTheNewEnd() throws IOException {
        Scenario longer = ScenarioLoader.load(baselineTo2012());
        TwinScenario twin = longer.fact("SF7").test().twins().get(0);
        assertEquals(longer.months(), twin.scenario().months());
        double[] oil = twin.scenario().oilPrice().orElseThrow().toArray();
        double[] lowOil = ScenarioLoader.load(Path.of("scenarios/counterfactual-low-oil.yaml")).oilPrice()
                .orElseThrow().toArray();
        assertArrayEquals(lowOil, Arrays.copyOf(oil, 192));
        assertEquals(lowOil[191], oil[251], 0, "oil stays at its 1992-2000 mean to 2012");
    }
}
