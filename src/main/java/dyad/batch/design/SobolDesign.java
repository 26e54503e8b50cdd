package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first points of a Sobol low-discrepancy sequence (Commons Math), skipping its origin. Deterministic:
 * the seed plays no part.
 */
public record SobolDesign(int count) implements Design {

    @Override
    public List<double[]> points(List<SweepParameter> parameters, long seed) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(parameters.size());
        sobol.skipTo(1);
        List<double[]> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(Design.scale(sobol.nextVector(), parameters));
        }
        return points;
    }

    @Override
    public long pointCount(List<SweepParameter> parameters) {
        return count;
    }

    @Override
    public String name() {
        return "sobol";
    }
}
