package dyad.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.analysis.MeanPathReplay;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.FactSeries;
import dyad.scenario.FactSpec;
import dyad.scenario.FactTest;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Text;
import dyad.scenario.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Facts on an issue area's index or an agent's share in an area, and {@code any}, checked on real runs. */
class AreaFactsTest {

    static final Scenario SMALL_AREAS = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small-areas.yaml"));
    static final Window YEAR_2001 = Window.of("2001-01", "2001-12");

    private static Fact fact(List<Fact> facts, String id) {
        return facts.stream().filter(fact -> fact.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFactOnAnAreaPassesAndOneFailsOnTheSmallScenario() {
        RunSummary run = Replay.run(SMALL_AREAS);
        List<Fact> facts = FactCheck.check(SMALL_AREAS, run, ReplicationListener.NONE);
        Fact partners = fact(facts, "partners");
        assertEquals(Fact.Verdict.PASS, partners.verdict(), partners.evidence());
        // the share in an area is that of the run's own area paths, by the area's place among the scenario's
        double climate = YEAR_2001.mean(SMALL_AREAS, run.areas().orElseThrow().share()[1][0]);
        assertEquals(String.format(java.util.Locale.ROOT,
                "beta's cooperation share in climate 2001-01..2001-12 = %.3f (needs 0.500..1.000)", climate),
                partners.evidence());
        Fact rivals = fact(facts, "rivals");
        assertFalse(rivals.holds(), rivals.evidence());
        assertEquals(Fact.Verdict.FAILS_AS_EXPECTED, rivals.verdict());
        assertTrue(rivals.evidence().startsWith("mean in trade 2001-01..2001-12 = -"), rivals.evidence());
        assertEquals(Fact.Verdict.PASS, fact(facts, "partners_and_rivals").verdict());
    }

    @Test
    void theEvidenceNamesAreasByTheirLabelsInOtherLanguages() {
        List<Fact> facts = FactCheck.check(SMALL_AREAS, Replay.run(SMALL_AREAS), ReplicationListener.NONE);
        assertTrue(fact(facts, "partners").evidence(Language.of("zh-TW")).startsWith("乙在氣候的合作比例 2001-01..2001-12 = "),
                fact(facts, "partners").evidence(Language.of("zh-TW")));
        assertTrue(fact(facts, "rivals").evidence(Language.of("zh-TW")).startsWith("貿易的平均 2001-01..2001-12 = "),
                fact(facts, "rivals").evidence(Language.of("zh-TW")));
    }

    private static Fact checked(FactTest test, RunPaths run) {
        return FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""), test), run, Map.of());
    }

    @Test
    void anyHoldsWhenAtLeastOnePartHoldsAndShowsThePartThatHoldsOrEveryPartThatFails() {
        RunPaths run = RunPaths.of(SMALL_AREAS, Replay.run(SMALL_AREAS));
        FactSeries climate = FactSeries.share("beta", "climate");
        FactSeries trade = FactSeries.share("beta", "trade");
        FactTest cooperates = new FactTest.MeanWithin(climate, YEAR_2001, 0.5, 1);
        FactTest cooperatesInTrade = new FactTest.MeanWithin(trade, YEAR_2001, 0.5, 1);
        FactTest resistsInClimate = new FactTest.MeanWithin(climate, YEAR_2001, 0, 0.2);
        assertTrue(checked(new FactTest.Any(List.of(cooperatesInTrade, cooperates)), run).holds());
        assertFalse(checked(new FactTest.Any(List.of(cooperatesInTrade, resistsInClimate)), run).holds());
        // when it holds, the evidence is the part that makes it hold, alone
        Fact either = checked(new FactTest.Any(List.of(cooperatesInTrade, cooperates)), run);
        assertEquals(1, either.evidence().split(" or ").length, either.evidence());
        assertTrue(either.evidence().startsWith("beta's cooperation share in climate 2001-01..2001-12 = "),
                either.evidence());
        // when it fails, every part, so that one sees how far each fell short
        Fact neither = checked(new FactTest.Any(List.of(cooperatesInTrade, resistsInClimate)), run);
        assertEquals(2, neither.evidence().split(" or ").length, neither.evidence());
        assertTrue(neither.evidence().startsWith("beta's cooperation share in trade 2001-01..2001-12 = "),
                neither.evidence());
        // an all inside an any is put in parentheses, as its parts are separated like those of an outer all
        Fact nested = checked(new FactTest.Any(List.of(new FactTest.All(List.of(cooperates, cooperatesInTrade)),
                resistsInClimate)), run);
        assertFalse(nested.holds());
        assertTrue(nested.evidence().startsWith("(beta's cooperation share in climate"), nested.evidence());
        assertTrue(nested.evidence().contains("(needs 0.500..1.000)) or beta's"), nested.evidence());
        assertTrue(FactCheck.holds(new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""),
                new FactTest.Any(List.of(resistsInClimate, cooperates))), run, Map.of()));
    }

    @Test
    void anAreaIndexIsTheMeanOverAgentsOfTheirStancesInTheArea() {
        RunPaths run = RunPaths.of(SMALL_AREAS, Replay.run(SMALL_AREAS));
        double[] trade = run.series(FactSeries.areaIndex("trade"));
        double[] alpha = run.series(FactSeries.share("alpha", "trade"));
        double[] beta = run.series(FactSeries.share("beta", "trade"));
        for (int m = 0; m < trade.length; m++) {
            assertEquals((2 * alpha[m] - 1 + 2 * beta[m] - 1) / 2, trade[m], 1e-12, "month " + m);
        }
    }

    /** Calibration and region analyses replay mean paths themselves: with the same areas, to the bit. */
    @Test
    void theMeanPathReplayOfAnalysesKeepsTheAreasAsARunDoes() throws Exception {
        RunPaths run = RunPaths.of(SMALL_AREAS, Replay.run(SMALL_AREAS));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            RunPaths replayed = new MeanPathReplay(SMALL_AREAS.seed(), SMALL_AREAS.replications(), pool, 3)
                    .meanPath(SMALL_AREAS);
            assertArrayEquals(run.index(), replayed.index());
            for (int k = 0; k < SMALL_AREAS.areas().size(); k++) {
                assertArrayEquals(run.areaIndex()[k], replayed.areaIndex()[k], "area " + k);
                for (int a = 0; a < SMALL_AREAS.agents().size(); a++) {
                    assertArrayEquals(run.areaShare()[a][k], replayed.areaShare()[a][k], "agent " + a + ", area " + k);
                }
            }
            for (FactSpec fact : SMALL_AREAS.facts()) {
                assertEquals(FactCheck.holds(fact, run, Map.of()), FactCheck.holds(fact, replayed, Map.of()), fact.id());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
