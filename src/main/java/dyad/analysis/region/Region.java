package dyad.analysis.region;

import dyad.analysis.SweepTable;
import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.FactSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The region of a finished region sweep: every draw's parameter values and facts, read from {@code points.csv}
 * in design order, given to {@link Rejection}, and its tables.
 *
 * @param file    the analysis
 * @param points  the draws' point numbers, in design order
 * @param draws   the draws' parameter values as points.csv writes them
 * @param facts   per draw, each fact's column of points.csv (whether it holds on the mean path, or its share)
 * @param result  what the rejection gives
 * @param skipped draws left out because none of their runs succeeded
 */
public record Region(RegionFile file, int[] points, double[][] draws, double[][] facts, Rejection.Result result,
                     int skipped) {

    /** The accepted draws. */
    public static final String ACCEPTED = "accepted.csv";
    /** Each parameter's prior and accepted marginal. */
    public static final String REGION = "region.csv";
    /** The share of draws that satisfy all the facts, and each fact alone. */
    public static final String ACCEPTANCE = "acceptance.csv";
    /** The name of the row of all the facts together in {@link #ACCEPTANCE}. */
    public static final String ALL = "all";
    /** The 5th, 50th and 95th percentiles of a parameter's accepted values, as region.csv names them. */
    static final List<Column> PERCENTILES = List.of(
            Column.number("p05", "5th percentile of the accepted values", null),
            Column.number("p50", "median of the accepted values", null),
            Column.number("p95", "95th percentile of the accepted values", null));

    /** Reads the draws of the finished sweep in {@code dir} and finds those that satisfy every fact. */
    public static Region estimate(RegionFile file, Path dir) {
        SweepSpec sweep = file.sweep();
        List<String> columns = new ArrayList<>(List.of("point"));
        file.facts().forEach(fact -> columns.add(file.accept().column(fact)));
        SweepTable.Rows rows = SweepTable.open(dir, SweepTable.Which.POINTS).read(columns);
        int n = rows.parameters().length;
        int[] points = new int[n];
        double[][] facts = new double[n][];
        boolean[][] satisfied = new boolean[n][file.facts().size()];
        for (int i = 0; i < n; i++) {
            double[] values = rows.metrics()[i];
            points[i] = (int) values[0];
            facts[i] = java.util.Arrays.copyOfRange(values, 1, values.length);
            for (int f = 0; f < file.facts().size(); f++) {
                satisfied[i][f] = file.accept().satisfied(file.facts().get(f), facts[i][f]);
            }
        }
        List<SweepParameter> parameters = sweep.parameters();
        double[] min = parameters.stream().mapToDouble(SweepParameter::min).toArray();
        double[] max = parameters.stream().mapToDouble(SweepParameter::max).toArray();
        return new Region(file, points, rows.parameters(), facts, Rejection.estimate(rows.parameters(), satisfied, min,
                max), rows.skipped());
    }

    /** Writes {@code accepted.csv}, {@code region.csv} and {@code acceptance.csv} into {@code dir}. */
    public void write(Path dir) throws IOException {
        List<String> paths = file.sweep().parameterPaths();
        TableSchema.Builder accepted = TableSchema.of("one row per accepted draw: its parameter values and its"
                + " facts' columns").add(Column.POINT);
        file.sweep().parameters().forEach(parameter -> accepted.number(parameter.path(), "the value of "
                + parameter.path() + " drawn", null));
        file.facts().forEach(fact -> accepted.number(file.accept().column(fact), "the draw's " + file.accept()
                .column(fact) + " (fact " + fact.id() + ") in points.csv", null));
        try (CsvTable table = CsvTable.create(dir.resolve(ACCEPTED), accepted.build())) {
            for (int row : result.accepted()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(points[row])));
                for (double value : draws[row]) {
                    cells.add(CsvTable.number(value));
                }
                for (double value : facts[row]) {
                    cells.add(CsvTable.number(value));
                }
                table.row(cells);
            }
        }
        List<Integer> order = result.byConstraint();
        TableSchema region = TableSchema.of("one row per parameter: its prior range and the range, percentiles"
                + " and constraint of its accepted draws")
                .add(Column.PARAMETER).number("prior_min", "lower end of the prior range", null)
                .number("prior_max", "upper end of the prior range", null)
                .number("base", "the scenario's own value", null).integer("accepted", "draws accepted")
                .number("accepted_min", "lowest accepted value", null)
                .number("accepted_max", "highest accepted value", null)
                .number("mean", "mean of the accepted values", null)
                .addAll(PERCENTILES)
                .number("sd_constraint", "1 minus the accepted values' standard deviation over the prior's", null)
                .number("ks_distance", "Kolmogorov-Smirnov distance of the accepted values from the prior", null)
                .integer("constraint_rank", "rank by how much the facts narrow the parameter, 1 the most").build();
        try (CsvTable table = CsvTable.create(dir.resolve(REGION), region)) {
            for (int j = 0; j < paths.size(); j++) {
                Rejection.Marginal m = result.marginals().get(j);
                boolean any = !result.accepted().isEmpty();
                table.row(List.of(paths.get(j), CsvTable.number(m.priorMin()), CsvTable.number(m.priorMax()),
                        CsvTable.number(file.sweep().parameters().get(j).base()),
                        String.valueOf(result.accepted().size()), CsvTable.number(m.min()), CsvTable.number(m.max()),
                        CsvTable.number(m.mean()), CsvTable.number(m.q05()), CsvTable.number(m.q50()),
                        CsvTable.number(m.q95()), CsvTable.number(m.sdConstraint()), CsvTable.number(m.ks()),
                        any ? String.valueOf(order.indexOf(j) + 1) : "NA"));
            }
        }
        TableSchema acceptance = TableSchema.of("the share of draws that satisfy all the facts, then each fact"
                + " alone, with a 95 % interval")
                .text("facts", ALL + " for all the facts together, or one fact's id").integer("draws", "draws made")
                .integer("satisfied", "draws that satisfy the facts")
                .number("share", "share of draws that satisfy the facts", Column.Units.SHARE)
                .number("ci95_low", "lower end of the share's 95 % interval", Column.Units.SHARE)
                .number("ci95_high", "upper end of the share's 95 % interval", Column.Units.SHARE).build();
        try (CsvTable table = CsvTable.create(dir.resolve(ACCEPTANCE), acceptance)) {
            table.row(shareRow(ALL, result.all()));
            for (int f = 0; f < file.facts().size(); f++) {
                table.row(shareRow(file.facts().get(f).id(), result.alone().get(f)));
            }
        }
    }

    private static List<String> shareRow(String facts, Rejection.Share share) {
        return List.of(facts, String.valueOf(share.draws()), String.valueOf(share.passed()),
                CsvTable.number(share.share()), CsvTable.number(share.low()), CsvTable.number(share.high()));
    }

    /** The facts' ids joined: "SF1, SF2, SF3". */
    public String factList() {
        return String.join(", ", file.facts().stream().map(FactSpec::id).toList());
    }
}
