package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling for Sobol indices: {@code baseRows} rows of a Sobol sequence in 2k dimensions, whose first
 * k coordinates make the matrix A and last k the matrix B, and for every parameter i the matrix A_B^(i), A with
 * its column i taken from B. The points are row by row: for base row j, A_j, then A_B^(1)_j … A_B^(k)_j, then
 * B_j; so k + 2 points a row, {@code baseRows (k + 2)} in all (the order SALib uses). Deterministic: the seed
 * plays no part.
 *
 * @param baseRows n, the number of base rows (a sweep file's {@code points})
 */
public record SaltelliDesign(int baseRows) implements Design {

    /** The most parameters: the Sobol sequence of Commons Math has 1000 dimensions, and the design takes 2k. */
    public static final int MAX_PARAMETERS = 500;

    public SaltelliDesign {
        if (baseRows < 2) {
            throw new IllegalArgumentException("at least 2 base rows, not " + baseRows);
        }
    }

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        List<double[]> points = layout(parameters.size()).unitPoints();
        points.replaceAll(unit -> Design.scale(unit, parameters));
        return points;
    }

    @Override
    public long pointCount(List<SweepParameter> parameters) {
        return (long) baseRows * (parameters.size() + 2);
    }

    @Override
    public String name() {
        return "saltelli";
    }

    /** Where each point of the design lies for k parameters. */
    public Layout layout(int parameters) {
        return new Layout(parameters, baseRows);
    }

    /**
     * The design for k parameters: which point is A_j, A_B^(i)_j or B_j, and the points in the unit cube.
     *
     * @param parameters k
     * @param baseRows   n
     */
    public record Layout(int parameters, int baseRows) {

        public Layout {
            if (parameters < 1 || parameters > MAX_PARAMETERS) {
                throw new IllegalArgumentException("parameters must be 1 to " + MAX_PARAMETERS + ", not "
                        + parameters);
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
        public List<double[]> unitPoints() {
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
    }
}
