package dyad.analysis.calibration;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Minimises a function within bounds by CMA-ES (Commons Math's {@link CMAESOptimizer}), on coordinates scaled
 * so that each bound spans [0, 1], so that one step size serves parameters of any range. The search is a pure
 * function of the function, the start, the bounds and the settings: its random numbers come from the seed.
 */
public final class CmaesSearch {

    private CmaesSearch() {
    }

    /**
     * @param population     candidates per generation
     * @param sigma          the initial step size, as a fraction of each parameter's range
     * @param maxEvaluations the most evaluations of the function
     * @param seed           of the search's own random numbers
     */
    public record Settings(int population, double sigma, int maxEvaluations, long seed) {
    }

    /** The best point evaluated, its value and how many evaluations the search made. */
    public record Result(double[] best, double value, int evaluations) {
    }

    /** CMA-ES's usual population for {@code dimensions} parameters: 4 + ⌊3 ln n⌋. */
    public static int defaultPopulation(int dimensions) {
        return 4 + (int) Math.floor(3 * Math.log(dimensions));
    }

    /**
     * The point within {@code [lower, upper]} where {@code function} is least, of those the search evaluated
     * (the first of equals). The function sees only points within the bounds.
     */
    public static Result minimize(ToDoubleFunction<double[]> function, double[] start, double[] lower,
                                  double[] upper, Settings settings) {
        int n = start.length;
        double[] best = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        int[] evaluations = {0};
        ObjectiveFunction scaled = new ObjectiveFunction(unit -> {
            double[] point = new double[n];
            for (int i = 0; i < n; i++) {
                // clipped again: CMA-ES's repair keeps points in [0, 1], up to rounding
                point[i] = Math.min(upper[i], Math.max(lower[i], lower[i] + unit[i] * (upper[i] - lower[i])));
            }
            double value = function.applyAsDouble(point);
            evaluations[0]++;
            if (value < bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(point, 0, best, 0, n);
            }
            return value;
        });
        double[] unitStart = new double[n];
        double[] zeros = new double[n];
        double[] ones = new double[n];
        double[] sigmas = new double[n];
        for (int i = 0; i < n; i++) {
            unitStart[i] = upper[i] > lower[i] ? (start[i] - lower[i]) / (upper[i] - lower[i]) : 0;
            ones[i] = 1;
            sigmas[i] = settings.sigma();
        }
        CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                new MersenneTwister(settings.seed()), false, null);
        try {
            optimizer.optimize(new MaxEval(settings.maxEvaluations()), new MaxIter(Integer.MAX_VALUE), scaled,
                    GoalType.MINIMIZE, new InitialGuess(unitStart), new SimpleBounds(zeros, ones),
                    new CMAESOptimizer.Sigma(sigmas), new CMAESOptimizer.PopulationSize(settings.population()));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best point so far is the answer
        }
        return new Result(best, bestValue[0], evaluations[0]);
    }
}
