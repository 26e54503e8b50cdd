package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverHistoryTest {

    static final Path MINIMAL = Path.of("src/test/resources/scenarios/example-minimal.yaml").toAbsolutePath();

    /** The small example over 2000-2003 with a blow, a thaw, a driver that is both, and one on the other agent. */
    static Scenario withDrivers(Path folder) throws IOException {
        Path file = folder.resolve("drivers.yaml");
        Files.writeString(file, String.join("\n",
                "extends: " + MINIMAL,
                "name: drivers",
                "events:",
                "  enlargement:",
                "    date: 2000-06",
                "    kind: driver",
                "    label: A blow",
                "    source: test",
                "    effects:",
                "      - {agent: challenger, perceives: threat, change: 0.6, hold_months: 12, half_life_months: 24}",
                "      - {agent: challenger, perceives: ambition, change: 0.5}",
                "  war:",
                "    date: 2002-03",
                "    kind: driver",
                "    label: Both",
                "    source: test",
                "    effects:",
                "      - {agent: challenger, perceives: shared_interest, change: -0.3, hold_months: 2, half_life_months: 6}",
                "      - {agent: challenger, perceives: threat, change: -0.2}",
                "  elsewhere:",
                "    date: 2003-01",
                "    kind: driver",
                "    label: Other agent",
                "    source: test",
                "    effects:",
                "      - {agent: leader, perceives: threat, change: 0.4}",
                ""));
        return ScenarioLoader.load(file);
    }

    @Test
    void countsTheDriversThatStruckTheAgentAndKeepsTheirSizesAndDurations(@TempDir Path folder) throws IOException {
        Scenario scenario = withDrivers(folder);
        DriverHistory.Estimate blows = DriverHistory.blows(scenario, "challenger", scenario.start(), scenario.end());
        assertEquals(2, blows.events());
        assertEquals(4, blows.years());
        assertEquals(0.5, blows.ratePerYear());
        assertEquals(Math.sqrt(2) / 4, blows.rateStandardError());
        assertEquals(List.of(
                EventShape.of(new EffectShape(Perception.THREAT, 0.6, 12, 24, List.of())),
                EventShape.of(new EffectShape(Perception.SHARED_INTEREST, -0.3, 2, 6, List.of()))), blows.shapes());

        // the common enemy raises shared interest; the war also lowers threat
        DriverHistory.Estimate thaws = DriverHistory.thaws(scenario, "challenger", scenario.start(), scenario.end());
        assertEquals(2, thaws.events());
        assertEquals(1.2, thaws.shapes().get(0).effects().get(0).change());
        assertEquals(-0.2, thaws.shapes().get(1).effects().get(0).change());
        assertTrue(Double.isInfinite(thaws.shapes().get(1).effects().get(0).halfLifeMonths()));
    }

    @Test
    void aWindowCountsOnlyItsOwnMonths(@TempDir Path folder) throws IOException {
        Scenario scenario = withDrivers(folder);
        DriverHistory.Estimate blows = DriverHistory.blows(scenario, "challenger", YearMonth.of(2001, 1),
                YearMonth.of(2002, 12));
        assertEquals(1, blows.events());
        assertEquals(0.5, blows.ratePerYear());
        assertEquals(0, DriverHistory.blows(scenario, "challenger", YearMonth.of(2000, 7), YearMonth.of(2000, 12))
                .events());
    }

    @Test
    void anEstimateFromTheScenarioDrawsOnlyItsDriversSizes(@TempDir Path folder) throws IOException {
        Scenario scenario = withDrivers(folder);
        DriverHistory.Estimate blows = DriverHistory.blows(scenario, "challenger", scenario.start(), scenario.end());
        EventProcess process = new EventProcess("blows", dyad.scenario.Text.of("A blow"), "challenger",
                blows.ratePerYear(), blows.asShapes());
        List<DrawnEvent> drawn = process.draw(FutureGenerators.forFuture(1, 1), YearMonth.of(2004, 1),
                YearMonth.of(2103, 12));
        assertTrue(drawn.stream().allMatch(e -> blows.shapes().contains(e.shape())));
        assertEquals(0.5, drawn.size() / 100.0, 4 * Math.sqrt(0.5 / 100));
    }

    @Test
    void refusesAnUnknownAgentAWindowOutsideThePeriodAndDrawingFromNoDrivers(@TempDir Path folder)
            throws IOException {
        Scenario scenario = withDrivers(folder);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DriverHistory.blows(scenario, "russia",
                scenario.start(), scenario.end())).getMessage().contains("has no agent 'russia'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DriverHistory.blows(scenario, "leader",
                YearMonth.of(1999, 1), scenario.end())).getMessage().contains("inside the scenario's period"));
        DriverHistory.Estimate none = DriverHistory.blows(scenario, "leader", YearMonth.of(2000, 1),
                YearMonth.of(2000, 12));
        assertTrue(assertThrows(IllegalArgumentException.class, none::asShapes).getMessage()
                .contains("give sizes by hand"));
    }
}
