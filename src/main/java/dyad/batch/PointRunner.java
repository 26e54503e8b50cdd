package dyad.batch;

import dyad.check.PaperCheck;
import dyad.model.DecayProfiles;
import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.model.GeneratorCache;
import dyad.model.Trajectory;
import dyad.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/** Runs one replication at one point of a sweep. Replaceable, so that tests can make runs fail. */
@FunctionalInterface
public interface PointRunner {

    RunOutcome run(SweepPlan plan, Prepared point, long run, int replication, boolean keepSeries);

    /** A point's scenario and exogenous inputs (and those of its low-oil twin), built once for all its runs. */
    record Prepared(int point, long seed, Scenario scenario, ExogenousInputs inputs, Scenario lowOil,
                    ExogenousInputs lowOilInputs, GeneratorCache generators, ThreadLocal<DyadSimulation> simulation,
                    ThreadLocal<DyadSimulation> lowOilSimulation) {

        /**
         * @param generators the generators of the point's seed, shared with other points that have that seed
         * @param decay      shared by all points
         */
        static Prepared of(SweepPlan plan, int point, GeneratorCache generators, DecayProfiles decay) {
            Scenario scenario = plan.scenarioAt(point);
            ExogenousInputs inputs = ExogenousInputs.of(scenario, decay);
            Scenario lowOil = plan.spec().pairedLowOil() ? PaperCheck.withLowOil(scenario) : null;
            ExogenousInputs lowOilInputs = lowOil == null ? null : ExogenousInputs.of(lowOil, decay);
            long seed = plan.seedOf(point);
            if (generators.seed() != seed) {
                throw new IllegalArgumentException("generators of seed " + generators.seed() + " for point " + point
                        + ", whose seed is " + seed);
            }
            // one simulation per worker thread, reused for all its runs at this point
            return new Prepared(point, seed, scenario, inputs, lowOil, lowOilInputs, generators,
                    ThreadLocal.withInitial(() -> new DyadSimulation(scenario, inputs, seed, 0)),
                    ThreadLocal.withInitial(() -> new DyadSimulation(lowOil, lowOilInputs, seed, 0)));
        }
    }

    /** The simulation itself. */
    PointRunner SIMULATION = (plan, point, run, replication, keepSeries) -> {
        MersenneTwisterFast generator = point.generators().generator(replication);
        // the low-oil twin draws the same random numbers, so that only the oil price differs
        MersenneTwisterFast twin = point.lowOil() == null ? null : (MersenneTwisterFast) generator.clone();
        Trajectory trajectory = point.simulation().get().replay(generator);
        Trajectory lowOil = twin == null ? null : point.lowOilSimulation().get().replay(twin);
        double[] metrics = RunMetrics.compute(plan.spec(), point.scenario(), trajectory, lowOil);
        return new RunOutcome(run, point.point(), replication, point.seed(), metrics,
                keepSeries ? trajectory.index().clone() : null, null);
    };
}
