package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why the index moves: each rule's term of an agent's log-odds, recorded per month, adds up to the log-odds. */
class ContributionsTest {

    private static final Scenario BASELINE = ReplayTest.BASELINE;
    private static final ExogenousInputs INPUTS = ExogenousInputs.of(BASELINE);
    private static final int RULES = RuleSet.STANDARD.rules().size();

    private static Trajectory recorded(Scenario scenario, ExogenousInputs inputs, int replication) {
        return new DyadSimulation(scenario, inputs, scenario.seed(), replication, RuleSet.STANDARD, true).replay();
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void inOneReplicationTheTermsAddUpToTheLogitOfThePropensity() {
        // one area: the agent's terms and propensity are those of its one choice per month
        Scenario single = ReplayTest.BASELINE_BEFORE_AREAS;
        Trajectory t = recorded(single, ExogenousInputs.of(single), 3);
        for (int a = 0; a < single.agents().size(); a++) {
            for (int m = 0; m < single.months(); m++) {
                assertTermsAddUp(t.contributions()[a][m], t.logOdds()[a][m], t.propensity()[a][m], a, m);
            }
        }
        // several areas: so in each area, and the agenda's terms are the areas' weighted by their choices
        Trajectory areas = recorded(BASELINE, INPUTS, 3);
        int[] choices = BASELINE.agenda().stream().mapToInt(dyad.scenario.IssueArea::choices).toArray();
        for (int a = 0; a < BASELINE.agents().size(); a++) {
            for (int m = 0; m < BASELINE.months(); m++) {
                double whole = 0;
                for (int k = 0; k < choices.length; k++) {
                    assertTermsAddUp(areas.areaContributions()[a][k][m], areas.areaLogOdds()[a][k][m],
                            areas.areaPropensity()[a][k][m], a, m);
                    whole += choices[k] * areas.areaLogOdds()[a][k][m] / BASELINE.issuesPerMonth();
                }
                assertEquals(whole, areas.logOdds()[a][m], 1e-12, "agent " + a + ", month " + m);
            }
        }
    }

    private static void assertTermsAddUp(double[] terms, double logOdds, double propensity, int a, int m) {
        assertEquals(RULES, terms.length);
        double sum = 0;
        for (double term : terms) {
            sum += term;
        }
        // added in the order of the rules, as the propensity adds them: the same bits
        assertEquals(logOdds, sum, 0.0, "agent " + a + ", month " + m);
        // the propensity is the logistic of the sum, neither clamped nor shifted
        assertEquals(logit(propensity), sum, 1e-9, "agent " + a + ", month " + m);
    }

    @Test
    void recordingTheTermsChangesNoBitOfTheRun() {
        Trajectory plain = Replay.replicate(BASELINE, INPUTS, BASELINE.seed(), 5);
        Trajectory recorded = recorded(BASELINE, INPUTS, 5);
        assertArrayEquals(plain.index(), recorded.index());
        for (int a = 0; a < BASELINE.agents().size(); a++) {
            assertArrayEquals(plain.propensity()[a], recorded.propensity()[a]);
            assertArrayEquals(plain.trust()[a], recorded.trust()[a]);
            assertArrayEquals(plain.grievance()[a], recorded.grievance()[a]);
            assertArrayEquals(plain.cooperationShare()[a], recorded.cooperationShare()[a]);
        }
        RunSummary without = Replay.run(BASELINE, INPUTS, BASELINE.seed(), 20);
        RunSummary with = Replay.run(BASELINE, INPUTS, BASELINE.seed(), 20, ReplicationListener.NONE, true);
        assertArrayEquals(without.index(), with.index());
        assertArrayEquals(without.indexP5(), with.indexP5());
        assertArrayEquals(without.propensity()[1], with.propensity()[1]);
        assertFalse(without.contributions().isPresent(), "a replay records the terms only when asked");
        assertTrue(with.contributions().isPresent());
    }

    @Test
    void theMeansAreSumsInReplicationOrderAndTheMeanTermsAddUpToTheMeanLogOdds() {
        int replications = 12;
        Contributions mean = Replay.run(BASELINE, INPUTS, BASELINE.seed(), replications, ReplicationListener.NONE,
                true).contributions().orElseThrow();
        int agents = BASELINE.agents().size();
        double[][][] termSums = new double[agents][BASELINE.months()][RULES];
        double[][] logOddsSums = new double[agents][BASELINE.months()];
        for (int r = 0; r < replications; r++) {
            Trajectory t = recorded(BASELINE, INPUTS, r);
            for (int a = 0; a < agents; a++) {
                for (int m = 0; m < BASELINE.months(); m++) {
                    logOddsSums[a][m] += t.logOdds()[a][m];
                    for (int k = 0; k < RULES; k++) {
                        termSums[a][m][k] += t.contributions()[a][m][k];
                    }
                }
            }
        }
        for (int a = 0; a < agents; a++) {
            for (int m = 0; m < BASELINE.months(); m++) {
                assertEquals(logOddsSums[a][m] / replications, mean.logOdds()[a][m], 0.0);
                double sumOfMeans = 0;
                for (int k = 0; k < RULES; k++) {
                    assertEquals(termSums[a][m][k] / replications, mean.terms()[a][m][k], 0.0);
                    sumOfMeans += mean.terms()[a][m][k];
                }
                // the mean of the sums is the sum of the means, up to rounding
                assertEquals(mean.logOdds()[a][m], sumOfMeans, 1e-12, "agent " + a + ", month " + m);
            }
        }
    }

    @Test
    void aRuleWithWeightZeroContributesZeroEveryMonth(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("no-reciprocity.yaml"), String.join("\n",
                "extends: " + Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath(),
                "name: no-reciprocity", "agents:", "  russia:", "    weights: {reciprocity: 0}", ""));
        Scenario scenario = ScenarioLoader.load(file).withSeedAndReplications(11, 10);
        Contributions mean = Replay.run(scenario, ExogenousInputs.of(scenario), 11, 10, ReplicationListener.NONE,
                true).contributions().orElseThrow();
        int reciprocity = RuleSet.STANDARD.keys().indexOf("reciprocity");
        int russia = scenario.agentIndex("russia");
        int usa = scenario.agentIndex("usa");
        boolean usaReciprocates = false;
        for (int m = 0; m < scenario.months(); m++) {
            assertEquals(0.0, mean.terms()[russia][m][reciprocity], "month " + m);
            usaReciprocates |= mean.terms()[usa][m][reciprocity] != 0;
        }
        assertTrue(usaReciprocates, "the other agent's weight is not 0");
    }
}
