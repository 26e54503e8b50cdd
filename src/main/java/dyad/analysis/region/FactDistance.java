package dyad.analysis.region;

import dyad.analysis.MeanPathReplay;
import dyad.check.FactSlack;
import dyad.check.RunPaths;
import dyad.scenario.BadInputException;
import dyad.scenario.FactSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * How far a parameter set is from satisfying a region file's facts: its values bound into the base scenario,
 * replayed on the file's seed and replications (common random numbers, as a calibration replays a candidate),
 * and each fact's slacks ({@link FactSlack}) read on the mean path. A fact expected to hold adds Σ max(0, −slack);
 * one expected to fail adds how far its smallest slack is above 0. The sum is 0 when every fact comes out as its
 * scenario expects (up to a slack of exactly 0, which is on the edge). A set the scenario or its rules refuse,
 * or whose slacks cannot be measured, is infinitely far.
 */
public final class FactDistance implements Smc.Distance {

    private final RegionFile file;
    private final ScenarioLoader.Template template;
    private final MeanPathReplay replay;

    public FactDistance(RegionFile file, ExecutorService pool, int threads) {
        this.file = file;
        this.template = ScenarioLoader.template(file.sweep().scenarioFile());
        this.replay = new MeanPathReplay(file.sweep().seed(), file.sweep().replications(), pool, threads);
    }

    /** The replications run so far, twins included. */
    public long runs() {
        return replay.runs();
    }

    /** One set after the other, each with its replications spread over the threads: the order never changes. */
    @Override
    public double[] of(double[][] batch) {
        double[] distances = new double[batch.length];
        for (int i = 0; i < batch.length; i++) {
            distances[i] = of(batch[i]);
        }
        return distances;
    }

    /** The distance of one parameter set, in the order of the file's parameters. */
    public double of(double[] values) {
        Scenario scenario;
        try {
            scenario = MeanPathReplay.candidate(template, file.sweep().parameterPaths(), values);
        } catch (BadInputException e) {
            return Double.POSITIVE_INFINITY;
        }
        // the facts as the set's scenario states them: its twins carry the set's values
        List<FactSpec> facts = file.facts().stream().map(fact -> scenario.fact(fact.id())).toList();
        RunPaths run = replay.meanPath(scenario);
        Map<String, RunPaths> twins = replay.twinPaths(facts);
        double distance = 0;
        for (FactSpec fact : facts) {
            List<Double> slacks = FactSlack.of(fact.test(), run, twins);
            distance += fact.expectedToHold() ? FactSlack.shortfall(slacks, 0)
                    : Math.max(0, slacks.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        }
        // a slack that cannot be measured (a flat series' correlation) is no evidence that the fact holds
        return Double.isNaN(distance) ? Double.POSITIVE_INFINITY : distance;
    }
}
