package dyad.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dyad.scenario.FactSpec;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * points.csv: one row per point with the mean, standard deviation and 95 % confidence interval of each
 * metric over the point's successful runs: Student's t for continuous metrics, Wilson's score interval for
 * the facts, which are 1 or 0; then, for each fact, whether it holds on the point's mean path. A sweep
 * writes a point's row as soon as its last run is written; a resumed sweep keeps the rows of points whose
 * runs were all kept and rebuilds the others from runs.csv, replaying their runs for the mean paths. Both
 * read the metrics as written in runs.csv
 * (six decimals), so the table is the same either way.
 */
public final class PointsTable {

    public static final String POINTS = "points.csv";

    private static final Map<Long, Double> T_QUANTILES = new ConcurrentHashMap<>();
    /** By runs and passes; a sweep meets few pairs (the replications, fewer where runs failed). */
    private static final Map<Long, double[]> WILSON = new ConcurrentHashMap<>();

    private PointsTable() {
    }

    /** The column of whether a fact holds on a point's mean path. */
    public static final String ON_MEAN_PATH = "_on_mean_path";

    public static List<String> header(SweepPlan plan) {
        return schema(plan).header();
    }

    /** The columns of {@link #POINTS}. */
    public static TableSchema schema(SweepPlan plan) {
        TableSchema.Builder schema = TableSchema.of("one row per point: each metric's mean, standard deviation and 95 %"
                + " confidence interval over the point's successful runs")
                .add(Column.POINT).addAll(SweepRunner.parameterColumns(plan.spec()))
                .integer("runs", "runs of the point").integer("failed_runs", "runs of the point that failed");
        for (Column metric : RunMetrics.columns(plan.spec(), plan.baseScenario())) {
            String name = metric.name();
            schema.number(name + "_mean", "mean over the point's runs of " + name, metric.unit())
                    .number(name + "_sd", "standard deviation over the point's runs of " + name, metric.unit())
                    .number(name + "_ci95_low", "lower end of the 95 % confidence interval of the mean of " + name,
                            metric.unit())
                    .number(name + "_ci95_high", "upper end of the 95 % confidence interval of the mean of " + name,
                            metric.unit());
        }
        plan.facts().forEach(fact -> schema.number(RunMetrics.factMetric(fact) + ON_MEAN_PATH, "1 if fact "
                + fact.id() + " holds on the point's mean path, 0 if not", null));
        return schema.build();
    }

    /** A run's paths replayed, for the mean paths of the points a resumed sweep rebuilds. */
    @FunctionalInterface
    interface PathReplay {
        MeanPaths.Run paths(long run);
    }

    /**
     * What a resumed sweep goes on with: the runs of a last, incomplete point (or null), the failed runs so
     * far, and, for a shard, the point its range began in the middle of.
     */
    record Rebuilt(Group partial, long failedRuns, List<Group> partialPoints) {
    }

    /**
     * Writes the rows of every complete point among the runs in runs.csv into {@code points}, in one pass that
     * also counts the failed runs.
     */
    static Rebuilt rebuild(Path runsFile, AppendableTable points, SweepPlan plan, long firstRun, PathReplay replay)
            throws IOException {
        return rebuild(runsFile, points, plan, firstRun, replay, new int[0]);
    }

