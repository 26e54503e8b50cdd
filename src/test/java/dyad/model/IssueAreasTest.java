package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.BadInputException;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue areas and the dynamics a scenario may switch on, as a user writes them. */
class IssueAreasTest {

    @TempDir
    Path temp;

    private static final String TWO_AREAS = """
            name: two-areas
            period: {start: 2000-01, end: 2009-12}
            seed: 3
            replications: 40
            areas:
              trade: {label: {en: Trade, zh-TW: 貿易}, choices: 3}
              territory: {label: Territory, choices: 1}
            agents:
              alpha:
                capability: 1
                initial_trust: 0.5
                weights: {baseline: 1, reciprocity: 1, threat: 2, shared_interest: 1}
                areas:
                  trade: {shared_interest: 1}
              beta:
                capability: 1
                initial_trust: 0.5
                weights: {baseline: 1, reciprocity: 2, threat: 2, shared_interest: 1}
            events:
              dispute:
                date: 2003-01
                kind: driver
                label: A territorial dispute
                source: test
                effects:
                  - {agent: beta, perceives: threat, change: 3, hold_months: 24, on: [territory]}
                  - {agent: alpha, perceives: threat, change: 3, hold_months: 24, on: territory}
            """;

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Scenario load(String text) throws IOException {
        return ScenarioLoader.load(write("scenario.yaml", text));
    }

    private BadInputException refusal(String text) {
        return assertThrows(BadInputException.class, () -> load(text));
    }

    @Test
    void anEffectActsOnlyOnTheAreasItNamesAndStandingLevelsAddToTheirArea() throws IOException {
        Scenario scenario = load(TWO_AREAS);
        assertEquals(4, scenario.issuesPerMonth());
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        int beta = scenario.agentIndex("beta");
        int alpha = scenario.agentIndex("alpha");
        int dispute = scenario.monthIndex(java.time.YearMonth.of(2003, 1));
        assertEquals(3, inputs.perception(beta, 1, Perception.THREAT, dispute));
        assertEquals(0, inputs.perception(beta, 0, Perception.THREAT, dispute));
        assertEquals(1, inputs.perception(alpha, 0, Perception.SHARED_INTEREST, 0));
        assertEquals(0, inputs.perception(alpha, 1, Perception.SHARED_INTEREST, 0));
        // the whole agenda's perception weighs the areas by their choices
        assertEquals(0.75, inputs.perception(beta, Perception.THREAT, dispute), 1e-12);
    }

    @Test
    void theTwoCanCooperateInOneAreaWhileResistingInAnother() throws IOException {
        Scenario scenario = load(TWO_AREAS.replace("areas:\n  trade", "dynamics: {linkage: 0}\nareas:\n  trade"));
        RunSummary run = Replay.run(scenario);
        RunSummary.AreaPaths areas = run.areas().orElseThrow();
        int month = scenario.monthIndex(java.time.YearMonth.of(2004, 1));
        assertTrue(areas.index()[0][month] > 0.3, "trade: " + areas.index()[0][month]);
        assertTrue(areas.index()[1][month] < -0.3, "territory: " + areas.index()[1][month]);
        // the whole index is the areas' weighted by their choices, to rounding
        assertEquals(run.index()[month], (3 * areas.index()[0][month] + areas.index()[1][month]) / 4, 1e-12);
    }

    @Test
    void linkageSpreadsAClashInOneAreaToTheOthers() throws IOException {
        double separate = tradeIndexIn2004(load(TWO_AREAS.replace("areas:\n  trade",
                "dynamics: {linkage: 0}\nareas:\n  trade")));
        double linked = tradeIndexIn2004(load(TWO_AREAS.replace("areas:\n  trade",
                "dynamics: {linkage: 1}\nareas:\n  trade")));
        assertTrue(linked < separate - 0.05, "linked " + linked + ", separate " + separate);
    }

