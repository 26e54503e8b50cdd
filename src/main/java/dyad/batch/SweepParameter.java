package dyad.batch;

import dyad.scenario.Text;
import java.util.List;

/**
 * A scenario parameter a sweep varies, addressed by its path in the scenario (for example
 * {@code agents.<agent>.oil_dependence}): either a list of values, or a range from {@code min} to
 * {@code max} (sampled designs draw from the range; the grid takes {@code steps} evenly spaced values). A
 * choice ({@link SweepChoice}) is a list of values too: its level indices 0 to k − 1, so that the grid takes
 * every level and a sampled design's uniform draw u takes level floor(u·k).
 *
 * @param label  what the charts call it, as the sweep file writes it; null for the label derived from the scenario
 * @param base   the base scenario's own value, NaN where it is not known
 * @param choice what a discrete factor chooses between, or null for a number
 */
public record SweepParameter(String path, List<Double> values, double min, double max, int steps, Text label,
                             double base, SweepChoice choice) {

    /** A parameter without a label of its own, whose base value is not known. */
    public SweepParameter(String path, List<Double> values, double min, double max, int steps) {
        this(path, values, min, max, steps, null, Double.NaN);
    }

    /** A number. */
    public SweepParameter(String path, List<Double> values, double min, double max, int steps, Text label,
                          double base) {
        this(path, values, min, max, steps, label, base, null);
    }

    /** A choice, whose values are its level indices; {@code base} is the base scenario's level, NaN if none. */
    public static SweepParameter ofChoice(String path, SweepChoice choice, Text label, double base) {
        List<Double> levels = new java.util.ArrayList<>();
        for (int level = 0; level < choice.size(); level++) {
            levels.add((double) level);
        }
        return new SweepParameter(path, levels, Double.NaN, Double.NaN, 0, label, base, choice);
    }

    public boolean isChoice() {
        return choice != null;
    }

    /** A value as the tables write it: a number, or a choice's level in its word. */
    public String cell(double value) {
        return choice == null ? CsvTable.number(value) : choice.word(value);
    }

    public SweepParameter {
        values = List.copyOf(values);
        if (values.isEmpty() && (!(min <= max) || steps < 0)) {
            throw new IllegalArgumentException("Parameter " + path + ": min " + min + " > max " + max
                    + " or steps " + steps);
        }
    }

    /** The values at the ends of what the parameter takes: all its listed values, or min and max. */
    public List<Double> extremes() {
        return values.isEmpty() ? List.of(min, max) : values;
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
