package dyad.batch;

import dyad.check.PaperCheck;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.Trajectory;
import dyad.scenario.Scenario;

/** Runs one replication at one point of a sweep. Replaceable, so that tests can make runs fail. */
@FunctionalInterface
public interface PointRunner {

    RunOutcome run(SweepPlan plan, Prepared point, long run, int replication, boolean keepSeries);

    /** A point's scenario and exogenous inputs (and those of its low-oil twin), built once for all its runs. */
    record Prepared(int point, long seed, Scenario scenario, ExogenousInputs inputs, Scenario lowOil,
                    ExogenousInputs lowOilInputs) {

        static Prepared of(SweepPlan plan, int point) {
            Scenario scenario = plan.scenarioAt(point);
            Scenario lowOil = plan.spec().pairedLowOil() ? PaperCheck.withLowOil(scenario) : null;
            return new Prepared(point, plan.seedOf(point), scenario, ExogenousInputs.of(scenario), lowOil,
                    lowOil == null ? null : ExogenousInputs.of(lowOil));
        }
    }

    /** The simulation itself. */
    PointRunner SIMULATION = (plan, point, run, replication, keepSeries) -> {
        Trajectory trajectory = Replay.replicate(point.scenario(), point.inputs(), point.seed(), replication);
        Trajectory lowOil = point.lowOil() == null ? null
                : Replay.replicate(point.lowOil(), point.lowOilInputs(), point.seed(), replication);
        double[] metrics = RunMetrics.compute(plan.spec(), point.scenario(), trajectory, lowOil);
        return new RunOutcome(run, point.point(), replication, point.seed(), metrics,
                keepSeries ? trajectory.index() : null, null);
    };
}
