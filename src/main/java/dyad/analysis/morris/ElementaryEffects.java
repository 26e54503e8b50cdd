package dyad.analysis.morris;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris's elementary effects of one output, from the outputs of a {@link MorrisDesign}: for every step of every
 * trajectory, EE = (f(after) − f(before)) / step, in units of the output per unit of the parameter's range (a
 * parameter swept from 2 to 6 that adds its value to the output has EE = 4). Per parameter: μ, the mean effect;
 * μ*, the mean absolute effect (Campolongo et al. 2007), which ranks importance; σ, the standard deviation of
 * the effects (divisor r − 1), which shows interactions or non-linearity.
 */
public final class ElementaryEffects {

    private ElementaryEffects() {
    }

    /** One parameter's statistics over its r effects. */
    public record Effect(double mu, double muStar, double sigma) {
    }

    /**
     * @param outputs the output at every point of the design, in design order
     * @throws IllegalArgumentException if the outputs do not match the design, or one is not a finite number
     */
    public static List<Effect> estimate(MorrisDesign design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("the design has " + design.size() + " points, not " + outputs.length);
        }
        int k = design.parameters();
        int r = design.trajectories();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            for (int s = 1; s <= k; s++) {
                int at = base + s;
                double before = outputs[at - 1];
                double after = outputs[at];
                if (!Double.isFinite(before) || !Double.isFinite(after)) {
                    throw new IllegalArgumentException("the output at point " + (Double.isFinite(before) ? at : at - 1)
                            + " is not a number");
                }
                effects[design.changed()[at]][t] = (after - before) / design.steps()[at];
            }
        }
        List<Effect> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double absolute = 0;
            for (double effect : effects[i]) {
                sum += effect;
                absolute += Math.abs(effect);
            }
            double mean = sum / r;
            double squares = 0;
            for (double effect : effects[i]) {
                squares += (effect - mean) * (effect - mean);
            }
            result.add(new Effect(mean, absolute / r, Math.sqrt(squares / (r - 1))));
        }
        return result;
    }
}
