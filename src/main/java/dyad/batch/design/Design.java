package dyad.batch.design;

import dyad.batch.SweepParameter;
import java.util.List;

/** How a sweep chooses its points in parameter space. */
public sealed interface Design permits GridDesign, RandomDesign, LatinHypercubeDesign, SobolDesign,
        SaltelliDesign, MorrisDesign {

    /** The points, each with one value per parameter in the order given; the same seed gives the same points. */
    List<double[]> points(List<SweepParameter> parameters, long seed);

    /**
     * How many points {@link #points} gives, without laying them out: a grid's count is the product of its
     * parameters' value counts, which may be far too many to enumerate ({@link Long#MAX_VALUE} if more).
     */
    long pointCount(List<SweepParameter> parameters);

    /** The design's name as written in sweep files. */
    String name();

    /**
     * The design of this name with {@code points} points (for {@code saltelli}, base rows; for {@code morris},
     * trajectories on {@link MorrisDesign#LEVELS} levels).
     */
    static Design of(String name, int points) {
        return of(name, points, MorrisDesign.LEVELS);
    }

    /** The design of this name; {@code levels} counts only for {@code morris}. */
    static Design of(String name, int points, int levels) {
        return switch (name) {
            case "grid" -> new GridDesign();
            case "random" -> new RandomDesign(points);
            case "lhs" -> new LatinHypercubeDesign(points);
            case "sobol" -> new SobolDesign(points);
            case "saltelli" -> new SaltelliDesign(points);
            case "morris" -> new MorrisDesign(points, levels);
            default -> throw new IllegalArgumentException(name);
        };
    }

    List<String> NAMES = List.of("grid", "random", "lhs", "sobol", "saltelli", "morris");

    /** Maps a point of the unit cube onto the parameters' ranges (or value lists). */
    static double[] scale(double[] unit, List<SweepParameter> parameters) {
        double[] point = new double[unit.length];
        for (int d = 0; d < unit.length; d++) {
            point[d] = parameters.get(d).at(unit[d]);
        }
        return point;
    }
}
