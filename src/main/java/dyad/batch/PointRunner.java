package dyad.batch;

import dyad.check.FactCheck;
import dyad.check.RunPaths;
import dyad.model.DecayProfiles;
import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.model.GeneratorCache;
import dyad.model.Trajectory;
import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one replication at one point of a sweep. Replaceable, so that tests can make runs fail. */
@FunctionalInterface
public interface PointRunner {

    RunOutcome run(SweepPlan plan, Prepared point, long run, int replication, boolean keepSeries);

    /** A point's scenario and exogenous inputs, and those of its twins, built once for all its runs. */
    record Prepared(int point, long seed, Scenario scenario, ExogenousInputs inputs, List<Twin> twins,
                    GeneratorCache generators, ThreadLocal<DyadSimulation> simulation) {

        /**
         * @param generators the generators of the point's seed, shared with other points that have that seed
         * @param decay      shared by all points
         */
        static Prepared of(SweepPlan plan, int point, GeneratorCache generators, DecayProfiles decay) {
            Scenario scenario = plan.scenarioAt(point);
            ExogenousInputs inputs = ExogenousInputs.of(scenario, decay);
            long seed = plan.seedOf(point);
            if (generators.seed() != seed) {
                throw new IllegalArgumentException("generators of seed " + generators.seed() + " for point " + point
                        + ", whose seed is " + seed);
            }
            List<Twin> twins = new ArrayList<>();
            // the point's own twins: its scenario with each twin's changes
            for (TwinScenario twin : plan.twins().isEmpty() ? List.<TwinScenario>of() : FactCheck.twins(scenario)) {
                Scenario twinScenario = twin.scenario();
                ExogenousInputs twinInputs = ExogenousInputs.of(twinScenario, decay);
                twins.add(new Twin(twin.name(), twinScenario,
                        ThreadLocal.withInitial(() -> new DyadSimulation(twinScenario, twinInputs, seed, 0))));
            }
            // one simulation per worker thread, reused for all its runs at this point
            return new Prepared(point, seed, scenario, inputs, twins, generators,
                    ThreadLocal.withInitial(() -> new DyadSimulation(scenario, inputs, seed, 0)));
        }
    }

    /** A twin scenario with the point's parameter values, and a simulation of it per worker thread. */
    record Twin(String name, Scenario scenario, ThreadLocal<DyadSimulation> simulation) {
    }

    /** The simulation itself. */
    PointRunner SIMULATION = (plan, point, run, replication, keepSeries) -> {
        MersenneTwisterFast generator = point.generators().generator(replication);
        List<Twin> twinsAtPoint = point.twins();
        // each twin draws the same random numbers, so that only what the twin changes differs
        MersenneTwisterFast[] copies = new MersenneTwisterFast[twinsAtPoint.size()];
        for (int t = 0; t < copies.length; t++) {
            copies[t] = (MersenneTwisterFast) generator.clone();
        }
        Trajectory trajectory = point.simulation().get().replay(generator);
        Map<String, RunPaths> twins = copies.length == 0 ? Map.of() : new LinkedHashMap<>();
        for (int t = 0; t < copies.length; t++) {
            Twin twin = twinsAtPoint.get(t);
            twins.put(twin.name(), RunPaths.of(twin.scenario(), twin.simulation().get().replay(copies[t])));
        }
        double[] metrics = RunMetrics.compute(plan.spec(), point.scenario(), trajectory, plan.facts(), twins);
        MeanPaths.Run paths = plan.facts().isEmpty() ? null
                : MeanPaths.Run.copyOf(RunPaths.of(point.scenario(), trajectory), twins.values(),
                        MeanPaths.byArea(plan.facts()));
        return new RunOutcome(run, point.point(), replication, point.seed(), metrics,
                keepSeries ? trajectory.index().clone() : null, paths, null);
    };}