    /**
     * As {@link #rebuild(Path, AppendableTable, SweepPlan, long, PathReplay)}, for a points table that keeps
     * its rows of the points {@code kept[0]} to {@code kept[1]}: their runs are only counted, not replayed.
     *
     * @param kept the first and last point whose rows the table kept, or an empty array for none
     */
    static Rebuilt rebuild(Path runsFile, AppendableTable points, SweepPlan plan, long firstRun, PathReplay replay,
                           int[] kept) throws IOException {
        List<String> parameterPaths = plan.spec().parameterPaths();
        List<String> metrics = plan.metricNames();
        int replications = plan.spec().replications();
        try (Reader reader = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader,
                     AppendableTable.format().builder().setHeader().setSkipHeaderRecord(true).get())) {
            Map<String, Integer> columns = parser.getHeaderMap();
            int[] metricColumns = metrics.stream().mapToInt(columns::get).toArray();
            int status = columns.get("status");
            Group group = null;
            long failed = 0;
            long run = firstRun;
            List<Group> partialPoints = new ArrayList<>();
            for (CSVRecord record : parser) {
                int point = Integer.parseInt(record.get(0));
                if (group != null && group.point() != point) {
                    // a shard's first point began in the previous shard
                    partialPoints.add(group);
                    group = null;
                }
                if (kept.length == 2 && point >= kept[0] && point <= kept[1]) {
                    // its row is already in the table
                    failed += "ok".equals(record.get(status)) ? 0 : 1;
                    run++;
                    continue;
                }
                if (group == null) {
                    List<String> parameters = new ArrayList<>();
                    parameterPaths.forEach(path -> parameters.add(record.get(path)));
                    group = new Group(record.get(0), parameters, plan);
                }
                boolean ok = "ok".equals(record.get(status));
                if (!ok) {
                    failed++;
                }
                group.add(record, ok, metricColumns, ok && !plan.facts().isEmpty() ? replay.paths(run) : null);
                run++;
                if (group.runs() == replications) {
                    points.append(group.rowText());
                    group = null;
                }
            }
            return new Rebuilt(group, failed, partialPoints);
        }
    }

    /**
     * The 95 % Wilson score interval of {@code passes} out of {@code runs}: its library class makes a normal
     * distribution, with a freshly seeded generator, at every call, and a sweep asks for few distinct pairs.
     */
    private static double[] wilson(int runs, int passes) {
        return WILSON.computeIfAbsent((long) runs << 32 | passes, key -> {
            ConfidenceInterval interval = new WilsonScoreInterval().createInterval(runs, passes, 0.95);
            return new double[] {interval.getLowerBound(), interval.getUpperBound()};
        });
    }

    /** The 97.5th percentile of Student's t: slow to compute, and the same for every metric of a point. */
    private static double tQuantile(long degreesOfFreedom) {
        return T_QUANTILES.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }

    /** The runs of one point, as they are written. */
    static final class Group {
        private final String point;
        private final List<String> parameters;
        /** Mean and sample variance, updated run by run (SummaryStatistics would also take logs of every value). */
        private final Mean[] means;
        private final Variance[] variances;
        private final boolean[] binary;
        private final List<FactSpec> facts;
        private final MeanPaths meanPaths;
        private int runs;
        private int failed;

        /** @param parameters the point's parameter values as written in runs.csv */
        Group(String point, List<String> parameters, SweepPlan plan) {
            this.point = point;
            this.parameters = List.copyOf(parameters);
            List<String> metrics = plan.metricNames();
            this.facts = plan.facts();
            this.meanPaths = facts.isEmpty() ? null : new MeanPaths(plan.baseScenario(), plan.twins(),
                    plan.twinScenarios(), MeanPaths.byArea(facts));
            means = new Mean[metrics.size()];
            variances = new Variance[metrics.size()];
            binary = new boolean[metrics.size()];
            for (int k = 0; k < metrics.size(); k++) {
                means[k] = new Mean();
                variances[k] = new Variance();
                binary[k] = plan.isPassFail(metrics.get(k));
            }
        }

        /** Adds a run from its row of runs.csv, whose metrics are in {@code metricColumns}. */
        void add(CSVRecord record, boolean ok, int[] metricColumns, MeanPaths.Run paths) {
            double[] values = new double[metricColumns.length];
            for (int k = 0; ok && k < metricColumns.length; k++) {
                values[k] = Double.parseDouble(record.get(metricColumns[k]));
            }
            add(ok, values, paths);
        }

        /**
         * @param values the run's metrics as written in runs.csv; ignored for a failed run
         * @param paths  the run's paths, when the sweep records facts
         */
        void add(boolean ok, double[] values, MeanPaths.Run paths) {
            runs++;
            if (!ok) {
                failed++;
                return;
            }
            if (meanPaths != null && paths != null) {
                meanPaths.add(paths);
            }
            for (int k = 0; k < values.length; k++) {
                means[k].increment(values[k]);
                variances[k].increment(values[k]);
            }
        }

        int runs() {
            return runs;
        }

        int point() {
            return Integer.parseInt(point);
        }

        /** The group of a point of the plan, with its parameter values as runs.csv writes them. */
        static Group of(SweepPlan plan, int point) {
            List<String> parameters = new ArrayList<>();
            for (int d = 0; d < plan.spec().parameters().size(); d++) {
                parameters.add(plan.cell(point, d));
            }
            return new Group(String.valueOf(point), parameters, plan);
        }

        /** Adds what another shard's runs of this point add to its mean path, as {@link MeanPaths#toJson} wrote it. */
        void addMeanPaths(com.google.gson.JsonObject json) {
            if (meanPaths != null && json != null) {
                meanPaths.addJson(json);
            }
        }

        /** This point as one that a shard saw only part of: what its runs add to the point's mean path. */
        SweepRunner.PartialPoint asPartial() {
            return new SweepRunner.PartialPoint(point(), meanPaths);
        }

        String rowText() throws IOException {
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, AppendableTable.format())) {
                printer.printRecord(row());
            }
            return text.toString();
        }

        List<String> row() {
            List<String> row = new ArrayList<>(List.of(point));
            row.addAll(parameters);
            row.add(String.valueOf(runs));
            row.add(String.valueOf(failed));
            for (int k = 0; k < means.length; k++) {
                long n = means[k].getN();
                double mean = n > 0 ? means[k].getResult() : Double.NaN;
                double sd = n > 1 ? Math.sqrt(variances[k].getResult()) : Double.NaN;
                double low = Double.NaN;
                double high = Double.NaN;
                if (binary[k] && n > 0) {
                    double[] interval = wilson((int) n, (int) Math.round(mean * n));
                    low = interval[0];
                    high = interval[1];
                } else if (n > 1) {
                    double half = tQuantile(n - 1) * sd / Math.sqrt(n);
                    low = mean - half;
                    high = mean + half;
                }
                row.addAll(List.of(CsvTable.number(mean), CsvTable.number(sd), CsvTable.number(low),
                        CsvTable.number(high)));
            }
            if (meanPaths != null) {
                for (double holds : meanPaths.holds(facts)) {
                    row.add(Double.isNaN(holds) ? CsvTable.number(holds) : holds == 1 ? "1" : "0");
                }
            }
            return row;
        }
    }
}
