package dyad.batch;

import dyad.model.Percentiles;
import dyad.model.RunSummary;
import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import dyad.scenario.Window;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A run over one phase: the mean index with the 5th and 95th percentiles of the replications' phase means (a
 * 90 % interval), and each agent's mean cooperation share, in the scenario's order of agents; and the same in
 * each issue area the scenario declares (none when it declares none).
 */
public record PhaseSummary(Periodisation periodisation, Phase phase, int months, double meanIndex, double p5,
                           double p95, double[] cooperationShares, List<InArea> areas) {

    /** The phase in one issue area, in the scenario's order of areas. */
    public record InArea(double meanIndex, double p5, double p95, double[] cooperationShares) {
    }

    /** One summary per phase of every periodisation, in the scenario's order. */
    public static List<PhaseSummary> of(Scenario scenario, RunSummary run) {
        List<PhaseSummary> summaries = new ArrayList<>();
        Percentile percentile = Percentiles.create();
        for (Periodisation periodisation : scenario.periodisations()) {
            for (Phase phase : periodisation.phases()) {
                int first = scenario.monthIndex(phase.start());
                int last = scenario.monthIndex(phase.end());
                percentile.setData(run.replicationMeans(first, last));
                double[] shares = new double[run.cooperationShare().length];
                for (int a = 0; a < shares.length; a++) {
                    shares[a] = Window.mean(run.cooperationShare()[a], first, last);
                }
                double p5 = percentile.evaluate(5);
                double p95 = percentile.evaluate(95);
                List<InArea> areas = new ArrayList<>();
                for (int k = 0; k < scenario.areas().size(); k++) {
                    RunSummary.AreaPaths paths = run.areas().orElseThrow();
                    percentile.setData(paths.replicationMeans(k, first, last));
                    double[] areaShares = new double[shares.length];
                    for (int a = 0; a < shares.length; a++) {
                        areaShares[a] = Window.mean(paths.share()[a][k], first, last);
                    }
                    areas.add(new InArea(Window.mean(paths.index()[k], first, last), percentile.evaluate(5),
                            percentile.evaluate(95), areaShares));
                }
                summaries.add(new PhaseSummary(periodisation, phase, last - first + 1,
                        Window.mean(run.index(), first, last), p5, p95, shares, List.copyOf(areas)));
            }
        }
        return summaries;
    }
}
