package dyad.analysis.prim;

import java.util.Arrays;

/**
 * A box in parameter space: for every dimension a lower and an upper limit, both inclusive. A limit at the data's
 * own minimum or maximum does not restrict that side.
 */
public record Box(double[] lower, double[] upper) {

    public Box {
        lower = lower.clone();
        upper = upper.clone();
    }

    public int dimensions() {
        return lower.length;
    }

    public boolean contains(double[] row) {
        for (int d = 0; d < lower.length; d++) {
            if (row[d] < lower[d] || row[d] > upper[d]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the row lies inside in every dimension but {@code except}. */
    boolean containsExcept(double[] row, int except) {
        for (int d = 0; d < lower.length; d++) {
            if (d != except && (row[d] < lower[d] || row[d] > upper[d])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    double lower(int d) {
        return lower[d];
    }

    double upper(int d) {
        return upper[d];
    }

    Box withLower(int d, double value) {
        double[] changed = lower.clone();
        changed[d] = value;
        return new Box(changed, upper);
    }

    Box withUpper(int d, double value) {
        double[] changed = upper.clone();
        changed[d] = value;
        return new Box(lower, changed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Box box && Arrays.equals(lower, box.lower) && Arrays.equals(upper, box.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "Box" + Arrays.toString(lower) + Arrays.toString(upper);
    }
}
