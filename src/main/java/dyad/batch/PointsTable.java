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
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
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
            Group group = null;
            for (CSVRecord record : parser) {
                String point = record.get("point");
                if (group == null || !group.point.equals(point)) {
                    if (group != null) {
                        table.row(group.row());
                    }
                    group = new Group(point, record, parameterPaths, metrics);
                }
                group.add(record, metrics);
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
        private final SummaryStatistics[] statistics;
        private final boolean[] binary;
        private int runs;
        private int failed;

        Group(String point, CSVRecord first, List<String> parameterPaths, List<String> metrics) {
            this.point = point;
            parameterPaths.forEach(path -> parameters.add(first.get(path)));
            statistics = new SummaryStatistics[metrics.size()];
            binary = new boolean[metrics.size()];
            for (int k = 0; k < metrics.size(); k++) {
                statistics[k] = new SummaryStatistics();
                binary[k] = isPassFail(metrics.get(k));
            }
        }

        void add(CSVRecord record, List<String> metrics) {
            runs++;
            if (!"ok".equals(record.get("status"))) {
                failed++;
                return;
            }
            for (int k = 0; k < metrics.size(); k++) {
                statistics[k].addValue(Double.parseDouble(record.get(metrics.get(k))));
            }
        }

        List<String> row() {
            List<String> row = new ArrayList<>(List.of(point));
            row.addAll(parameters);
            row.add(String.valueOf(runs));
            row.add(String.valueOf(failed));
            for (int k = 0; k < statistics.length; k++) {
                SummaryStatistics s = statistics[k];
                long n = s.getN();
                double mean = n > 0 ? s.getMean() : Double.NaN;
                double sd = n > 1 ? s.getStandardDeviation() : Double.NaN;
                double low = Double.NaN;
                double high = Double.NaN;
                if (binary[k] && n > 0) {
                    ConfidenceInterval interval = new WilsonScoreInterval()
                            .createInterval((int) n, (int) Math.round(s.getSum()), 0.95);
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
