package dyad.batch;

import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.Trajectory;
import dyad.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * fan.csv: for a few chosen points, the monthly index over their replications (mean and 5th, 25th, 50th,
 * 75th and 95th percentiles), for fan charts. The sweep keeps the series of these points' runs as they are
 * written; a point it did not see in full (a resumed sweep, a failed run) is replayed here, which gives the
 * same runs. No other run's series is kept.
 */
public final class FanTable {

    public static final String FAN = "fan.csv";

    private FanTable() {
    }

    /**
     * The sweep's fan points; by default the point lowest in every parameter at once, the point nearest the base
     * scenario and the point highest in every parameter at once, so that the fan shows the base run between the
     * design's two extremes (each parameter scaled to the range it is swept over; ties go to the earlier point). A
     * sweep over choices, which have no order, draws its first, middle and last point.
     */
    public static List<Integer> points(SweepPlan plan) {
        if (!plan.spec().fanPoints().isEmpty()) {
            return plan.spec().fanPoints();
        }
        List<double[]> points = plan.points();
        if (plan.spec().parameters().stream().anyMatch(SweepParameter::isChoice)) {
            // choices have no order, so no lowest or highest: the first, middle and last point
            int last = points.size() - 1;
            return List.copyOf(new TreeSet<>(List.of(0, last / 2, last)));
        }
        if (points instanceof dyad.batch.design.GridDesign.Points) {
            return gridPoints(plan.spec().parameters());
        }
        int parameters = plan.spec().parameters().size();
        double[] low = new double[parameters];
        double[] span = new double[parameters];
        for (int j = 0; j < parameters; j++) {
            final int p = j;
            low[j] = points.stream().mapToDouble(point -> point[p]).min().orElse(0);
            span[j] = points.stream().mapToDouble(point -> point[p]).max().orElse(0) - low[j];
        }
        int lowest = 0;
        int highest = 0;
        int nearest = 0;
        double lowestSum = Double.POSITIVE_INFINITY;
        double highestSum = Double.NEGATIVE_INFINITY;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            double sum = 0;
            double distance = 0;
            for (int j = 0; j < parameters; j++) {
                double scaled = span[j] == 0 ? 0 : (points.get(i)[j] - low[j]) / span[j];
                double base = span[j] == 0 ? 0 : (plan.spec().parameters().get(j).base() - low[j]) / span[j];
                sum += scaled;
                distance += (scaled - base) * (scaled - base);
            }
            if (sum < lowestSum) {
                lowestSum = sum;
                lowest = i;
            }
            if (sum > highestSum) {
                highestSum = sum;
                highest = i;
            }
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = i;
            }
        }
        return List.copyOf(new TreeSet<>(List.of(lowest, nearest, highest)));
    }

    /**
     * The same three points of a grid, found parameter by parameter, since on a grid both the sum of the scaled
     * values and the distance to the base are smallest (or the sum largest) where each parameter's own term is:
     * a grid of 10^8 points is not walked through.
     */
    private static List<Integer> gridPoints(List<SweepParameter> parameters) {
        long lowest = 0;
        long highest = 0;
        long nearest = 0;
        for (SweepParameter parameter : parameters) {
            List<Double> values = parameter.gridValues();
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double span = values.stream().mapToDouble(Double::doubleValue).max().orElse(0) - low;
            double base = span == 0 ? 0 : (parameter.base() - low) / span;
            int lowestAt = 0;
            int highestAt = 0;
            int nearestAt = 0;
            for (int v = 0; v < values.size(); v++) {
                double scaled = span == 0 ? 0 : (values.get(v) - low) / span;
                double lowestScaled = span == 0 ? 0 : (values.get(lowestAt) - low) / span;
                double highestScaled = span == 0 ? 0 : (values.get(highestAt) - low) / span;
                double nearestScaled = span == 0 ? 0 : (values.get(nearestAt) - low) / span;
                if (scaled < lowestScaled) {
                    lowestAt = v;
                }
                if (scaled > highestScaled) {
                    highestAt = v;
                }
                if ((scaled - base) * (scaled - base) < (nearestScaled - base) * (nearestScaled - base)) {
                    nearestAt = v;
                }
            }
            lowest = lowest * values.size() + lowestAt;
            highest = highest * values.size() + highestAt;
            nearest = nearest * values.size() + nearestAt;
        }
        return List.copyOf(new TreeSet<>(List.of((int) lowest, (int) nearest, (int) highest)));
    }

    /**
     * Writes fan.csv from the series the sweep kept, replaying on {@code threads} threads the fan points it
     * lacks; each replication lands in its own slot, so any thread count gives the same table.
     */
    public static void write(Path file, SweepPlan plan, int threads, Map<Integer, double[][]> kept)
            throws IOException, InterruptedException {
        Percentile percentile = dyad.model.Percentiles.create();
        try (CsvTable table = CsvTable.create(file, schema(plan))) {
            for (int point : points(plan)) {
                double[][] byMonth = kept.get(point);
                if (byMonth == null) {
                    try {
                        byMonth = replay(plan.scenarioAt(point), plan.seedOf(point), plan.spec().replications(),
                                threads);
                    } catch (dyad.scenario.BadInputException e) {
                        // the point's values make no valid scenario: its runs failed, and runs.csv says why
                        continue;
                    }
                }
                for (int m = 0; m < byMonth.length; m++) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(point)));
                    for (int d = 0; d < plan.spec().parameters().size(); d++) {
                        row.add(plan.cell(point, d));
                    }
                    row.add(plan.baseScenario().month(m).toString());
                    percentile.setData(byMonth[m]);
                    row.add(CsvTable.number(java.util.Arrays.stream(byMonth[m]).average().orElse(Double.NaN)));
                    for (double p : new double[] {5, 25, 50, 75, 95}) {
                        row.add(CsvTable.number(percentile.evaluate(p)));
                    }
                    table.row(row);
                }
            }
        }
    }

    /** The columns of {@link #FAN}. */
    public static TableSchema schema(SweepPlan plan) {
        TableSchema.Builder schema = TableSchema.of("for a few points, one row per point and month: the cooperation"
                + " index over the point's replications (mean and percentiles)")
                .add(Column.POINT).addAll(SweepRunner.parameterColumns(plan.spec())).add(Column.DATE)
                .number("mean", "mean cooperation index over the point's replications", Column.Units.INDEX);
        for (int p : new int[] {5, 25, 50, 75, 95}) {
            schema.number(String.format(java.util.Locale.ROOT, "p%02d", p), p + "th percentile of the cooperation"
                    + " index across the point's replications", Column.Units.INDEX);
        }
        return schema.build();
    }

    private static double[][] replay(Scenario scenario, long seed, int replications, int threads)
            throws InterruptedException {
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        int months = scenario.months();
        double[][] byMonth = new double[months][replications];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> replays = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                int replication = r;
                replays.add(Executors.callable(() -> {
                    Trajectory trajectory = Replay.replicate(scenario, inputs, seed, replication);
                    for (int m = 0; m < months; m++) {
                        byMonth[m][replication] = trajectory.index()[m];
                    }
                }));
            }
            pool.invokeAll(replays);
        } finally {
            pool.shutdownNow();
        }
        return byMonth;
    }

    /** Keeps the fan points' series as the sweep writes their runs, in run order. */
    static final class Collector {
        private final List<Integer> points;
        private final int replications;
        private final int months;
        private final Map<Integer, double[][]> filling = new HashMap<>();
        private final Map<Integer, double[][]> complete = new HashMap<>();

        Collector(List<Integer> points, int replications, int months) {
            this.points = points;
            this.replications = replications;
            this.months = months;
        }

        boolean wants(int point) {
            return points.contains(point);
        }

        /** Runs arrive in order; a point is kept only if its series starts at replication 0 and never breaks. */
        void record(RunOutcome outcome) {
            int point = outcome.point();
            if (!wants(point)) {
                return;
            }
            if (outcome.replication() == 0 && outcome.series() != null) {
                filling.put(point, new double[months][replications]);
            }
            double[][] byMonth = filling.get(point);
            if (byMonth == null) {
                return;
            }
            if (outcome.series() == null) {
                filling.remove(point);
                return;
            }
            for (int m = 0; m < months; m++) {
                byMonth[m][outcome.replication()] = outcome.series()[m];
            }
            if (outcome.replication() == replications - 1) {
                complete.put(point, filling.remove(point));
            }
        }

        Map<Integer, double[][]> complete() {
            return complete;
        }
    }
}
