package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.scenario.BadInput;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A sweep file is checked whole before anything runs: what would fail later is refused at its line. */
class SweepLoaderTest {

    static final Path SWEEPS = Path.of("src/test/resources/sweeps");

    static Stream<Arguments> badSweeps() {
        return Stream.of(
                Arguments.of("empty-metrics.yaml", "empty-metrics.yaml:7:10", "metrics",
                        "name at least one metric group: mean_index, windows, phases, end_index, shares,"
                                + " window_shares, area_index, area_shares, facts (or leave 'metrics' out to record"
                                + " all but window_shares, area_index, area_shares)"),
                Arguments.of("area-metrics-without-areas.yaml", "area-metrics-without-areas.yaml:7:23", "metrics[1]",
                        "'area_index' records each issue area, but the base scenario declares no areas ('areas' at"
                                + " its top)"),
                Arguments.of("no-metric-here.yaml", "no-metric-here.yaml:7:10", "metrics",
                        "the metric groups named give no metric for this scenario"),
                Arguments.of("window-like-phase.yaml", "window-like-phase.yaml:8:3", "windows",
                        "two metrics would be called 'mean_index_interaction_i1' (a window and a phase, or two phases"
                                + " whose ids differ only in case or '-'): rename one"),
                Arguments.of("paired-low-oil-elsewhere.yaml", "paired-low-oil-elsewhere.yaml:7:17", "paired_low_oil",
                        "paired low-oil runs are now the twins of the scenario's facts: write 'twins: true'"),
                Arguments.of("fact-named-like-a-column.yaml", "fact-named-like-a-column.yaml:7:10", "metrics",
                        "the scenario's fact 'status' would be recorded as 'status', which is already a column of"
                                + " runs.csv"),
                Arguments.of("twins-without-twin.yaml", "twins-without-twin.yaml:7:8", "twins",
                        "the base scenario's facts name no twin scenario to replay"),
                Arguments.of("duplicate-fan-point.yaml", "duplicate-fan-point.yaml:7:28", "chart.fan_points[2]",
                        "point 0 is listed twice"),
                Arguments.of("fractional-grid.yaml", "fractional-grid.yaml:5:3", "parameters.issues_per_month",
                        "a whole-number field, but the grid from 4 to 8 in 4 steps gives 5.333333333333333: choose"
                                + " min, max and steps so that every step is a whole number"),
                Arguments.of("fractional-values.yaml", "fractional-values.yaml:4:3",
                        "parameters.events.september-11.effects[0].hold_months",
                        "a whole-number field, but 1.5 is not a whole number"),
                Arguments.of("sampled-whole-number.yaml", "sampled-whole-number.yaml:6:3",
                        "parameters.issues_per_month", "a whole-number field, but the random design draws fractions"
                                + " from min to max: list its values ({values: [1, 2, 3]}) or use a grid whose steps"
                                + " are whole numbers"),
                Arguments.of("missing-seed.yaml", "missing-seed.yaml:1:1", "seed", "required field is missing"),
                Arguments.of("missing-replications.yaml", "missing-replications.yaml:1:1", "replications",
                        "required field is missing"),
                Arguments.of("huge-grid.yaml", "huge-grid.yaml:4:3", "parameters",
                        "the grid has at least 1,000,000,000,000 points, which with 1 replication is more than the"
                                + " 100,000,000 runs a sweep may have"),
                Arguments.of("empty-label.yaml", "empty-label.yaml:4:61", "parameters.agents.russia.oil_dependence.label",
                        "a label cannot be empty: write the words the charts should show, or leave the label out for"
                                + " the one Dyad derives from the scenario"),
                Arguments.of("label-as-list.yaml", "label-as-list.yaml:4:61",
                        "parameters.agents.russia.oil_dependence.label",
                        "expected a text, or a mapping of language tags (en, zh-TW) to texts, found a list"),
                Arguments.of("label-in-unknown-language.yaml", "label-in-unknown-language.yaml:6:42",
                        "parameters.agents.russia.oil_dependence.label.zh-CN",
                        "unknown language; use one of en, zh-TW; did you mean 'zh-TW'?"),
                Arguments.of("label-of-unknown-metric.yaml", "label-of-unknown-metric.yaml:11:3",
                        "labels.mean_index_2004", "'mean_index_2004' is not a metric of this sweep; its metrics are"
                                + " mean_index, mean_index_2004_2007,"),
                Arguments.of("label-of-near-metric.yaml", "label-of-near-metric.yaml:10:3",
                        "labels.mean_index_2004_2008", "'mean_index_2004_2008' is not a metric of this sweep; did you"
                                + " mean 'mean_index_2004_2007'? Its metrics are mean_index, mean_index_2004_2007, "),
                Arguments.of("misspelled-default.yaml", "misspelled-default.yaml:4:3",
                        "parameters.agents.alpha.forgivness", "has no parameter at this path (neither written nor with a"
                                + " default); did you mean 'agents.alpha.forgiveness'?"),
                Arguments.of("unknown-agent.yaml", "unknown-agent.yaml:4:3", "parameters.agents.alpah.forgiveness",
                        "has no parameter at this path (neither written nor with a default); did you mean"
                                + " 'agents.alpha'?"),
                Arguments.of("window-backwards.yaml", "window-backwards.yaml:8:14", "windows.w.start",
                        "the window starts (2008-01) after it ends (2007-12): start must be on or before end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSweeps")
    void badSweepFilesNameFileLineAndField(String file, String location, String field, String problem) {
        BadInput.assertReported(() -> SweepLoader.load(SWEEPS.resolve("bad").resolve(file)), location, field, problem);
    }

    @Test
    void aLongListOfMetricsIsCutShort() {
        BadInput.assertReported(() -> SweepLoader.load(SWEEPS.resolve("bad").resolve("label-of-unknown-metric.yaml")),
                "label-of-unknown-metric.yaml:11:3", "labels.mean_index_2004", ", … (a parameter's label goes under"
                        + " the parameter");
    }

    @Test
    void wholeNumberFieldsMayBeSweptOverWholeNumbers() {
        SweepSpec spec = SweepLoader.load(SWEEPS.resolve("whole-numbers.yaml"));
        List<double[]> points = spec.design().points(spec.parameters(), spec.seed());
        assertEquals(6, points.size());
        assertEquals(List.of(4.0, 6.0, 8.0), spec.parameters().get(0).gridValues());
        SweepPlan plan = SweepPlan.of(spec, false);
        assertEquals(6, plan.scenarioAt(2).issuesPerMonth());
        assertEquals(6, plan.scenarioAt(3).events().stream().filter(e -> e.id().equals("september-11")).findFirst()
                .orElseThrow().effects().get(0).holdMonths());
    }

    @Test
    void aFieldTheScenarioLeavesAtItsDefaultIsSweptFromThatDefault() {
        SweepSpec spec = SweepLoader.load(SWEEPS.resolve("defaults.yaml"));
        // small.yaml writes none of these: forgiveness 0, no aspiration weight for alpha, beta's memory half-life 2
        assertEquals(List.of(0.0, 0.0, 2.0), spec.parameters().stream().map(SweepParameter::base).toList());
        SweepPlan plan = SweepPlan.of(spec, false);
        int last = plan.points().size() - 1;
        assertEquals(0.5, plan.scenarioAt(last).agents().get(0).forgiveness());
        assertEquals(1.0, plan.scenarioAt(last).agents().get(0).weights().get("aspiration"));
        assertEquals(6.0, plan.scenarioAt(last).agents().get(1).memoryHalfLife());
        assertEquals(0.0, plan.scenarioAt(0).agents().get(0).forgiveness());
    }
}
