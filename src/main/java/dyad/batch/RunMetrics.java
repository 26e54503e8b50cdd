package dyad.batch;

import dyad.check.FactCheck;
import dyad.check.RunPaths;
import dyad.model.Trajectory;
import dyad.scenario.AgentSpec;
import dyad.scenario.FactSpec;
import dyad.scenario.IssueArea;
import dyad.scenario.TwinScenario;
import dyad.scenario.Window;
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
        return columns(spec, scenario).stream().map(Column::name).toList();
    }

    /** The metrics a sweep records for every run, as columns of runs.csv, in order. */
    public static List<Column> columns(SweepSpec spec, Scenario scenario) {
        List<Column> columns = new ArrayList<>();
        String index = Column.Units.INDEX;
        String share = Column.Units.SHARE;
        if (spec.metrics().contains(MetricGroup.MEAN_INDEX)) {
            columns.add(Column.number("mean_index", "the run's mean cooperation index over the whole period", index));
        }
        if (spec.metrics().contains(MetricGroup.WINDOWS)) {
            spec.windows().forEach((id, window) -> columns.add(Column.number(windowMetric(id), "the run's mean"
                    + " cooperation index over window " + id + " (" + window.first() + " to " + window.last() + ")",
                    index)));
        }
        if (spec.metrics().contains(MetricGroup.PHASES)) {
            for (Periodisation periodisation : scenario.periodisations()) {
                for (Phase phase : periodisation.phases()) {
                    columns.add(Column.number(phaseMetric(periodisation, phase), "the run's mean cooperation index"
                            + " over phase " + phase.id() + " of " + periodisation.id() + " (" + phase.start() + " to "
                            + phase.end() + ")", index));
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.END_INDEX)) {
            columns.add(Column.number("end_index", "the run's cooperation index in the last month", index));
        }
        if (spec.metrics().contains(MetricGroup.SHARES)) {
            scenario.agents().forEach(agent -> columns.add(Column.number(shareMetric(agent), "share of "
                    + agent.id() + "'s choices over the period that cooperate", share)));
        }
        if (spec.metrics().contains(MetricGroup.WINDOW_SHARES)) {
            spec.windows().keySet().forEach(id -> scenario.agents().forEach(agent -> columns.add(Column.number(
                    windowShareMetric(agent, id), "share of " + agent.id() + "'s choices over window " + id
                            + " that cooperate", share))));
        }
        if (spec.metrics().contains(MetricGroup.AREA_INDEX)) {
            scenario.areas().forEach(area -> columns.add(Column.number(areaIndexMetric(area), "the run's mean index"
                    + " of issue area " + area.id() + " over the whole period", index)));
            spec.windows().keySet().forEach(id -> scenario.areas().forEach(area -> columns.add(Column.number(
                    areaIndexMetric(area, id), "the run's mean index of issue area " + area.id() + " over window "
                            + id, index))));
        }
        if (spec.metrics().contains(MetricGroup.AREA_SHARES)) {
            scenario.agents().forEach(agent -> scenario.areas().forEach(area -> columns.add(Column.number(
                    areaShareMetric(agent, area), "share of " + agent.id() + "'s choices in issue area " + area.id()
                            + " that cooperate", share))));
            spec.windows().keySet().forEach(id -> scenario.agents().forEach(agent -> scenario.areas().forEach(
                    area -> columns.add(Column.number(areaShareMetric(agent, area, id), "share of " + agent.id()
                            + "'s choices in issue area " + area.id() + " over window " + id + " that cooperate",
                            share)))));
        }
        facts(spec, scenario).forEach(fact -> columns.add(Column.number(factMetric(fact), "1 if the run shows fact "
                + fact.id() + " (" + fact.title().text() + "), 0 if not", null)));
        return columns;
    }

    /** The facts a sweep records for every run, in the scenario's order: twin facts only with twin runs. */
    public static List<FactSpec> facts(SweepSpec spec, Scenario scenario) {
        if (!spec.metrics().contains(MetricGroup.FACTS)) {
            return List.of();
        }
        return scenario.facts().stream().filter(fact -> spec.twins() || fact.test().twins().isEmpty()).toList();
    }

    /** The twin scenarios every run is replayed on. */
    public static List<TwinScenario> twins(SweepSpec spec, Scenario scenario) {
        return spec.twins() ? FactCheck.twins(scenario) : List.of();
    }

    /** A fact's metric: its id in lower case, with '-' as '_'. */
    public static String factMetric(FactSpec fact) {
        return fact.id().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The metric the charts show unless the sweep names one: the first window's mean if recorded, else the first. */
    public static String defaultChartMetric(SweepSpec spec, Scenario scenario) {
        List<String> names = names(spec, scenario);
        if (spec.chartMetric() != null) {
            return spec.chartMetric();
        }
        if (spec.metrics().contains(MetricGroup.WINDOWS) && !spec.windows().isEmpty()) {
            return windowMetric(spec.windows().keySet().iterator().next());
        }
        return names.get(0);
    }

    /**
     * The metrics of one run, in the order of {@link #names}.
     *
     * @param facts the facts recorded, as {@link #facts} gives them
     * @param twins the same run on each twin scenario, for the twin facts
     */
    public static double[] compute(SweepSpec spec, Scenario scenario, Trajectory run, List<FactSpec> facts,
                                   Map<String, RunPaths> twins) {
        int phases = scenario.periodisations().stream().mapToInt(p -> p.phases().size()).sum();
        int areas = scenario.areas().size();
        double[] values = new double[2 + spec.windows().size() + phases
                + (scenario.agents().size() + 1) * (1 + areas) * (1 + spec.windows().size()) + facts.size()];
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
        if (spec.metrics().contains(MetricGroup.WINDOW_SHARES)) {
            for (Window window : spec.windows().values()) {
                for (double[] share : run.cooperationShare()) {
                    values[next++] = window.mean(scenario, share);
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.AREA_INDEX)) {
            // a scenario that declares areas chooses in exactly those, in their order
            for (int k = 0; k < areas; k++) {
                double[] areaIndex = run.areaIndex()[k];
                values[next++] = Window.mean(areaIndex, 0, areaIndex.length - 1);
            }
            for (Window window : spec.windows().values()) {
                for (int k = 0; k < areas; k++) {
                    values[next++] = window.mean(scenario, run.areaIndex()[k]);
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.AREA_SHARES)) {
            for (double[][] byArea : run.areaShare()) {
                for (int k = 0; k < areas; k++) {
                    values[next++] = Window.mean(byArea[k], 0, byArea[k].length - 1);
                }
            }
            for (Window window : spec.windows().values()) {
                for (double[][] byArea : run.areaShare()) {
                    for (int k = 0; k < areas; k++) {
                        values[next++] = window.mean(scenario, byArea[k]);
                    }
                }
            }
        }
        if (!facts.isEmpty()) {
            RunPaths paths = RunPaths.of(scenario, run);
            for (FactSpec fact : facts) {
                values[next++] = FactCheck.holds(fact, paths, twins) ? 1.0 : 0.0;
            }
        }
        return java.util.Arrays.copyOf(values, next);
    }

    /** A window's metric: its mean index. */
    public static String windowMetric(String window) {
        return "mean_index_" + window;
    }

    /** An agent's metric: its share of cooperative choices. */
    public static String shareMetric(AgentSpec agent) {
        return agent.id() + "_cooperation_share";
    }

    /** An agent's metric over a window: its share of cooperative choices there. */
    public static String windowShareMetric(AgentSpec agent, String window) {
        return shareMetric(agent) + "_" + window;
    }

    /** An issue area's metric: its mean index. */
    public static String areaIndexMetric(IssueArea area) {
        return area.id() + "_index";
    }

    /** An issue area's metric over a window: its mean index there. */
    public static String areaIndexMetric(IssueArea area, String window) {
        return areaIndexMetric(area) + "_" + window;
    }

    /** An agent's metric in an issue area: its share of cooperative choices there, as timeseries.csv names it. */
    public static String areaShareMetric(AgentSpec agent, IssueArea area) {
        return agent.id() + "_" + area.id() + "_cooperation_share";
    }

    /** An agent's metric in an issue area over a window. */
    public static String areaShareMetric(AgentSpec agent, IssueArea area, String window) {
        return areaShareMetric(agent, area) + "_" + window;
    }

    /** A phase's metric: its mean index, named by its periodisation and its id in lower case with '-' as '_'. */
    public static String phaseMetric(Periodisation periodisation, Phase phase) {
        return ("mean_index_" + periodisation.id() + "_" + phase.id()).toLowerCase(Locale.ROOT).replace('-', '_');
    }

}
