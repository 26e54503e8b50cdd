package dyad.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.check.FactCheck;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate's score: the mean path of its replications, as a run averages them, on any number of threads. */
class ObjectiveTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    /** 70 replications: more than one batch. */
    private CalibrationFile file() throws IOException {
        Path file = temp.resolve("c.yaml");
        Files.writeString(file, "name: c\nscenario: " + BASELINE + "\nreplications: 70\nseed: 9\nparameters:\n"
                + "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\ntargets: {facts: all, margin: 0.3}\n");
        return CalibrationFile.load(file);
    }

    private static Objective.Score score(CalibrationFile file, int threads, double ambition) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return new Objective(file, pool, threads).score(new double[] {ambition});
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMeanPathIsTheRunsOwnAndTheSameOnAnyNumberOfThreads() throws IOException {
        CalibrationFile file = file();
        Objective.Score one = score(file, 1, 0.8);
        Objective.Score three = score(file, 3, 0.8);
        assertArrayEquals(one.paths().index(), three.paths().index());
        assertEquals(one.total(), three.total());

        Scenario scenario = ScenarioLoader.load(BASELINE, Map.of("agents.usa.weights.ambition", 0.8));
        RunSummary run = Replay.run(scenario, ExogenousInputs.of(scenario), 9, 70);
        assertArrayEquals(run.index(), one.paths().index(), 1e-12);
        assertArrayEquals(run.cooperationShare()[1], one.paths().cooperationShare()[1], 1e-12);
        // a margin of 0.3 is more than most facts reach: each fact's term is its shortfall, the total their sum
        double sum = 0;
        int shortOfMargin = 0;
        for (int f = 0; f < one.factTerms().length; f++) {
            double least = CalibrationOutputs.leastSlack(one, file.facts().get(f));
            assertEquals(least >= 0.3, one.factTerms()[f] == 0, file.facts().get(f).id());
            shortOfMargin += one.factTerms()[f] > 0 ? 1 : 0;
            sum += one.factTerms()[f];
        }
        assertTrue(shortOfMargin >= 3, "facts short of the margin: " + shortOfMargin);
        assertEquals(sum, one.total(), 1e-12);
        // the verdicts are the run's own
        // holds reads the score's paths and runs nothing: no pool needed
        java.util.List<Boolean> holds = new Objective(file, null, 1).holds(one);
        java.util.List<dyad.check.Fact> checked = FactCheck.check(scenario.withSeedAndReplications(9, 70), run,
                dyad.model.ReplicationListener.NONE);
        for (int f = 0; f < holds.size(); f++) {
            assertEquals(checked.get(f).holds(), holds.get(f), checked.get(f).id());
        }
    }

    @Test
    void aCandidateTheRulesRefuseScoresRefusedWithoutRunning() throws IOException {
        CalibrationFile file = file();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Objective objective = new Objective(file, pool, 1);
            Objective.Score refused = objective.score(new double[] {-0.5});
            assertTrue(refused.refused());
            assertEquals(Objective.REFUSED, refused.total());
            assertEquals(0, objective.runs());
            assertTrue(refused.refusal().contains("out of range"), refused.refusal());
        } finally {
            pool.shutdownNow();
        }
    }
}
