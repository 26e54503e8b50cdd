package dyad.analysis.sensitivity;

import dyad.analysis.SweepTable;
import dyad.analysis.morris.ElementaryEffects;
import dyad.analysis.sobol.SobolIndices;
import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
import dyad.batch.SweepSpec;
import dyad.batch.design.MorrisDesign;
import dyad.batch.design.SaltelliDesign;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The indices of a finished sensitivity sweep: each output's mean at every point of the design, read from
 * {@code points.csv} in design order, given to the method's estimator.
 */
public final class Sensitivity {

    /** The tidy table of indices. */
    public static final String FILE = "indices.csv";
    /** What a Sobol analysis estimates for each parameter. */
    public static final String FIRST = "S1";
    public static final String TOTAL = "ST";
    /** What a Morris analysis estimates for each parameter. */
    public static final String MU = "mu";
    public static final String MU_STAR = "mu_star";
    public static final String SIGMA = "sigma";

    private Sensitivity() {
    }

    /**
     * One index of one parameter for one output, with its 95 % interval (NaN where the method gives none).
     *
     * @param parameter the parameter's path
     */
    public record Estimate(String output, String parameter, String index, double estimate, double low, double high) {
    }

    /**
     * Every output's indices, output by output, parameter by parameter in the sweep's order.
     *
     * @param dir the finished sweep's folder (its points.csv and manifest.json)
     * An output that is the same at every point of a Sobol design has no variance to share out: its indices are
     * NaN (see {@link #constant}).
     *
     * @throws BadInputException if a point has no successful run
     */
    public static List<Estimate> estimate(SensitivityFile file, Path dir) {
        SweepSpec sweep = file.sweep();
        SweepTable table = SweepTable.open(dir, SweepTable.Which.POINTS);
        List<String> columns = file.outputs().stream().map(output -> output + "_mean").toList();
        SweepTable.Rows rows = table.read(columns);
        if (rows.skipped() > 0) {
            throw new BadInputException(null, "outputs", rows.skipped() + " points of the design have no successful"
                    + " run (runs.csv gives each failed run's error): the indices need every point");
        }
        List<String> paths = sweep.parameterPaths();
        int k = paths.size();
        List<Estimate> estimates = new ArrayList<>();
        for (int o = 0; o < columns.size(); o++) {
            String output = file.outputs().get(o);
            double[] values = new double[rows.metrics().length];
            for (int p = 0; p < values.length; p++) {
                values[p] = rows.metrics()[p][o];
            }
            if (file.method() == SensitivityFile.Method.SOBOL) {
                SaltelliDesign.Layout layout = ((SaltelliDesign) sweep.design()).layout(k);
                List<SobolIndices.Index> indices = SobolIndices.estimate(layout, values, file.bootstrap(),
                        sweep.seed());
                for (int i = 0; i < k; i++) {
                    SobolIndices.Index index = indices.get(i);
                    estimates.add(new Estimate(output, paths.get(i), FIRST, index.first(), index.firstLow(),
                            index.firstHigh()));
                    estimates.add(new Estimate(output, paths.get(i), TOTAL, index.total(), index.totalLow(),
                            index.totalHigh()));
                }
            } else {
                MorrisDesign.Layout layout = ((MorrisDesign) sweep.design()).layout(k, sweep.seed());
                List<ElementaryEffects.Effect> effects = ElementaryEffects.estimate(layout, values);
                for (int i = 0; i < k; i++) {
                    ElementaryEffects.Effect effect = effects.get(i);
                    // a number's effect is scaled to its whole range; a step of a choice switches its level, whose
                    // change of the output is the effect itself
                    double scale = sweep.parameters().get(i).isChoice() ? MorrisDesign.delta(layout.levels()) : 1;
                    estimates.add(new Estimate(output, paths.get(i), MU, scale * effect.mu(), Double.NaN,
                            Double.NaN));
                    estimates.add(new Estimate(output, paths.get(i), MU_STAR, scale * effect.muStar(), Double.NaN,
                            Double.NaN));
                    estimates.add(new Estimate(output, paths.get(i), SIGMA, scale * effect.sigma(), Double.NaN,
                            Double.NaN));
                }
            }
        }
        return estimates;
    }

    /**
     * Whether an output does not vary over the design: its Sobol indices are NaN (no variance to share out), its
     * Morris effects all 0.
     */
    public static boolean constant(List<Estimate> estimates, String output) {
        return estimates.stream().filter(e -> e.output().equals(output))
                .allMatch(e -> Double.isNaN(e.estimate()) || e.estimate() == 0);
    }

    /** Writes the estimates as {@code indices.csv} in {@code dir}. */
    public static void write(List<Estimate> estimates, Path dir) throws IOException {
        TableSchema schema = TableSchema.of("one row per output, parameter and index: its estimate with a 95 %"
                + " interval")
                .text("output", "the metric whose variation the index shares out").add(Column.PARAMETER)
                .text("index", "the index: " + FIRST + " (first-order) and " + TOTAL + " (total) for Sobol, "
                        + MU_STAR + ", " + MU + " and " + SIGMA + " for Morris")
                .number("estimate", "the index's estimate", null)
                .number("ci95_low", "lower end of the 95 % bootstrap interval (NA where the method gives none)", null)
                .number("ci95_high", "upper end of the 95 % bootstrap interval (NA where the method gives none)", null)
                .build();
        try (CsvTable table = CsvTable.create(dir.resolve(FILE), schema)) {
            for (Estimate estimate : estimates) {
                table.row(List.of(estimate.output(), estimate.parameter(), estimate.index(),
                        CsvTable.number(estimate.estimate()), CsvTable.number(estimate.low()),
                        CsvTable.number(estimate.high())));
            }
        }
    }
}
