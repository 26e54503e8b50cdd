package dyad.analysis.calibration;

import dyad.analysis.MeanPathReplay;
import dyad.check.FactCheck;
import dyad.check.FactSlack;
import dyad.check.RunPaths;
import dyad.scenario.BadInputException;
import dyad.scenario.FactSpec;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * What a calibration minimises: a candidate's values bound into the base scenario, replayed on the file's seed
 * and replications (the same for every candidate, so that candidates differ only by their values: common
 * random numbers), and scored on the mean path. The score is the sum of each fact's shortfall from passing by
 * the margin ({@link FactSlack#shortfall}) and each series' weight × its link's penalty ({@link LinearLink#penalty}),
 * the link fitted on the series' years outside the file's validation window only; the years inside it are
 * predicted by that link and reported, never fitted.
 * A candidate the scenario or the rules refuse scores {@link #REFUSED}.
 *
 * <p>Replications run on the pool given ({@link MeanPathReplay}); their paths are averaged in replication order, so
 * the score is the same on any number of threads.
 */
public final class Objective {

    /** The score of a candidate the scenario or its rules refuse: worse than any candidate they allow. */
    public static final double REFUSED = 1e6;

    private final CalibrationFile calibration;
    private final ScenarioLoader.Template template;
    private final MeanPathReplay replay;

    public Objective(CalibrationFile calibration, ExecutorService pool, int threads) {
        this.calibration = calibration;
        this.template = ScenarioLoader.template(calibration.sweep().scenarioFile());
        this.replay = new MeanPathReplay(calibration.sweep().seed(), calibration.sweep().replications(), pool,
                threads);
    }

    /**
     * A candidate scored.
     *
     * @param slacks    each fact's slacks, by fact id (empty when refused)
     * @param factTerms each fact's shortfall from the margin, in the file's order of facts (NaN when refused)
     * @param links     each series' link, fitted on the years not held out, in the file's order (empty when refused)
     * @param heldOut   each link applied to its series' held-out years, in the file's order (empty when refused)
     * @param paths     the mean path, null when refused
     * @param twins     the twins' mean paths by twin name
     * @param refusal   why the scenario refused the candidate, or null
     */
    public record Score(double[] values, double total, Map<String, List<Double>> slacks, double[] factTerms,
                        List<LinearLink> links, List<LinearLink.HeldOut> heldOut, double[] seriesTerms, RunPaths paths,
                        Map<String, RunPaths> twins, String refusal) {

        public Score {
            links = List.copyOf(links);
            heldOut = List.copyOf(heldOut);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The replications run so far, twins included. */
    public long runs() {
        return replay.runs();
    }

    /** Scores the candidate: one value per calibrated parameter, in the file's order. */
    public Score score(double[] values) {
        Scenario scenario;
        try {
            scenario = MeanPathReplay.candidate(template, calibration.parameterPaths(), values);
        } catch (BadInputException e) {
            double[] nan = new double[calibration.facts().size()];
            java.util.Arrays.fill(nan, Double.NaN);
            double[] seriesNan = new double[calibration.series().size()];
            java.util.Arrays.fill(seriesNan, Double.NaN);
            return new Score(values.clone(), REFUSED, Map.of(), nan, List.of(), List.of(), seriesNan, null, Map.of(),
                    e.problem());
        }
        List<FactSpec> facts = factsOf(scenario);
        RunPaths run = replay.meanPath(scenario);
        Map<String, RunPaths> twins = replay.twinPaths(facts);
        double total = 0;
        Map<String, List<Double>> slacks = new LinkedHashMap<>();
        double[] factTerms = new double[facts.size()];
        for (int f = 0; f < facts.size(); f++) {
            List<Double> factSlacks = FactSlack.of(facts.get(f).test(), run, twins);
            slacks.put(facts.get(f).id(), factSlacks);
            factTerms[f] = FactSlack.shortfall(factSlacks, calibration.margin());
            total += factTerms[f];
        }
        List<LinearLink> links = new ArrayList<>();
        List<LinearLink.HeldOut> heldOut = new ArrayList<>();
        double[] seriesTerms = new double[calibration.series().size()];
        for (int s = 0; s < seriesTerms.length; s++) {
            SeriesTarget target = calibration.series().get(s);
            double[] model = target.modelYears(run);
            double[] outside = target.outside();
            LinearLink link = LinearLink.fit(target.onFittingYears(model), target.onFittingYears(outside));
            links.add(link);
            heldOut.add(link.predict(target.onHeldOutYears(model), target.onHeldOutYears(outside)));
            seriesTerms[s] = target.weight() * link.penalty();
            total += seriesTerms[s];
        }
        return new Score(values.clone(), total, slacks, factTerms, links, heldOut, seriesTerms, run, twins, null);
    }

    /** Whether each fact holds on the score's paths (without margin), in the file's order of facts. */
    public List<Boolean> holds(Score score) {
        if (score.refused()) {
            return calibration.facts().stream().map(fact -> false).toList();
        }
        return factsOf(score.paths().scenario()).stream()
                .map(fact -> FactCheck.holds(fact, score.paths(), score.twins())).toList();
    }

    /** The calibrated facts as the candidate's scenario states them (its twins carry the candidate's values). */
    private List<FactSpec> factsOf(Scenario scenario) {
        return calibration.facts().stream().map(fact -> scenario.fact(fact.id())).toList();
    }
}
