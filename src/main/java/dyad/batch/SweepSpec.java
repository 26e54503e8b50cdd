package dyad.batch;

import dyad.batch.design.Design;
import dyad.scenario.Text;
import dyad.scenario.Window;
import dyad.scenario.YamlValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated sweep: the base scenario, the parameters varied and the design choosing their values, the
 * replications per point, the master seed and what to record.
 *
 * @param windows      named spans whose mean index is recorded
 * @param twins        also replay every run on the twin scenarios of the scenario's facts, to record the twin facts
 * @param chartMetric  the metric of the heatmap or parameter chart
 * @param fanPoints    the points whose monthly index is drawn as a fan chart
 * @param metricLabels what the charts call some metrics, by metric name, as the sweep file writes it; the others
 *                     are named from the scenario
 * @param source       the sweep file as read, which the results folder's {@code sweep.yaml} writes again
 */
public record SweepSpec(String name, String description, Path sweepFile, Path scenarioFile, Design design,
                        List<SweepParameter> parameters, int replications, long seed, Set<MetricGroup> metrics,
                        Map<String, Window> windows, boolean twins, String chartMetric,
                        List<Integer> fanPoints, Map<String, Text> metricLabels,
                        YamlValue.Mapping source) {

    public SweepSpec {
        parameters = List.copyOf(parameters);
        metrics = Set.copyOf(metrics);
        windows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(windows));
        fanPoints = List.copyOf(fanPoints);
        metricLabels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metricLabels));
    }

    public List<String> parameterPaths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }
}
