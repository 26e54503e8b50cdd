package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/** Independent uniform draws from each parameter's range. */
public record RandomDesign(int count) implements Design {

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        List<double[]> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] unit = new double[parameters.size()];
            for (int d = 0; d < unit.length; d++) {
                unit[d] = random.nextDouble();
            }
            points.add(Design.scale(unit, parameters));
        }
        return points;
    }

    @Override
    public long pointCount(List<SweepParameter> parameters) {
        return count;
    }

    @Override
    public String name() {
        return "random";
    }
}
