package dyad.batch;

import dyad.check.FactCheck;
import dyad.check.RunPaths;
import dyad.scenario.FactSpec;
import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A point's mean path over its successful runs (the index and the agents' cooperation shares, and the same
 * for each twin), summed in run order as the runs are written, so that its facts are checked on the point as
 * a whole, as {@code dyad run} checks them on a run's mean path.
 */
final class MeanPaths {

    /** One run's monthly series, copied: the run's index and shares, then each twin's. */
    static final class Run {

        private final double[][] series;

        Run(double[][] series) {
            this.series = series;
        }

        double[][] series() {
            return series;
        }

        static Run copyOf(RunPaths run, Collection<RunPaths> twins) {
            List<double[]> series = new ArrayList<>();
            add(series, run);
            twins.forEach(twin -> add(series, twin));
            return new Run(series.toArray(double[][]::new));
        }

        private static void add(List<double[]> series, RunPaths paths) {
            series.add(paths.index().clone());
            for (double[] share : paths.cooperationShare()) {
                series.add(share.clone());
            }
        }
    }

    private final Scenario scenario;
    private final List<TwinScenario> twins;
    private final List<Scenario> twinScenarios;
    private double[][] sums;
    private int runs;

    /**
     * @param scenario      the base scenario, which places months and agents as every point's scenario does
     * @param twinScenarios the twins as written, likewise
     */
    MeanPaths(Scenario scenario, List<TwinScenario> twins, List<Scenario> twinScenarios) {
        this.scenario = scenario;
        this.twins = twins;
        this.twinScenarios = twinScenarios;
    }

    void add(Run run) {
        if (sums == null) {
            sums = new double[run.series().length][];
            for (int s = 0; s < sums.length; s++) {
                sums[s] = new double[run.series()[s].length];
            }
        }
        for (int s = 0; s < sums.length; s++) {
            double[] sum = sums[s];
            double[] values = run.series()[s];
            for (int m = 0; m < sum.length; m++) {
                sum[m] += values[m];
            }
        }
        runs++;
    }

    /** Whether each fact holds on the mean path: 1 or 0, or NaN when no run succeeded. */
    double[] holds(List<FactSpec> facts) {
        double[] holds = new double[facts.size()];
        if (runs == 0) {
            java.util.Arrays.fill(holds, Double.NaN);
            return holds;
        }
        int[] next = {0};
        RunPaths run = paths(scenario, next);
        Map<String, RunPaths> twinPaths = new LinkedHashMap<>();
        for (int t = 0; t < twins.size(); t++) {
            twinPaths.put(twins.get(t).name(), paths(twinScenarios.get(t), next));
        }
        for (int f = 0; f < facts.size(); f++) {
            holds[f] = FactCheck.holds(facts.get(f), run, twinPaths) ? 1 : 0;
        }
        return holds;
    }

    private RunPaths paths(Scenario placing, int[] next) {
        double[] index = mean(sums[next[0]++]);
        double[][] shares = new double[placing.agents().size()][];
        for (int a = 0; a < shares.length; a++) {
            shares[a] = mean(sums[next[0]++]);
        }
        return new RunPaths(placing, index, shares);
    }

    private double[] mean(double[] sum) {
        double[] mean = new double[sum.length];
        for (int m = 0; m < sum.length; m++) {
            mean[m] = sum[m] / runs;
        }
        return mean;
    }
}
