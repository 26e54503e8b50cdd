package dyad.batch;

import dyad.model.Replay;
import dyad.model.Trajectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * fan.csv: for a few chosen points, the monthly index over their replications (mean and 5th, 25th, 50th,
 * 75th and 95th percentiles), for fan charts. The points are replayed here, which gives the same runs as
 * the sweep, so the sweep itself never keeps every run's series.
 */
public final class FanTable {

    public static final String FAN = "fan.csv";
    static final int DEFAULT_POINTS = 3;

    private FanTable() {
    }

    /** The sweep's fan points, or its first, middle and last point. */
    public static List<Integer> points(SweepPlan plan) {
        if (!plan.spec().fanPoints().isEmpty()) {
            return plan.spec().fanPoints();
        }
        int last = plan.points().size() - 1;
        return List.copyOf(new TreeSet<>(List.of(0, last / 2, last)));
    }

    /** Replays the fan points on {@code threads} threads; each replication lands in its own slot, so any count gives the same table. */
    public static void write(Path file, SweepPlan plan, int threads) throws IOException, InterruptedException {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(plan.spec().parameterPaths());
        header.addAll(List.of("date", "mean", "p05", "p25", "median", "p75", "p95"));
        int replications = plan.spec().replications();
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        try (CsvTable table = CsvTable.create(file, header)) {
            for (int point : points(plan)) {
                PointRunner.Prepared prepared;
                try {
                    prepared = PointRunner.Prepared.of(plan, point);
                } catch (RuntimeException e) {
                    continue;
                }
                int months = prepared.scenario().months();
                double[][] byMonth = new double[months][replications];
                PointRunner.Prepared fanPoint = prepared;
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
                try {
                    List<java.util.concurrent.Callable<Object>> replays = new ArrayList<>();
                    for (int r = 0; r < replications; r++) {
                        int replication = r;
                        replays.add(java.util.concurrent.Executors.callable(() -> {
                            Trajectory trajectory = Replay.replicate(fanPoint.scenario(), fanPoint.inputs(), fanPoint.seed(),
                                    replication);
                            for (int m = 0; m < months; m++) {
                                byMonth[m][replication] = trajectory.index()[m];
                            }
                        }));
                    }
                    pool.invokeAll(replays);
                } finally {
                    pool.shutdownNow();
                }
                for (int m = 0; m < months; m++) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(point)));
                    for (double value : plan.points().get(point)) {
                        row.add(CsvTable.number(value));
                    }
                    row.add(prepared.scenario().month(m).toString());
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
}
