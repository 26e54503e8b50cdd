package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomDataGenerator;

/**
 * Latin hypercube sampling: each parameter's range is cut into as many equal strata as there are points,
 * and every stratum of every parameter holds exactly one point, at a uniform position within it.
 * Commons Math has no Latin hypercube; it supplies the permutations and uniform draws.
 */
public record LatinHypercubeDesign(int count) implements Design {

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new MersenneTwister(seed));
        int dimensions = parameters.size();
        double[][] unit = new double[count][dimensions];
        for (int d = 0; d < dimensions; d++) {
            int[] strata = random.nextPermutation(count, count);
            for (int i = 0; i < count; i++) {
                unit[i][d] = (strata[i] + random.nextUniform(0, 1, true)) / count;
            }
        }
        List<double[]> points = new ArrayList<>(count);
        for (double[] u : unit) {
            points.add(Design.scale(u, parameters));
        }
        return points;
    }

    @Override
    public long pointCount(List<SweepParameter> parameters) {
        return count;
    }

    @Override
    public String name() {
        return "lhs";
    }
}
