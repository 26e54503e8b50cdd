package dyad.check;

import dyad.model.RunSummary;
import dyad.model.Trajectory;
import dyad.scenario.FactTest;
import dyad.scenario.Scenario;
import dyad.scenario.Window;

/**
 * The monthly series facts are checked on: the cooperation index and each agent's cooperation share, of
 * a run's mean path or of one replication, with the scenario that gives months and agents their places.
 */
public record RunPaths(Scenario scenario, double[] index, double[][] cooperationShare) {

    public static RunPaths of(Scenario scenario, RunSummary run) {
        return new RunPaths(scenario, run.index(), run.cooperationShare());
    }

    public static RunPaths of(Scenario scenario, Trajectory run) {
        return new RunPaths(scenario, run.index(), run.cooperationShare());
    }

    /** The index ({@link FactTest#INDEX}) or the named agent's cooperation share. */
    public double[] series(String of) {
        return of.equals(FactTest.INDEX) ? index : cooperationShare[scenario.agentIndex(of)];
    }

    public double mean(String of, Window window) {
        return window.mean(scenario, series(of));
    }
}
