package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Full factorial grid: every combination of the parameters' values, the last parameter varying fastest. The
 * points are not laid out: point i is found from i by index arithmetic, so a grid of 10^8 points takes no more
 * memory than one of ten, and a shard of it computes only its own points.
 */
public record GridDesign() implements Design {

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        long count = pointCount(parameters);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A grid of " + count + " points");
        }
        return new Points(parameters.stream().map(parameter -> parameter.gridValues().stream()
                .mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new), (int) count);
    }

    @Override
    public long pointCount(List<SweepParameter> parameters) {
        long count = 1;
        for (SweepParameter parameter : parameters) {
            long values = parameter.gridSize();
            if (values == 0) {
                return 0;
            }
            count = count > Long.MAX_VALUE / values ? Long.MAX_VALUE : count * values;
        }
        return count;
    }

    @Override
    public String name() {
        return "grid";
    }

    /** The grid's points in order, each computed when asked for: the digits of its index, the last fastest. */
    public static final class Points extends AbstractList<double[]> implements RandomAccess {

        private final double[][] values;
        private final int size;

        Points(double[][] values, int size) {
            this.values = values;
            this.size = size;
        }

        @Override
        public double[] get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            double[] point = new double[values.length];
            int rest = index;
            for (int d = values.length - 1; d >= 0; d--) {
                point[d] = values[d][rest % values[d].length];
                rest /= values[d].length;
            }
            return point;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