    private static double tradeIndexIn2004(Scenario scenario) {
        RunSummary run = Replay.run(scenario);
        int first = scenario.monthIndex(java.time.YearMonth.of(2004, 1));
        double sum = 0;
        for (int m = first; m < first + 12; m++) {
            sum += run.areas().orElseThrow().index()[0][m];
        }
        return sum / 12;
    }

    @Test
    void forgivenessLeavesPartOfTheResistanceMetUnanswered() throws IOException {
        String answering = TWO_AREAS.replace("areas:\n  trade", "dynamics: {linkage: 0}\nareas:\n  trade");
        String forgiving = answering.replace("  beta:\n    capability: 1\n", "  beta:\n    capability: 1\n    forgiveness: 0.8\n");
        int month = load(answering).monthIndex(java.time.YearMonth.of(2004, 6));
        double without = Replay.run(load(answering)).areas().orElseThrow().share()[1][1][month];
        double with = Replay.run(load(forgiving)).areas().orElseThrow().share()[1][1][month];
        assertTrue(with > without, "with forgiveness " + with + ", without " + without);
    }

    @Test
    void withStrengthRelativeToStartTheUnitOfACapabilitySeriesDoesNotChangeTheRun() throws IOException {
        String scenario = """
                name: units
                period: {start: 2000-01, end: 2004-12}
                seed: 5
                replications: 20
                dynamics: {strength: relative_to_start, containment: room}
                series:
                  growth:
                    unit: UNIT
                    source: test
                    values: {2000: V0, 2001: V0, 2002: V1, 2003: V1, 2004: V2}
                agents:
                  alpha: {capability: 1, weights: {baseline: 0.5, containment: 2, reciprocity: 1}}
                  beta: {capability: growth, weights: {baseline: 0.5, aspiration: 2, reciprocity: 1}}
                """;
        RunSummary inUnits = Replay.run(load(scenario.replace("UNIT", "index").replace("V0", "1")
                .replace("V1", "2").replace("V2", "3")));
        RunSummary inThousands = Replay.run(load(scenario.replace("UNIT", "thousands").replace("V0", "1000")
                .replace("V1", "2000").replace("V2", "3000")));
        assertArrayEquals(inUnits.index(), inThousands.index());
        RunSummary asWritten = Replay.run(load(scenario.replace("UNIT", "thousands").replace("V0", "1000")
                .replace("V1", "2000").replace("V2", "3000").replace("strength: relative_to_start", "strength: as_written")));
        assertNotEquals(inUnits.index()[59], asWritten.index()[59]);
    }

