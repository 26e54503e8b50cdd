package dyad.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * points.csv: one row per point with the mean, standard deviation and 95 % confidence interval of each
 * metric over the point's successful runs: Student's t for continuous metrics, Wilson's score interval for
 * the pass/fail metrics sf1..sf7. Built by streaming runs.csv, which lists a point's
 * runs together, so memory holds one point at a time.
 */
public final class PointsTable {

    public static final String POINTS = "points.csv";

    private PointsTable() {
    }

    public static void write(Path runsFile, Path pointsFile, List<String> parameterPaths, List<String> metrics)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(parameterPaths);
        header.addAll(List.of("runs", "failed_runs"));
        for (String metric : metrics) {
            header.addAll(List.of(metric + "_mean", metric + "_sd", metric + "_ci95_low", metric + "_ci95_high"));
        }
        try (Reader reader = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader,
                     AppendableTable.format().builder().setHeader().setSkipHeaderRecord(true).get());
             CsvTable table = CsvTable.create(pointsFile, header)) {
            java.util.Map<String, Integer> columns = parser.getHeaderMap();
            int[] metricColumns = metrics.stream().mapToInt(columns::get).toArray();
            int status = columns.get("status");
            Group group = null;
            for (CSVRecord record : parser) {
                String point = record.get(0);
                if (group == null || !group.point.equals(point)) {
                    if (group != null) {
                        table.row(group.row());
                    }
                    group = new Group(point, record, parameterPaths, metrics);
                }
                group.add(record, status, metricColumns);
            }
            if (group != null) {
                table.row(group.row());
            }
        }
    }

    /** The paper-check metrics sf1..sf7 are 0 or 1: their interval is the Wilson score interval of a proportion. */
    static boolean isPassFail(String metric) {
        return metric.matches("sf\\d+");
    }

    private static final java.util.Map<Long, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The 97.5th percentile of Student's t: slow to compute, and the same for every metric of a point. */
    private static double tQuantile(long degreesOfFreedom) {
        return T_QUANTILES.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }

    /** The runs of one point. */
    private static final class Group {
        private final String point;
        private final List<String> parameters = new ArrayList<>();
        /** Mean and sample variance, updated run by run (SummaryStatistics would also take logs of every value). */
        private final Mean[] means;
        private final Variance[] variances;
        private final boolean[] binary;
        private int runs;
        private int failed;

        Group(String point, CSVRecord first, List<String> parameterPaths, List<String> metrics) {
            this.point = point;
            parameterPaths.forEach(path -> parameters.add(first.get(path)));
            means = new Mean[metrics.size()];
            variances = new Variance[metrics.size()];
            binary = new boolean[metrics.size()];
            for (int k = 0; k < metrics.size(); k++) {
                means[k] = new Mean();
                variances[k] = new Variance();
                binary[k] = isPassFail(metrics.get(k));
            }
        }

        void add(CSVRecord record, int status, int[] metricColumns) {
            runs++;
            if (!"ok".equals(record.get(status))) {
                failed++;
                return;
            }
            for (int k = 0; k < metricColumns.length; k++) {
                double value = Double.parseDouble(record.get(metricColumns[k]));
                means[k].increment(value);
                variances[k].increment(value);
            }
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
                    ConfidenceInterval interval = new WilsonScoreInterval()
                            .createInterval((int) n, (int) Math.round(mean * n), 0.95);
                    low = interval.getLowerBound();
                    high = interval.getUpperBound();
                } else if (n > 1) {
                    double half = tQuantile(n - 1) * sd / Math.sqrt(n);
                    low = mean - half;
                    high = mean + half;
                }
                row.addAll(List.of(CsvTable.number(mean), CsvTable.number(sd), CsvTable.number(low),
                        CsvTable.number(high)));
            }
            return row;
        }
    }
}
