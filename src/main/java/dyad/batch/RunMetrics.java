package dyad.batch;

import dyad.check.Fact;
import dyad.check.PaperCheck;
import dyad.check.Window;
import dyad.model.Trajectory;
import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The metrics a sweep records for one run (one replication at one point), named and in a fixed order. */
public final class RunMetrics {

    private RunMetrics() {
    }

    public static List<String> names(SweepSpec spec, Scenario scenario) {
        List<String> names = new ArrayList<>();
        if (spec.metrics().contains(MetricGroup.MEAN_INDEX)) {
            names.add("mean_index");
        }
        if (spec.metrics().contains(MetricGroup.WINDOWS)) {
            spec.windows().keySet().forEach(id -> names.add("mean_index_" + id));
        }
        if (spec.metrics().contains(MetricGroup.PHASES)) {
            for (Periodisation periodisation : scenario.periodisations()) {
                for (Phase phase : periodisation.phases()) {
                    names.add(phaseMetric(periodisation, phase));
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.END_INDEX)) {
            names.add("end_index");
        }
        if (spec.metrics().contains(MetricGroup.SHARES)) {
            scenario.agents().forEach(agent -> names.add(agent.id() + "_cooperation_share"));
        }
        if (spec.metrics().contains(MetricGroup.PAPER_CHECK) && PaperCheck.applies(scenario)) {
            for (int fact = 1; fact <= 6; fact++) {
                names.add("sf" + fact);
            }
            if (spec.pairedLowOil()) {
                names.add("sf7");
            }
        }
        return names;
    }

    /** The metric the charts show unless the sweep names one: the 2004–2007 mean if recorded, else the first. */
    public static String defaultChartMetric(SweepSpec spec, Scenario scenario) {
        List<String> names = names(spec, scenario);
        if (spec.chartMetric() != null) {
            return spec.chartMetric();
        }
        return names.contains("mean_index_2004_2007") ? "mean_index_2004_2007" : names.get(0);
    }

    /**
     * The metrics of one run, in the order of {@link #names}.
     *
     * @param lowOil the same run on the low-oil path, or null when the sweep has no paired runs
     */
    public static double[] compute(SweepSpec spec, Scenario scenario, Trajectory run, Trajectory lowOil) {
        int phases = scenario.periodisations().stream().mapToInt(p -> p.phases().size()).sum();
        double[] values = new double[2 + spec.windows().size() + phases + scenario.agents().size() + 7];
        int next = 0;
        double[] index = run.index();
        if (spec.metrics().contains(MetricGroup.MEAN_INDEX)) {
            values[next++] = Window.mean(index, 0, index.length - 1);
        }
        if (spec.metrics().contains(MetricGroup.WINDOWS)) {
            for (Map.Entry<String, Window> window : spec.windows().entrySet()) {
                values[next++] = window.getValue().mean(scenario, index);
            }
        }
        if (spec.metrics().contains(MetricGroup.PHASES)) {
            for (Periodisation periodisation : scenario.periodisations()) {
                for (Phase phase : periodisation.phases()) {
                    values[next++] = Window.mean(index, scenario.monthIndex(phase.start()),
                            scenario.monthIndex(phase.end()));
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.END_INDEX)) {
            values[next++] = index[index.length - 1];
        }
        if (spec.metrics().contains(MetricGroup.SHARES)) {
            for (double[] share : run.cooperationShare()) {
                values[next++] = Window.mean(share, 0, share.length - 1);
            }
        }
        if (spec.metrics().contains(MetricGroup.PAPER_CHECK) && PaperCheck.applies(scenario)) {
            for (Fact fact : PaperCheck.checkWithoutCounterfactual(scenario, index, run.cooperationShare())) {
                values[next++] = fact.passed() ? 1.0 : 0.0;
            }
            if (spec.pairedLowOil()) {
                int russia = scenario.agentIndex(PaperCheck.RUSSIA);
                Window assertive = PaperCheck.ASSERTIVE_YEARS;
                boolean emboldened = assertive.mean(scenario, lowOil.cooperationShare()[russia])
                        > assertive.mean(scenario, run.cooperationShare()[russia]);
                values[next++] = emboldened ? 1.0 : 0.0;
            }
        }
        return java.util.Arrays.copyOf(values, next);
    }

    static String phaseMetric(Periodisation periodisation, Phase phase) {
        return ("mean_index_" + periodisation.id() + "_" + phase.id()).toLowerCase(Locale.ROOT).replace('-', '_');
    }

}
