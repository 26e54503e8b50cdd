package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.ArrayList;
import java.util.List;

/** Full factorial grid: every combination of the parameters' values, the last parameter varying fastest. */
public record GridDesign() implements Design {

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (SweepParameter parameter : parameters) {
            List<double[]> extended = new ArrayList<>();
            for (double[] prefix : points) {
                for (double value : parameter.gridValues()) {
                    double[] point = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    point[prefix.length] = value;
                    extended.add(point);
                }
            }
            points = extended;
        }
        return points;
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
}
