package dyad.analysis.region;

import dyad.analysis.SweepTable;
import dyad.batch.CsvTable;
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
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(paths);
        file.facts().forEach(fact -> header.add(file.accept().column(fact)));
        try (CsvTable table = CsvTable.create(dir.resolve(ACCEPTED), header)) {
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
        try (CsvTable table = CsvTable.create(dir.resolve(REGION), List.of("parameter", "prior_min", "prior_max",
                "base", "accepted", "accepted_min", "accepted_max", "mean", "q05", "q50", "q95", "sd_constraint",
                "ks_distance", "constraint_rank"))) {
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
        try (CsvTable table = CsvTable.create(dir.resolve(ACCEPTANCE), List.of("facts", "draws", "satisfied", "share",
                "ci95_low", "ci95_high"))) {
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
