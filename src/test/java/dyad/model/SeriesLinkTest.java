package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.rules.Rule;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data series linked to a perception moves it month by month, and the choices with it. */
class SeriesLinkTest {

    @TempDir
    Path temp;

    /** Two agents over 2006-2010; ties rises by 2 a year from 10; {@code extra} is added to alpha. */
    private Scenario scenario(String alphaExtra) throws IOException {
        return scenario(alphaExtra, "");
    }

    private Scenario scenario(String alphaExtra, String more) throws IOException {
        Path file = temp.resolve("linked-" + Integer.toHexString((alphaExtra + more).hashCode()) + ".yaml");
        Files.writeString(file, """
                name: linked
                period: {start: 2006-01, end: 2010-12}
                replications: 100
                seed: 7
                series:
                  ties:
                    values: {2006: 10, 2007: 12, 2008: 14, 2009: 16, 2010: 18}
                agents:
                  alpha:
                    capability: 1
                    weights: {shared_interest: 1, threat: 2, reciprocity: 0.5}
                """ + alphaExtra + """
                  beta:
                    capability: 1
                    weights: {shared_interest: 1, reciprocity: 0.5}
                """ + more);
        return ScenarioLoader.load(file);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    @Test
    void aLinkAddsTheScaledSeriesToThePerceptionAsItIs() throws IOException {
        Scenario linked = scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 0.5}
                """);
        ExogenousInputs inputs = ExogenousInputs.of(linked);
        int alpha = linked.agentIndex("alpha");
        assertEquals(5, inputs.perception(alpha, Perception.SHARED_INTEREST, 0), 1e-12);
        assertEquals(9, inputs.perception(alpha, Perception.SHARED_INTEREST, linked.months() - 1), 1e-12);
        assertEquals(0, inputs.perception(linked.agentIndex("beta"), Perception.SHARED_INTEREST, 30));
        assertEquals(0, inputs.perception(alpha, Perception.THREAT, 30));
    }

    @Test
    void relativeToSubtractsTheMeanOfThatYearOrMonth() throws IOException {
        Scenario byYear = scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 0.5, relative_to: 2008}
                """);
        ExogenousInputs inputs = ExogenousInputs.of(byYear);
        int alpha = byYear.agentIndex("alpha");
        assertEquals(-2, inputs.perception(alpha, Perception.SHARED_INTEREST, 0), 1e-12);
        assertEquals(0, inputs.perception(alpha, Perception.SHARED_INTEREST, 24), 1e-12);
        assertEquals(2, inputs.perception(alpha, Perception.SHARED_INTEREST, 59), 1e-12);
        Scenario byMonth = scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 1, relative_to: 2007-06}
                """);
        assertEquals(-2, ExogenousInputs.of(byMonth).perception(alpha, Perception.SHARED_INTEREST, 0), 1e-12);
    }

    @Test
    void aHeldSeriesHoldsThePerceptionItDrives() throws IOException {
        Path file = temp.resolve("held.yaml");
        Files.writeString(file, """
                name: held
                period: {start: 2006-01, end: 2010-12}
                series:
                  ties:
                    values: {2006: 10, 2007: 12, 2008: 14, 2009: 16, 2010: 18}
                    hold: {from: 2008-01, mean_over: {start: 2006-01, end: 2007-12}}
                agents:
                  alpha: {capability: 1, perceptions: {shared_interest: {series: ties, scale: 1, relative_to: 2006}}}
                  beta: {capability: 1}
                """);
        Scenario held = ScenarioLoader.load(file);
        ExogenousInputs inputs = ExogenousInputs.of(held);
        assertEquals(2, inputs.perception(0, Perception.SHARED_INTEREST, 12), 1e-12);
        for (int m = 24; m < held.months(); m++) {
            assertEquals(1, inputs.perception(0, Perception.SHARED_INTEREST, m), 1e-12, "month " + m);
        }
    }

    @Test
    void sharedInterestFromASeriesRaisesCooperationAndThreatLowersIt() throws IOException {
        int alpha = 0;
        RunSummary unlinked = Replay.run(scenario(""));
        RunSummary warming = Replay.run(scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 0.2, relative_to: 2006}
                """));
        RunSummary threatened = Replay.run(scenario("""
                    perceptions:
                      threat: {series: ties, scale: 0.2, relative_to: 2006}
                """));
        double before = mean(unlinked.cooperationShare()[alpha]);
        assertTrue(mean(warming.cooperationShare()[alpha]) > before + 0.05,
                mean(warming.cooperationShare()[alpha]) + " vs " + before);
        assertTrue(mean(threatened.cooperationShare()[alpha]) < before - 0.05,
                mean(threatened.cooperationShare()[alpha]) + " vs " + before);
        assertTrue(mean(warming.index()) > mean(unlinked.index()));
    }

    @Test
    void theWhyTableGivesTheLinkedTermToTheRuleThatReadsThePerception() throws IOException {
        Scenario linked = scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 0.5}
                """);
        ExogenousInputs inputs = ExogenousInputs.of(linked);
        Contributions why = Replay.run(linked, inputs, linked.seed(), 3, ReplicationListener.NONE, true)
                .contributions().orElseThrow();
        int rule = why.rules().stream().map(Rule::key).toList().indexOf("shared_interest");
        for (int m = 0; m < linked.months(); m += 11) {
            assertEquals(1 * inputs.perception(0, Perception.SHARED_INTEREST, m), why.terms()[0][m][rule], 1e-9,
                    "month " + m);
        }
    }

    @Test
    void anAreaLinkActsInItsAreaAloneAndExposureDoesNotMultiplyIt() throws IOException {
        Path file = temp.resolve("areas.yaml");
        Files.writeString(file, """
                name: areas
                period: {start: 2006-01, end: 2010-12}
                areas:
                  economy: {choices: 4}
                  security: {choices: 4}
                series:
                  ties:
                    values: {2006: 10, 2007: 12, 2008: 14, 2009: 16, 2010: 18}
                agents:
                  alpha:
                    capability: 1
                    perceptions:
                      threat: {series: ties, scale: 0.1}
                    areas:
                      economy:
                        shared_interest: 0.5
                        shared_interest_exposure: 3
                        perceptions:
                          shared_interest: {series: ties, scale: 1, relative_to: 2006}
                  beta: {capability: 1}
                """);
        Scenario areas = ScenarioLoader.load(file);
        ExogenousInputs inputs = ExogenousInputs.of(areas);
        int economy = areas.areaIndex("economy");
        int security = areas.areaIndex("security");
        assertEquals(0.5 + 8, inputs.perception(0, economy, Perception.SHARED_INTEREST, 59), 1e-12);
        assertEquals(0, inputs.perception(0, security, Perception.SHARED_INTEREST, 59));
        assertEquals(1.8, inputs.perception(0, economy, Perception.THREAT, 59), 1e-12);
        assertEquals(1.8, inputs.perception(0, security, Perception.THREAT, 59), 1e-12);
    }

    @Test
    void aDatedChangeOfTheScaleActsFromItsMonth() throws IOException {
        Scenario changed = scenario("""
                    perceptions:
                      shared_interest: {series: ties, scale: 1}
                """, """
                changes:
                  - {from: 2009-01, set: agents.alpha.perceptions.shared_interest.scale, to: 0}
                """);
        ExogenousInputs inputs = ExogenousInputs.of(changed);
        assertEquals(14, inputs.perception(0, Perception.SHARED_INTEREST, 35), 1e-12);
        assertEquals(0, inputs.perception(0, Perception.SHARED_INTEREST, 36));
    }
}
