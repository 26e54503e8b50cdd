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
public final class RunPaths {

    private final Scenario scenario;
    private final double[] index;
    private final double[][] cooperationShare;

    public RunPaths(Scenario scenario, double[] index, double[][] cooperationShare) {
        this.scenario = scenario;
        this.index = index;
        this.cooperationShare = cooperationShare;
    }

    public Scenario scenario() {
        return scenario;
    }

    public double[] index() {
        return index;
    }

    public double[][] cooperationShare() {
        return cooperationShare;
    }

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

    /** The index or the agent's cooperation share over the window's months, or over the whole period. */
    public double[] series(String of, java.util.Optional<Window> window) {
        double[] series = series(of);
        return window.map(months -> java.util.Arrays.copyOfRange(series, scenario.monthIndex(months.first()),
                scenario.monthIndex(months.last()) + 1)).orElse(series);
    }

    public double mean(String of, Window window) {
        return window.mean(scenario, series(of));
    }
}
