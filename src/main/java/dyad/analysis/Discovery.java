package dyad.analysis;

import dyad.analysis.prim.Prim;
import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario discovery on a finished sweep: PRIM on the parameter values of the rows of one of its tables for a
 * condition on their metrics, the peeling trajectory and the box chosen from it, with its limits.
 *
 * @param table       the table the rows come from
 * @param condition   the condition
 * @param options     how the trajectory was peeled and the box chosen
 * @param rows        the rows used
 * @param hits        the rows where the condition holds
 * @param skipped     rows left out (failed runs, missing values)
 * @param trajectory  the peeling trajectory, from the box of all rows
 * @param chosen      the index in the trajectory of the chosen box
 * @param box         the chosen box, pasted if asked
 * @param pasted      whether the box was pasted
 * @param limits      every parameter's limits in the box, with the quasi-p-values of its restrictions
 */
public record Discovery(SweepTable table, Condition condition, Options options, int rows, int hits, int skipped,
                        List<Prim.Step> trajectory, int chosen, Prim.Step box, boolean pasted, List<Prim.Limit> limits) {

    /** The trajectory's rows. */
    public static final String TRAJECTORY = "trajectory.csv";
    /** The chosen box's limits. */
    public static final String BOX = "box.csv";
    /** The default density the chosen box must reach. */
    public static final double THRESHOLD = 0.8;

    public Discovery {
        trajectory = List.copyOf(trajectory);
        limits = List.copyOf(limits);
    }

    /**
     * How to peel and which box to choose.
     *
     * @param step the trajectory's step to choose, or null for the largest box with at least {@code threshold}
     */
    public record Options(double alpha, double minSupport, double threshold, Integer step, boolean paste) {
        public static final Options DEFAULTS = new Options(Prim.ALPHA, Prim.MIN_SUPPORT, THRESHOLD, null, false);
    }

    /**
     * Reads the table, evaluates the condition on every row and runs PRIM.
     *
     * @throws BadInputException if the condition holds in no row, or the step asked for is not on the trajectory
     */
    public static Discovery of(SweepTable table, Condition condition, Options options) {
        SweepTable.Rows read = table.read(condition.metrics());
        int count = read.parameters().length;
        boolean[] holds = new boolean[count];
        int hits = 0;
        for (int i = 0; i < count; i++) {
            holds[i] = condition.test(read.metrics()[i]);
            hits += holds[i] ? 1 : 0;
        }
        String rowsName = table.which().rows();
        if (count == 0) {
            throw new BadInputException(null, "RESULTS", table.file() + " has no " + rowsName + " with values of "
                    + String.join(", ", condition.metrics()));
        }
        if (hits == 0) {
            throw new BadInputException(null, "--where", "the condition holds in none of the " + count + " "
                    + rowsName + ": " + ranges(condition.metrics(), read.metrics()));
        }
        Prim prim = new Prim(read.parameters(), holds);
        List<Prim.Step> trajectory = prim.peel(options.alpha(), options.minSupport());
        int chosen;
        if (options.step() == null) {
            chosen = Prim.choose(trajectory, options.threshold());
        } else if (options.step() < 0 || options.step() >= trajectory.size()) {
            throw new BadInputException(null, "--box", "the trajectory has steps 0 to " + (trajectory.size() - 1)
                    + ", not " + options.step());
        } else {
            chosen = options.step();
        }
        Prim.Step box = options.paste() ? prim.paste(trajectory.get(chosen).box(), options.alpha())
                : trajectory.get(chosen);
        return new Discovery(table, condition, options, count, hits, read.skipped(), trajectory, chosen, box, options.paste(),
                prim.limits(box.box()));
    }

    /** "metric runs from a to b" for every metric, to say why a condition holds nowhere. */
    private static String ranges(List<String> metrics, double[][] values) {
        List<String> ranges = new ArrayList<>();
        for (int j = 0; j < metrics.size(); j++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] row : values) {
                low = Math.min(low, row[j]);
                high = Math.max(high, row[j]);
            }
            ranges.add(metrics.get(j) + " runs from " + CsvTable.number(low) + " to " + CsvTable.number(high));
        }
        return String.join("; ", ranges);
    }

    /** Writes trajectory.csv (one row per step) and box.csv (one row per parameter) into dir. */
    public void write(Path dir) throws IOException {
        TableSchema.Builder trajectorySchema = TableSchema.of("PRIM's peeling trajectory: one row per step, the box"
                + " and how well it holds the rows where the condition holds")
                .integer("step", "step of the peeling, from 0 (the whole space)")
                .number("coverage", "share of the rows where the condition holds that the box holds", Column.Units.SHARE)
                .number("density", "share of the rows in the box where the condition holds", Column.Units.SHARE)
                .number("support", "share of all rows that the box holds", Column.Units.SHARE)
                .integer("rows", "rows in the box").integer("hits", "rows in the box where the condition holds")
                .integer("restricted", "parameters the box restricts")
                .integer("chosen", "1 for the step chosen as the box, 0 for the others");
        for (String parameter : table.parameters()) {
            trajectorySchema.text(parameter + "_lower", "the box's lower limit of " + parameter)
                    .text(parameter + "_upper", "the box's upper limit of " + parameter);
        }
        try (CsvTable out = CsvTable.create(dir.resolve(TRAJECTORY), trajectorySchema.build())) {
            for (int s = 0; s < trajectory.size(); s++) {
                Prim.Step step = trajectory.get(s);
                List<String> cells = new ArrayList<>(List.of(String.valueOf(s), CsvTable.number(step.coverage()),
                        CsvTable.number(step.density()), CsvTable.number(step.support()), String.valueOf(step.rows()),
                        String.valueOf(step.hits()), String.valueOf(step.restricted()), s == chosen ? "1" : "0"));
                double[] lower = step.box().lower();
                double[] upper = step.box().upper();
                for (int d = 0; d < lower.length; d++) {
                    cells.add(table.cell(d, lower[d]));
                    cells.add(table.cell(d, upper[d]));
                }
                out.row(cells);
            }
        }
        TableSchema boxSchema = TableSchema.of("the chosen box: one row per parameter, its limits and whether the"
                + " box restricts it")
                .add(Column.PARAMETER).text("lower", "the box's lower limit (a number, or a choice's levels)")
                .text("upper", "the box's upper limit (a number, or a choice's levels)")
                .number("quasi_p_value", "the restriction's quasi-p-value (binomial): how likely a box so dense by"
                        + " chance", null)
                .integer("restricted", "1 if the box restricts the parameter, 0 if not").build();
        try (CsvTable out = CsvTable.create(dir.resolve(BOX), boxSchema)) {
            for (Prim.Limit limit : limits) {
                out.row(List.of(table.parameters().get(limit.dimension()), table.cell(limit.dimension(),
                        limit.lower()), table.cell(limit.dimension(), limit.upper()), quasiP(limit.quasiP()), limit.restricted() ? "1" : "0"));
            }
        }
    }

    /** Three significant digits in scientific form where small: a quasi-p-value far below 0.000001 is not 0. */
    static String quasiP(double p) {
        // 0 where the binomial tail is below the smallest double
        return Double.isNaN(p) ? "NA" : p == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3g", p);
    }
}
