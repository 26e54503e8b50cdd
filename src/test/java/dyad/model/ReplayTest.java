package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.EventKind;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReplayTest {

    static final Scenario BASELINE = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"))
            .withSeedAndReplications(11, 40);

    /** The baseline as it was before issue areas, whose runs must not move a bit. */
    static final Scenario BASELINE_BEFORE_AREAS = ScenarioLoader.load(
            Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml")).withSeedAndReplications(11, 40);

    @Test
    void theSameSeedGivesTheSameRun() {
        RunSummary first = Replay.run(BASELINE);
        RunSummary second = Replay.run(BASELINE);
        assertArrayEquals(first.index(), second.index());
        assertArrayEquals(first.indexP5(), second.indexP5());
        assertArrayEquals(first.cooperationShare()[1], second.cooperationShare()[1]);
    }

    /**
     * The baseline's run, bit for bit, as Dyad has always replayed it: a refactoring of the model, its rules or
     * its scheduling must not move a single bit (the digest changes only with a deliberate change of the model).
     */
    @Test
    void theBaselineReplaysBitForBitAsBefore() throws java.security.NoSuchAlgorithmException {
        RunSummary run = Replay.run(BASELINE_BEFORE_AREAS);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 * run.index().length * 9);
        for (double value : run.index()) {
            bytes.putDouble(value);
        }
        for (double[][] perAgent : new double[][][] {run.propensity(), run.trust(), run.grievance(),
                run.cooperationShare()}) {
            for (double[] values : perAgent) {
                for (double value : values) {
                    bytes.putDouble(value);
                }
            }
        }
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(bytes.array(), 0, bytes.position());
        assertEquals("d9b35112e31ea9ddeb80739f4fd261da09c88e055e6c7049a77fe5df81e6917d",
                java.util.HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        RunSummary first = Replay.run(BASELINE);
        RunSummary other = Replay.run(BASELINE.withSeedAndReplications(12, 40));
        assertFalse(Arrays.equals(first.index(), other.index()));
    }

    @Test
    void aReplicationDoesNotDependOnWhatRanBefore() {
        ExogenousInputs inputs = ExogenousInputs.of(BASELINE);
        Trajectory alone = Replay.replicate(BASELINE, inputs, 11, 7);
        for (int r = 0; r < 7; r++) {
            Replay.replicate(BASELINE, inputs, 11, r);
        }
        assertArrayEquals(alone.index(), Replay.replicate(BASELINE, inputs, 11, 7).index());
    }

    @Test
    void aReusedSimulationReplaysLikeANewOne() {
        ExogenousInputs inputs = ExogenousInputs.of(BASELINE);
        DyadSimulation reused = new DyadSimulation(BASELINE, inputs, 99, 0);
        for (int r : new int[] {3, 0, 3, 17}) {
            Trajectory again = reused.replay(11, r);
            Trajectory fresh = Replay.replicate(BASELINE, inputs, 11, r);
            assertArrayEquals(fresh.index(), again.index(), "replication " + r);
            assertArrayEquals(fresh.grievance()[1], again.grievance()[1], "replication " + r);
        }
    }

    @Test
    void theIndexStaysWithinItsBoundsAndMatchesTheShares() {
        RunSummary run = Replay.run(BASELINE);
        for (int m = 0; m < BASELINE.months(); m++) {
            assertTrue(run.index()[m] >= -1 && run.index()[m] <= 1);
            assertTrue(run.indexP5()[m] <= run.index()[m] + 1e-12 && run.index()[m] <= run.indexP95()[m] + 1e-12);
            double fromShares = (2 * run.cooperationShare()[0][m] - 1 + 2 * run.cooperationShare()[1][m] - 1) / 2;
            assertEquals(fromShares, run.index()[m], 1e-9, "the index is the agents' net choices");
        }
    }

    @Test
    void markersNeverReachTheAgents() {
        Scenario withoutMarkers = new Scenario(BASELINE.name(), BASELINE.title(), BASELINE.description(), BASELINE.start(),
                BASELINE.end(), BASELINE.issuesPerMonth(), BASELINE.seed(), BASELINE.replications(),
                BASELINE.referenceOilPrice(), BASELINE.oilPriceSeries(), BASELINE.agents(), BASELINE.series(),
                BASELINE.events().stream().filter(e -> e.kind() == EventKind.DRIVER).toList(),
                BASELINE.periodisations(), BASELINE.facts(), BASELINE.inputFiles(), BASELINE.derivation(),
                BASELINE.changes(), BASELINE.areas(), BASELINE.dynamics());
        assertTrue(withoutMarkers.events().size() < BASELINE.events().size());
        assertArrayEquals(Replay.run(BASELINE).index(), Replay.run(withoutMarkers).index());
    }

    @Test
    void driversChangeTheOutcomeOnlyThroughWhatAgentsPerceive() {
        Scenario no911 = ScenarioLoader.load(Path.of("scenarios/counterfactual-no-9-11.yaml"))
                .withSeedAndReplications(11, 40);
        ExogenousInputs base = ExogenousInputs.of(BASELINE);
        ExogenousInputs without = ExogenousInputs.of(no911);
        int september2001 = BASELINE.monthIndex(java.time.YearMonth.of(2001, 9));
        int usa = BASELINE.agentIndex("usa");
        assertEquals(base.perception(usa, dyad.scenario.Perception.SHARED_INTEREST, september2001 - 1),
                without.perception(usa, dyad.scenario.Perception.SHARED_INTEREST, september2001 - 1));
        assertTrue(base.perception(usa, dyad.scenario.Perception.SHARED_INTEREST, september2001)
                > without.perception(usa, dyad.scenario.Perception.SHARED_INTEREST, september2001) + 1);
        double[] before = Arrays.copyOf(Replay.run(BASELINE).index(), september2001);
        assertArrayEquals(before, Arrays.copyOf(Replay.run(no911).index(), september2001),
                "nothing changes before the event");
    }

    @Test
    void oilRevenueRaisesRussiasRoomToResist() {
        Scenario lowOil = ScenarioLoader.load(Path.of("scenarios/counterfactual-low-oil.yaml"));
        int russia = BASELINE.agentIndex("russia");
        int last = BASELINE.months() - 1;
        assertTrue(ExogenousInputs.of(BASELINE).room(russia, last) > ExogenousInputs.of(lowOil).room(russia, last) + 0.1);
    }

    @Test
    void aListenerHearsOfEveryReplicationAndChangesNothing() {
        int[] done = new int[1];
        ExogenousInputs inputs = ExogenousInputs.of(BASELINE);
        RunSummary heard = Replay.run(BASELINE, inputs, 11, 40, () -> done[0]++);
        RunSummary plain = Replay.run(BASELINE, inputs, 11, 40);
        assertEquals(40, done[0]);
        assertArrayEquals(plain.index(), heard.index());
        assertArrayEquals(plain.indexP95(), heard.indexP95());
        assertArrayEquals(plain.trust()[0], heard.trust()[0]);
    }
}
