package dyad.analysis.morris;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris's trajectory design: {@code r} trajectories on a grid of {@code p} levels (0, 1/(p−1), …, 1) of the unit
 * cube, each of k + 1 points that change one parameter at a time by Δ = p / (2 (p − 1)), every parameter once,
 * in a random order and direction. A trajectory starts at a random grid point from which every step stays in
 * the cube. The points are in design order: trajectory 0's k + 1 points, then trajectory 1's, and so on.
 *
 * @param parameters   k
 * @param trajectories r
 * @param levels       p, even (the usual 4 gives Δ = 2/3)
 * @param points       every point of the design, in the unit cube
 * @param changed      for every point after a trajectory's first, the parameter it changed (−1 at a start)
 * @param steps        the signed change of that parameter (+Δ or −Δ; 0 at a start)
 */
public record MorrisDesign(int parameters, int trajectories, int levels, List<double[]> points, int[] changed,
                           double[] steps) {

    /** The usual number of levels. */
    public static final int LEVELS = 4;

    /** Lays out r trajectories for k parameters on p levels from a seed; the same seed gives the same points. */
    public static MorrisDesign of(int parameters, int trajectories, int levels, long seed) {
        if (parameters < 1) {
            throw new IllegalArgumentException("at least 1 parameter, not " + parameters);
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("at least 2 trajectories, not " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("the levels must be even and at least 2, not " + levels);
        }
        int jump = levels / 2;
        double delta = delta(levels);
        MersenneTwister random = new MersenneTwister(seed);
        int size = trajectories * (parameters + 1);
        List<double[]> points = new ArrayList<>(size);
        int[] changed = new int[size];
        double[] steps = new double[size];
        for (int t = 0; t < trajectories; t++) {
            int[] start = new int[parameters];
            int[] direction = new int[parameters];
            for (int i = 0; i < parameters; i++) {
                // the lower of the two levels a step joins: 0 to p/2 − 1, so that the upper is still on the grid
                int lower = random.nextInt(levels - jump);
                direction[i] = random.nextBoolean() ? 1 : -1;
                start[i] = direction[i] > 0 ? lower : lower + jump;
            }
            int[] order = permutation(parameters, random);
            int[] current = start.clone();
            int base = t * (parameters + 1);
            points.add(unit(current, levels));
            changed[base] = -1;
            for (int s = 0; s < parameters; s++) {
                int i = order[s];
                current[i] += direction[i] * jump;
                points.add(unit(current, levels));
                changed[base + s + 1] = i;
                steps[base + s + 1] = direction[i] * delta;
            }
        }
        return new MorrisDesign(parameters, trajectories, levels, points, changed, steps);
    }

    /** Δ = p / (2 (p − 1)). */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    public int size() {
        return points.size();
    }

    private static double[] unit(int[] grid, int levels) {
        double[] point = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            point[i] = grid[i] / (double) (levels - 1);
        }
        return point;
    }

    private static int[] permutation(int size, MersenneTwister random) {
        int[] order = MathArrays.natural(size);
        MathArrays.shuffle(order, random);
        return order;
    }
}
