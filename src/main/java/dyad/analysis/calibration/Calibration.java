package dyad.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A calibration carried out: the base scenario scored, then CMA-ES's search from the base values within the
 * file's bounds, seeded from the file's seed, every candidate scored on the same random numbers.
 *
 * @param base    the base scenario's own values, scored (evaluation 0 of the trace)
 * @param trace   every candidate the search scored, in order (evaluations 1, 2, …)
 * @param fitted  the best of the base and the candidates (the first of equals)
 * @param runs    the replications run, twins included
 */
public record Calibration(CalibrationFile file, Objective.Score base, List<Objective.Score> trace,
                          Objective.Score fitted, List<Boolean> baseHolds, List<Boolean> fittedHolds, long runs) {

    public Calibration {
        trace = List.copyOf(trace);
        baseHolds = List.copyOf(baseHolds);
        fittedHolds = List.copyOf(fittedHolds);
    }

    /** What the search tells as it goes: each candidate scored, with the best so far. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (evaluation, score, best) -> { };

        void scored(int evaluation, Objective.Score score, Objective.Score best);
    }

    /** Runs the calibration, its replications on {@code threads} threads of {@code pool}. */
    public static Calibration run(CalibrationFile file, ExecutorService pool, int threads, Listener listener) {
        Objective objective = new Objective(file, pool, threads);
        Objective.Score base = objective.score(file.baseValues());
        listener.scored(0, base, base);
        List<Objective.Score> trace = new ArrayList<>();
        Objective.Score[] best = {base};
        CmaesSearch.minimize(values -> {
            // CMA-ES scores its start first: the base, already scored
            Objective.Score score = java.util.Arrays.equals(values, base.values()) ? base : objective.score(values);
            trace.add(score);
            if (score.total() < best[0].total()) {
                best[0] = score;
            }
            listener.scored(trace.size(), score, best[0]);
            return score.total();
        }, file.baseValues(), file.lower(), file.upper(), new CmaesSearch.Settings(file.population(), file.sigma(),
                file.maxEvaluations(), file.sweep().seed()));
        return new Calibration(file, base, trace, best[0], objective.holds(base), objective.holds(best[0]),
                objective.runs());
    }

    /** The best objective among evaluations 0..e, for each e (0 is the base). */
    public double[] bestSoFar() {
        double[] best = new double[trace.size() + 1];
        best[0] = base.total();
        for (int e = 0; e < trace.size(); e++) {
            best[e + 1] = Math.min(best[e], trace.get(e).total());
        }
        return best;
    }
}
