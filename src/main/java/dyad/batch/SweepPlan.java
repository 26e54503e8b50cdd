package dyad.batch;

import dyad.model.Seeds;
import dyad.model.rules.RuleSet;
import dyad.scenario.FactSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import dyad.scenario.TwinScenario;
import dyad.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;

/**
 * A sweep laid out as runs: run {@code i} is replication {@code i % replications} of point
 * {@code i / replications}. Everything here is a pure function of the sweep file and the seed mode, so
 * that a resumed or re-run sweep gives the same runs.
 *
 * @param baseScenario the base scenario as written, for metric names and charts
 * @param facts        the facts recorded for every run and on every point's mean path
 * @param twins        the twin scenarios every run is replayed on, for the twin facts
 * @param twinScenarios the twins as written, which place months and agents as every point's twin does
 * @param templates    the template each point is bound from: the base's unless the sweep has choices
 */
public record SweepPlan(SweepSpec spec, ScenarioLoader.Template template, Scenario baseScenario,
                        List<double[]> points, List<String> metricNames, List<FactSpec> facts,
                        List<TwinScenario> twins, List<Scenario> twinScenarios, boolean independentSeeds,
                        PointTemplates templates) {

    public SweepPlan {
        // a grid's points are computed from their index, not held: copying them would lay them all out
        points = points instanceof dyad.batch.design.GridDesign.Points ? points : List.copyOf(points);
        metricNames = List.copyOf(metricNames);
        facts = List.copyOf(facts);
        twins = List.copyOf(twins);
        twinScenarios = List.copyOf(twinScenarios);
    }

    /**
     * @throws BadInputException if the base scenario's weights, or those of a parameter's extreme values, do
     *                           not fit Dyad's rules
     */
    public static SweepPlan of(SweepSpec spec, boolean independentSeeds) {
        ScenarioLoader.Template template = ScenarioLoader.template(spec.scenarioFile());
        Scenario base = template.bind(Map.of());
        checkRules(spec, template, base);
        List<double[]> points = spec.design().points(spec.parameters(), spec.seed());
        List<TwinScenario> twins = RunMetrics.twins(spec, base);
        return new SweepPlan(spec, template, base, points, RunMetrics.names(spec, base), RunMetrics.facts(spec, base),
                twins, twins.stream().map(TwinScenario::scenario).toList(), independentSeeds,
                PointTemplates.of(spec.parameters(), template));
    }

    /**
     * Checks the weights of the base scenario and of every parameter's extreme values against the rules, as
     * the scenario's other fields were checked when the sweep was loaded: a weight's range is an interval,
     * so the extremes within it mean every point is.
     */
    private static void checkRules(SweepSpec spec, ScenarioLoader.Template template, Scenario base) {
        RuleSet.STANDARD.check(base);
        for (SweepParameter parameter : spec.parameters()) {
            if (parameter.isChoice()) {
                // each level was bound and checked against the rules when the sweep was loaded
                continue;
            }
            List<Double> extremes = parameter.extremes();
            for (double value : extremes) {
                try {
                    RuleSet.STANDARD.check(template.bind(Map.of(parameter.path(), value)));
                } catch (BadInputException e) {
                    Location at = new Fields(spec.source(), "").mapping("parameters")
                            .locationOf(parameter.path());
                    throw new BadInputException(at, "parameters." + parameter.path(), "the value "
                            + Fields.format(value) + " is not allowed in the scenario: " + e.getMessage());
                }
            }
        }
    }

    public long runs() {
        return (long) points.size() * spec.replications();
    }

    public int pointOf(long run) {
        return (int) (run / spec.replications());
    }

    public int replicationOf(long run) {
        return (int) (run % spec.replications());
    }

    /**
     * The seed of every run at a point. By default the master seed, so that replication r sees the same random
     * numbers at every point (common random numbers); with independent seeds, one seed per point.
     */
    public long seedOf(int point) {
        return independentSeeds ? Seeds.forPoint(spec.seed(), point) : spec.seed();
    }

    /** The base scenario with a point's parameter values (the file and events its choices take, if any). */
    public Scenario scenarioAt(int point) {
        double[] values = points.get(point);
        return templates.at(values).bind(templates.numbers(values));
    }

    /** A point's parameter value as the tables write it: a number, or a choice's level in its word. */
    public String cell(int point, int parameter) {
        return spec.parameters().get(parameter).cell(points.get(point)[parameter]);
    }

    /** The metrics that are 1 or 0 (the facts), whose interval is that of a proportion. */
    public boolean isPassFail(String metric) {
        return facts.stream().anyMatch(fact -> RunMetrics.factMetric(fact).equals(metric));
    }
}