    @Test
    void aStrongerStateThatTakesABlowEveryTwoYearsDoesNotDriveTheClassroomCaseToItsBound() throws IOException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i <= 15; i++) {
            values.append("      ").append(2030 + i).append(": ").append(1 + 2.0 * i / 15).append('\n');
        }
        StringBuilder blows = new StringBuilder();
        for (int year = 2031; year <= 2045; year += 2) {
            blows.append("  blow-").append(year).append(":\n    date: ").append(year).append("-06\n")
                    .append("    kind: driver\n    label: Blow ").append(year).append("\n    source: test pattern\n")
                    .append("    effects:\n")
                    .append("      - {agent: north, perceives: ambition, change: 1.0, hold_months: 3, half_life_months: 12}\n")
                    .append("      - {agent: east, perceives: threat, change: 1.2, hold_months: 3, half_life_months: 12}\n")
                    .append("      - {agent: west, perceives: threat, change: 0.8, hold_months: 3, half_life_months: 12}\n");
        }
        Path classroom = Path.of("scenarios/classroom/three-states.yaml").toAbsolutePath();
        Scenario scenario = ScenarioLoader.load(write("tripled.yaml", "extends: " + classroom + "\nname: tripled\n"
                + "replications: 100\n"
                + "dynamics: {strength: relative_to_start, containment: room}\n"
                + "agents:\n  north: {forgiveness: 0.25}\n  east: {forgiveness: 0.25}\n  west: {forgiveness: 0.25}\n"
                + "series:\n  east_capability:\n    values:\n" + values + "events:\n" + blows));
        RunSummary run = Replay.run(scenario);
        for (int year = 0; year < 16; year++) {
            double mean = dyad.scenario.Window.mean(run.index(), 12 * year, 12 * year + 11);
            assertTrue(mean > -0.8 && mean < 0.8, (2030 + year) + ": " + mean);
        }
    }

    @Test
    void anUnknownAreaIsRefusedWithTheNearestOne() {
        BadInputException e = refusal(TWO_AREAS.replace("on: [territory]", "on: [teritory]"));
        assertEquals("events.dispute.effects[0].on[0]", e.field());
        assertTrue(e.problem().contains("did you mean 'territory'"), e.problem());
        BadInputException level = refusal(TWO_AREAS.replace("    areas:\n      trade:", "    areas:\n      trad:"));
        assertEquals("agents.alpha.areas.trad", level.field());
        assertTrue(level.problem().contains("did you mean 'trade'"), level.problem());
    }

    @Test
    void anAreaBeforeAnyAreaIsDeclaredIsRefused() {
        String noAreas = TWO_AREAS.replace("areas:\n  trade: {label: {en: Trade, zh-TW: 貿易}, choices: 3}\n"
                + "  territory: {label: Territory, choices: 1}\n", "").replace("    areas:\n      trade: {shared_interest: 1}\n", "");
        BadInputException e = refusal(noAreas);
        assertTrue(e.problem().contains("declares no issue areas"), e.problem());
    }

    @Test
    void choicesAndIssuesPerMonthMustAgree() {
        BadInputException e = refusal(TWO_AREAS.replace("seed: 3", "seed: 3\nissues_per_month: 8"));
        assertEquals("issues_per_month", e.field());
        assertTrue(e.problem().contains("add up to 4"), e.problem());
        BadInputException share = refusal(TWO_AREAS.replace("seed: 3", "seed: 3\nissues_per_month: 4")
                .replace("choices: 3}", "share: 0.3}"));
        assertTrue(share.problem().contains("not a whole number"), share.problem());
    }

    @Test
    void aSweptAreaLevelReachesTheModel() throws IOException {
        Path file = write("scenario.yaml", TWO_AREAS);
        Scenario low = ScenarioLoader.load(file, Map.of("agents.alpha.areas.trade.shared_interest", 0.0));
        Scenario high = ScenarioLoader.load(file, Map.of("agents.alpha.areas.trade.shared_interest", 2.0));
        assertEquals(0, ExogenousInputs.of(low).perception(0, 0, Perception.SHARED_INTEREST, 0));
        assertEquals(2, ExogenousInputs.of(high).perception(0, 0, Perception.SHARED_INTEREST, 0));
    }

    @Test
    void aDatedChangeSetsAnAreaLevelAndForgivenessFromItsMonth() throws IOException {
        Scenario scenario = load(TWO_AREAS + """
                changes:
                  - {from: 2005-01, set: agents.beta.areas.trade.shared_interest, to: 2}
                  - {from: 2005-01, set: agents.beta.forgiveness, to: 0.5}
                """);
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        int beta = scenario.agentIndex("beta");
        int changed = scenario.monthIndex(java.time.YearMonth.of(2005, 1));
        assertEquals(0, inputs.perception(beta, 0, Perception.SHARED_INTEREST, changed - 1));
        assertEquals(2, inputs.perception(beta, 0, Perception.SHARED_INTEREST, changed));
        assertEquals(0.5, scenario.agentsAt(changed).get(beta).forgiveness());
        BadInputException e = refusal(TWO_AREAS + """
                changes:
                  - {from: 2005-01, set: agents.beta.areas.trad.shared_interest, to: 2}
                """);
        assertTrue(e.problem().contains("did you mean 'trade'"), e.problem());
    }
}
