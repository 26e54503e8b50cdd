package dyad.check;

import dyad.model.RunSummary;
import dyad.model.Trajectory;
import dyad.scenario.FactSeries;
import dyad.scenario.FactTest;
import dyad.scenario.Scenario;
import dyad.scenario.Window;

/**
 * The monthly series facts are checked on: the cooperation index and each agent's cooperation share, of
 * a run's mean path or of one replication, with the scenario that gives months, agents and areas their places;
 * and, for a scenario that declares issue areas, the same index and shares in each area.
 */
public final class RunPaths {

    private final Scenario scenario;
    private final double[] index;
    private final double[][] cooperationShare;
    private final double[][] areaIndex;
    private final double[][][] areaShare;

    /** Paths without areas: of a scenario that declares none, or where no fact reads one. */
    public RunPaths(Scenario scenario, double[] index, double[][] cooperationShare) {
        this(scenario, index, cooperationShare, null, null);
    }

    /**
     * @param areaIndex each declared area's index by month, in the scenario's order of areas, or null
     * @param areaShare each agent's cooperation share by area and month, or null
     */
    public RunPaths(Scenario scenario, double[] index, double[][] cooperationShare, double[][] areaIndex,
                    double[][][] areaShare) {
        this.scenario = scenario;
        this.index = index;
        this.cooperationShare = cooperationShare;
        this.areaIndex = areaIndex;
        this.areaShare = areaShare;
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

    /** Each declared area's index by month, or null when the paths were kept without areas. */
    public double[][] areaIndex() {
        return areaIndex;
    }

    /** Each agent's cooperation share by declared area and month, or null when kept without areas. */
    public double[][][] areaShare() {
        return areaShare;
    }

    /** The run's mean paths, with its areas' when the scenario declares areas. */
    public static RunPaths of(Scenario scenario, RunSummary run) {
        if (!scenario.hasAreas() || run.areas().isEmpty()) {
            return new RunPaths(scenario, run.index(), run.cooperationShare());
        }
        RunSummary.AreaPaths areas = run.areas().get();
        return new RunPaths(scenario, run.index(), run.cooperationShare(), areas.index(), areas.share());
    }

    /** One replication's paths, with its areas' when the scenario declares areas; they are read, not copied. */
    public static RunPaths of(Scenario scenario, Trajectory run) {
        if (!scenario.hasAreas()) {
            return new RunPaths(scenario, run.index(), run.cooperationShare());
        }
        return new RunPaths(scenario, run.index(), run.cooperationShare(), run.areaIndex(), run.areaShare());
    }


    /** The series a fact reads: an index or an agent's share, on the whole agenda or in an area. */
    public double[] series(FactSeries of) {
        if (!of.inArea()) {
            return of.isIndex() ? index : cooperationShare[agent(of.agent())];
        }
        int area = scenario.areaIndex(of.area());
        if (area < 0 || areaIndex == null) {
            throw new IllegalArgumentException("no paths of area '" + of.area() + "' in this run");
        }
        return of.isIndex() ? areaIndex[area] : areaShare[agent(of.agent())][area];
    }

    /** The series a fact reads over the window's months, or over the whole period. */
    public double[] series(FactSeries of, java.util.Optional<Window> window) {
        double[] series = series(of);
        return window.map(months -> java.util.Arrays.copyOfRange(series, scenario.monthIndex(months.first()),
                scenario.monthIndex(months.last()) + 1)).orElse(series);
    }

    public double mean(FactSeries of, Window window) {
        return window.mean(scenario, series(of));
    }

    private int agent(String id) {
        int agent = scenario.agentIndex(id);
        if (agent < 0) {
            throw new IllegalArgumentException("no agent '" + id + "' in this run");
        }
        return agent;
    }
}
