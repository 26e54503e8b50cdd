package dyad.batch;

import dyad.scenario.Text;
import java.util.List;

/**
 * A scenario parameter a sweep varies, addressed by its path in the scenario (for example
 * {@code agents.<agent>.oil_dependence}): either a list of values, or a range from {@code min} to
 * {@code max} (sampled designs draw from the range; the grid takes {@code steps} evenly spaced values).
 *
 * @param label what the charts call it, as the sweep file writes it; null for the label derived from the scenario
 * @param base  the base scenario's own value, NaN where it is not known
 */
public record SweepParameter(String path, List<Double> values, double min, double max, int steps, Text label,
                             double base) {

    /** A parameter without a label of its own, whose base value is not known. */
    public SweepParameter(String path, List<Double> values, double min, double max, int steps) {
        this(path, values, min, max, steps, null, Double.NaN);
    }

    public SweepParameter {
        values = List.copyOf(values);
        if (values.isEmpty() && (!(min <= max) || steps < 0)) {
            throw new IllegalArgumentException("Parameter " + path + ": min " + min + " > max " + max
                    + " or steps " + steps);
        }
    }

    /** How many values a full factorial grid takes for this parameter. */
    public int gridSize() {
        return values.isEmpty() ? steps : values.size();
    }

    /** The values a full factorial grid takes for this parameter. */
    public List<Double> gridValues() {
        if (!values.isEmpty()) {
            return values;
        }
        if (steps == 1) {
            return List.of(min);
        }
        Double[] grid = new Double[steps];
        for (int i = 0; i < steps; i++) {
            grid[i] = min + (max - min) * i / (steps - 1);
        }
        return List.of(grid);
    }

    /** The parameter's value at {@code u} in [0, 1) of its range, for sampled designs. */
    public double at(double u) {
        if (!values.isEmpty()) {
            int index = Math.min(values.size() - 1, (int) Math.floor(u * values.size()));
            return values.get(index);
        }
        return min + (max - min) * u;
    }
}
