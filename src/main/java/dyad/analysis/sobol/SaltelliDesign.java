package dyad.analysis.sobol;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling for Sobol indices: {@code n} base rows of a Sobol sequence in 2k dimensions, whose first
 * k coordinates make the matrix A and last k the matrix B, and for every parameter i the matrix A_B^(i), A with
 * its column i taken from B. The points are in the unit cube, row by row: for base row j, A_j, then
 * A_B^(1)_j … A_B^(k)_j, then B_j; so k + 2 points a row, {@code n (k + 2)} in all (the order SALib uses).
 *
 * @param parameters k, the number of parameters
 * @param baseRows   n, the number of base rows
 */
public record SaltelliDesign(int parameters, int baseRows) {

    /** The most parameters: the Sobol sequence of Commons Math has 1000 dimensions, and the design takes 2k. */
    public static final int MAX_PARAMETERS = 500;

    public SaltelliDesign {
        if (parameters < 1 || parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("parameters must be 1 to " + MAX_PARAMETERS + ", not " + parameters);
        }
        if (baseRows < 2) {
            throw new IllegalArgumentException("at least 2 base rows, not " + baseRows);
        }
    }

    /** Points a base row contributes: A, the k A_B^(i) and B. */
    public int pointsPerRow() {
        return parameters + 2;
    }

    public int size() {
        return baseRows * pointsPerRow();
    }

    /** Where A_j is among the points. */
    public int indexOfA(int row) {
        return row * pointsPerRow();
    }

    /** Where A_B^(i)_j is among the points. */
    public int indexOfAB(int row, int parameter) {
        return row * pointsPerRow() + 1 + parameter;
    }

    /** Where B_j is among the points. */
    public int indexOfB(int row) {
        return row * pointsPerRow() + parameters + 1;
    }

    /**
     * Every point of the unit cube to evaluate, in design order. The sequence starts after its origin (all
     * zeros), which would give A and B a shared corner.
     */
    public List<double[]> points() {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * parameters);
        sobol.skipTo(1);
        List<double[]> points = new ArrayList<>(size());
        for (int j = 0; j < baseRows; j++) {
            double[] both = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(both, 0, parameters);
            double[] b = java.util.Arrays.copyOfRange(both, parameters, 2 * parameters);
            points.add(a);
            for (int i = 0; i < parameters; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(ab);
            }
            points.add(b);
        }
        return points;
    }

    /** The points mapped onto ranges: coordinate i from {@code low[i]} to {@code high[i]}. */
    public List<double[]> points(double[] low, double[] high) {
        if (low.length != parameters || high.length != parameters) {
            throw new IllegalArgumentException("give " + parameters + " lows and highs");
        }
        List<double[]> points = points();
        for (double[] point : points) {
            for (int i = 0; i < parameters; i++) {
                point[i] = low[i] + point[i] * (high[i] - low[i]);
            }
        }
        return points;
    }
}
