package dyad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.FactSpec;
import dyad.scenario.Text;
import dyad.scenario.FactSeries;
import dyad.scenario.FactTest;
import dyad.scenario.ParameterPath;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Window;
import dyad.scenario.YamlValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FactCheckTest {

    static final Path BASELINE_FILE = Path.of("scenarios/us-russia-1992-2007.yaml");
    static final Scenario BASELINE = ScenarioLoader.load(BASELINE_FILE);
    static final Scenario SMALL = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"));

    /**
     * The facts that read the outlook for 2004-2007 area by area. They report what the replay shows, whichever way
     * it comes out; the tests of the story's robustness below are about the stylized facts SF1-SF7, which the
     * baseline was set to show.
     */
    static final java.util.Set<String> OUTLOOK = java.util.Set.of("partners_and_rivals", "leans_both_ways");

    /** The facts of the story: all but the outlook's. */
    static List<Fact> story(List<Fact> facts) {
        return facts.stream().filter(fact -> !OUTLOOK.contains(fact.id())).toList();
    }

    static List<Fact> check(Scenario scenario) {
        return FactCheck.check(scenario, Replay.run(scenario), ReplicationListener.NONE);
    }

    static String failures(List<Fact> facts) {
        return facts.stream().filter(f -> !f.asExpected()).map(f -> f.id() + ": " + f.evidence())
                .collect(Collectors.joining("; "));
    }

    @Test
    void theBaselinePassesItsSevenFactsWithItsDefaults() {
        List<Fact> facts = check(BASELINE);
        assertEquals(List.of("SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7", "partners_and_rivals",
                "leans_both_ways"), facts.stream().map(Fact::id).toList());
        List<Fact> story = story(facts);
        assertEquals(7, story.size());
        assertTrue(story.stream().allMatch(fact -> fact.verdict() == Fact.Verdict.PASS), () -> failures(story));
        // the outlook is read from Russia's share in each area
        Fact outlook = facts.get(7);
        assertTrue(outlook.evidence().contains("russia's cooperation share in arms_control 2004-01..2007-12 = "),
                outlook.evidence());
    }

    /**
     * The facts moved from code into the scenario file with the same numbers: every verdict is as before, and
     * every number the earlier check reported appears in the same fact's evidence now.
     */
    @Test
    void theBaselineFactsGiveTheNumbersTheEarlierCheckGave() throws IOException {
        Scenario beforeAreas = ScenarioLoader.load(Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml"));
        Map<String, Fact> facts = check(beforeAreas).stream().collect(Collectors.toMap(Fact::id, fact -> fact));
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/paper-check-before-facts.csv"),
                StandardCharsets.UTF_8);
        Pattern decimal = Pattern.compile("[-+]?\\d+\\.\\d+");
        for (String line : lines.subList(1, lines.size())) {
            String id = line.substring(0, line.indexOf(','));
            Fact fact = facts.get(id);
            assertTrue(line.contains(",pass,"), line);
            assertEquals(Fact.Verdict.PASS, fact.verdict(), id);
            Matcher numbers = decimal.matcher(line.substring(line.indexOf(",pass,")));
            while (numbers.find()) {
                assertTrue(fact.evidence().contains(numbers.group()), id + ": " + numbers.group() + " not in "
                        + fact.evidence());
            }
        }
    }

    /** Asserts that every fact comes out as expected for at least {@code needed} of the scenarios. */
    static void assertMostPass(List<Scenario> scenarios, int needed) {
        int passing = 0;
        StringBuilder failed = new StringBuilder();
        for (int i = 0; i < scenarios.size(); i++) {
            List<Fact> facts = story(check(scenarios.get(i)));
            if (facts.stream().allMatch(Fact::asExpected)) {
                passing++;
            } else {
                failed.append("case ").append(i).append(": ").append(failures(facts)).append('\n');
            }
        }
        assertTrue(passing >= needed, passing + " of " + scenarios.size() + " pass\n" + failed);
    }

    @Test
    void theBaselinePassesForAtLeastNineOfTenOtherSeeds() {
        assertMostPass(java.util.stream.LongStream.rangeClosed(1, 10)
                .mapToObj(seed -> BASELINE.withSeedAndReplications(seed, BASELINE.replications())).toList(), 9);
    }

    /** The story must not hinge on one tuned point: every behavioural weight moved by up to ±20 %. */
    @Test
    void theStoryHoldsWhenEveryWeightMovesByTwentyPercent() {
        Random random = new Random(2007);
        ScenarioLoader.Template template = ScenarioLoader.template(BASELINE_FILE);
        List<Scenario> draws = new ArrayList<>();
        for (int draw = 0; draw < 10; draw++) {
            Map<String, Double> overrides = new LinkedHashMap<>();
            for (var agent : BASELINE.agents()) {
                String weights = "agents." + agent.id() + ".weights";
                YamlValue.Mapping written = (YamlValue.Mapping) ParameterPath.get(template.tree(), weights).orElseThrow();
                written.entries().forEach((key, value) -> overrides.put(weights + "." + key,
                        Double.parseDouble(((YamlValue.Scalar) value).text()) * (1 + 0.2 * (2 * random.nextDouble() - 1))));
            }
            draws.add(template.bind(overrides));
        }
        assertMostPass(draws, 9);
    }

    @Test
    void eachCounterfactualBreaksOnlyTheFactsItExpectsToBreak() {
        for (String name : List.of("counterfactual-no-9-11", "counterfactual-low-oil",
                "counterfactual-no-nato-enlargement")) {
            List<Fact> facts = story(check(ScenarioLoader.load(Path.of("scenarios", name + ".yaml"))));
            assertTrue(facts.stream().allMatch(Fact::asExpected), name + ": " + failures(facts));
        }
        List<Fact> no911 = check(ScenarioLoader.load(Path.of("scenarios/counterfactual-no-9-11.yaml")));
        assertEquals(Fact.Verdict.FAILS_AS_EXPECTED, no911.get(2).verdict(), "SF3 " + no911.get(2));
    }

    /** A counterfactual's twin is the counterfactual with the twin's changes, not the baseline's twin. */
    @Test
    void aCounterfactualIsComparedWithItsOwnTwin() {
        Scenario no911 = ScenarioLoader.load(Path.of("scenarios/counterfactual-no-9-11.yaml"));
        TwinScenarioCheck.assertTwinOf(no911, "counterfactual-low-oil");
    }

    @Test
    void withoutNatoEnlargementTheLateNinetiesAreWarmer() {
        Scenario noNato = ScenarioLoader.load(Path.of("scenarios/counterfactual-no-nato-enlargement.yaml"));
        Window lateNineties = Window.of("1997-01", "2000-12");
        double baseline = lateNineties.mean(BASELINE, Replay.run(BASELINE).index());
        double counterfactual = lateNineties.mean(noNato, Replay.run(noNato).index());
        assertTrue(counterfactual > baseline, counterfactual + " vs " + baseline);
    }

    @Test
    void aFactFailsWhenTheStoryIsNotThere() {
        Scenario flat = ScenarioLoader.load(BASELINE_FILE, Map.of(
                "agents.usa.weights.shared_interest", 0.0, "agents.russia.weights.shared_interest", 0.0));
        List<Fact> facts = check(flat);
        assertTrue(facts.stream().anyMatch(f -> f.id().equals("SF3") && f.verdict() == Fact.Verdict.FAIL),
                "without shared interest there is no post-9/11 warming: " + facts);
    }

    @Test
    void crossCorrelationFindsTheLeader() {
        double[] leader = new double[60];
        double[] follower = new double[60];
        for (int t = 0; t < 60; t++) {
            leader[t] = Math.sin(t / 5.0);
            follower[t] = Math.sin((t - 3) / 5.0);
        }
        assertEquals(3, CrossCorrelation.peakLag(CrossCorrelation.of(leader, follower, 12), 12));
        assertEquals(-3, CrossCorrelation.peakLag(CrossCorrelation.of(follower, leader, 5), 5));
    }

    /** Sweeps check facts without their evidence: the verdicts must be the same, for passing and failing facts. */
    @Test
    void checkingWithoutEvidenceGivesTheSameVerdicts() {
        for (String name : List.of("us-russia-1992-2007", "counterfactual-no-9-11")) {
            Scenario scenario = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"));
            RunSummary run = Replay.run(scenario);
            RunPaths paths = RunPaths.of(scenario, run);
            Map<String, RunPaths> twins = new LinkedHashMap<>();
            for (dyad.scenario.TwinScenario twin : FactCheck.twins(scenario)) {
                twins.put(twin.name(), RunPaths.of(twin.scenario(), Replay.run(twin.scenario(),
                        dyad.model.ExogenousInputs.of(twin.scenario()), scenario.seed(), scenario.replications())));
            }
            for (FactSpec fact : scenario.facts()) {
                assertEquals(FactCheck.check(fact, paths, twins).holds(), FactCheck.holds(fact, paths, twins),
                        name + " " + fact.id());
            }
        }
    }

    @Test
    void aScenarioWithoutFactsHasNothingToCheck() {
        assertEquals(List.of(), check(SMALL));
    }

    // ---- the vocabulary, on made-up paths over small.yaml's two years (2000-2001) ----

    private static final Window FIRST_HALF = Window.of("2000-01", "2000-06");
    private static final Window SECOND_HALF = Window.of("2000-07", "2000-12");

    /** An index rising by 0.01 a month from -0.5; alpha's share the index shifted up, beta's alpha's 2 months later. */
    private static RunPaths rising() {
        double[] index = new double[24];
        double[] alpha = new double[24];
        double[] beta = new double[24];
        for (int m = 0; m < 24; m++) {
            index[m] = -0.5 + 0.01 * m + 0.2 * Math.sin(m);
            alpha[m] = 0.5 + 0.3 * Math.sin(m / 2.0);
            beta[m] = 0.5 + 0.3 * Math.sin((m - 2) / 2.0);
        }
        return new RunPaths(SMALL, index, new double[][] {alpha, beta});
    }

    private static Fact checked(FactTest test) {
        return FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""), test), rising(), Map.of());
    }

    @Test
    void meanAboveComparesTwoWindowsWithAnOptionalMargin() {
        RunPaths paths = rising();
        double rise = paths.mean(FactSeries.INDEX, SECOND_HALF) - paths.mean(FactSeries.INDEX, FIRST_HALF);
        assertTrue(checked(new FactTest.MeanAbove(FactSeries.INDEX, SECOND_HALF, FIRST_HALF, OptionalDouble.empty())).holds());
        assertFalse(checked(new FactTest.MeanAbove(FactSeries.INDEX, FIRST_HALF, SECOND_HALF, OptionalDouble.empty())).holds());
        assertTrue(checked(new FactTest.MeanAbove(FactSeries.INDEX, SECOND_HALF, FIRST_HALF, OptionalDouble.of(rise))).holds());
        assertFalse(checked(new FactTest.MeanAbove(FactSeries.INDEX, SECOND_HALF, FIRST_HALF,
                OptionalDouble.of(rise + 1e-9))).holds());
    }

    @Test
    void meanBelowNeedsToBeBelowEveryOtherWindow() {
        Window lastYear = Window.of("2001-01", "2001-12");
        assertTrue(checked(new FactTest.MeanBelow(FactSeries.INDEX, FIRST_HALF, List.of(SECOND_HALF, lastYear))).holds());
        assertFalse(checked(new FactTest.MeanBelow(FactSeries.INDEX, SECOND_HALF, List.of(FIRST_HALF, lastYear))).holds());
    }

    @Test
    void meanWithinReadsAnAgentsShare() {
        RunPaths paths = rising();
        double share = paths.mean(FactSeries.share("alpha"), FIRST_HALF);
        assertTrue(checked(new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, share - 0.01, share + 0.01)).holds());
        assertFalse(checked(new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, share + 0.01, 1)).holds());
        assertTrue(checked(new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, 0, 1)).evidence().contains("alpha's"));
    }

    @Test
    void extremeYearsFindTheLowestAndTheHighest() {
        assertTrue(checked(new FactTest.ExtremeYear(FactSeries.INDEX, true, 2000, 2001, List.of(2000))).holds());
        assertFalse(checked(new FactTest.ExtremeYear(FactSeries.INDEX, true, 2000, 2001, List.of(2001))).holds());
        Fact highest = checked(new FactTest.ExtremeYear(FactSeries.INDEX, false, 2000, 2001, List.of(2001)));
        assertTrue(highest.holds());
        assertTrue(highest.evidence().startsWith("highest yearly mean of 2000-2001 in 2001"), highest.evidence());
    }

    @Test
    void leadsFindsThePeakLagInTheRange() {
        assertTrue(checked(new FactTest.Leads(FactSeries.share("alpha"), FactSeries.share("beta"), 1, 3)).holds());
        assertFalse(checked(new FactTest.Leads(FactSeries.share("alpha"), FactSeries.share("beta"), 3, 6)).holds());
        assertFalse(checked(new FactTest.Leads(FactSeries.share("beta"), FactSeries.share("alpha"), 1, 3)).holds());
        assertTrue(checked(new FactTest.Leads(FactSeries.share("beta"), FactSeries.share("alpha"), -3, -1)).holds());
    }

    @Test
    void leadsOverAWindowCorrelatesOnlyItsMonths() {
        RunPaths paths = rising();
        // from 2001 on, beta moves with alpha: over 2001 alone the peak is at lag 0, over both years at lag 2
        double[][] shares = paths.cooperationShare();
        double[] beta = shares[1].clone();
        System.arraycopy(shares[0], 12, beta, 12, 12);
        RunPaths moved = new RunPaths(SMALL, paths.index(), new double[][] {shares[0], beta});
        Window lastYear = Window.of("2001-01", "2001-12");
        FactTest whole = new FactTest.Leads(FactSeries.share("alpha"), FactSeries.share("beta"), 1, 3);
        FactTest within = new FactTest.Leads(FactSeries.share("alpha"), FactSeries.share("beta"), 1, 3, java.util.Optional.of(lastYear));
        Fact overBoth = FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""), whole), moved, Map.of());
        Fact overOne = FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""), within), moved, Map.of());
        assertTrue(overBoth.holds(), overBoth.evidence());
        assertFalse(overOne.holds(), overOne.evidence());
        assertTrue(overOne.evidence().startsWith("cross-correlation over 2001-01..2001-12 of alpha's"), overOne.evidence());
        assertTrue(overOne.evidence().contains("peaks at lag +0"), overOne.evidence());
    }

    @Test
    void allHoldsOnlyWhenEveryPartHolds() {
        FactTest yes = new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, 0, 1);
        FactTest no = new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, 0.99, 1);
        assertTrue(checked(new FactTest.All(List.of(yes, yes))).holds());
        Fact mixed = checked(new FactTest.All(List.of(yes, no)));
        assertFalse(mixed.holds());
        assertEquals(2, mixed.evidence().split("; ").length, mixed.evidence());
    }

    @Test
    void aFactExpectedToFailFailsAsExpected() {
        FactTest no = new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, 0.99, 1);
        Fact fact = FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), false, Text.of("why"), no), rising(), Map.of());
        assertEquals(Fact.Verdict.FAILS_AS_EXPECTED, fact.verdict());
        assertTrue(fact.asExpected());
        Fact surprise = FactCheck.check(new FactSpec("F", Text.of("f"), Text.of("test"), false, Text.of("why"),
                new FactTest.MeanWithin(FactSeries.share("alpha"), FIRST_HALF, 0, 1)), rising(), Map.of());
        assertEquals(Fact.Verdict.PASSES_UNEXPECTEDLY, surprise.verdict());
        assertFalse(surprise.asExpected());
        assertEquals("fails-as-expected", Fact.Verdict.FAILS_AS_EXPECTED.key());
        assertEquals("passes-unexpectedly", Fact.Verdict.PASSES_UNEXPECTEDLY.key());
    }

    @Test
    void twinFactsCompareTheSameMonthsOfTheTwin() {
        RunPaths run = rising();
        double[][] moreAlpha = {run.cooperationShare()[0].clone(), run.cooperationShare()[1]};
        Arrays.setAll(moreAlpha[0], m -> moreAlpha[0][m] + 0.1);
        RunPaths twinPaths = new RunPaths(SMALL, run.index(), moreAlpha);
        dyad.scenario.TwinScenario twin = new dyad.scenario.TwinScenario("twin", SMALL);
        FactSpec higher = new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""),
                new FactTest.Twin(FactSeries.share("alpha"), FIRST_HALF, true, twin));
        FactSpec lower = new FactSpec("F", Text.of("f"), Text.of("test"), true, Text.of(""),
                new FactTest.Twin(FactSeries.share("alpha"), FIRST_HALF, false, twin));
        assertTrue(FactCheck.check(higher, run, Map.of("twin", twinPaths)).holds());
        assertFalse(FactCheck.check(lower, run, Map.of("twin", twinPaths)).holds());
    }
}
