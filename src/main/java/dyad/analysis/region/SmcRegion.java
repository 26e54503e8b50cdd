package dyad.analysis.region;

import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A region found by sequential Monte Carlo ({@code sampling: smc}): the generations run and the last complete
 * one's weighted particles, with its tables.
 *
 * @param file the analysis
 * @param run  the generations
 * @param runs the replications run, twins included
 */
public record SmcRegion(RegionFile file, Smc.Run run, long runs) {

    /** Each generation's tolerance, proposals, acceptances and effective sample size. */
    public static final String GENERATIONS = "generations.csv";
    /** Proposals evaluated at once: fixed, so that the particles do not depend on the threads. */
    static final int BATCH = 16;

    /** Hears each generation as it ends, with the replications run so far. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (generation, runs) -> { };

        void generationDone(Smc.Generation generation, long runs);
    }

    /** Runs the file's generations, replaying each proposal's replications on the pool. */
    public static SmcRegion run(RegionFile file, ExecutorService pool, int threads, Listener listener) {
        if (!file.sequential()) {
            throw new IllegalArgumentException(file.sweep().name() + " is not a sequential Monte Carlo analysis");
        }
        List<SweepParameter> parameters = file.sweep().parameters();
        double[] min = parameters.stream().mapToDouble(SweepParameter::min).toArray();
        double[] max = parameters.stream().mapToDouble(SweepParameter::max).toArray();
        FactDistance distance = new FactDistance(file, pool, threads);
        Smc.Run run = Smc.run(min, max, particles(file), file.generations(), file.sweep().seed(), BATCH,
                distance, generation -> listener.generationDone(generation, distance.runs()));
        return new SmcRegion(file, run, distance.runs());
    }

    /** The particles each generation wants: the file's samples. */
    public static int particles(RegionFile file) {
        return (int) file.sweep().design().pointCount(file.sweep().parameters());
    }

    /** Writes {@code accepted.csv}, {@code region.csv} and {@code generations.csv} into {@code dir}. */
    public void write(Path dir) throws IOException {
        List<String> paths = file.sweep().parameterPaths();
        Smc.Generation last = run.result();
        TableSchema.Builder accepted = TableSchema.of("one row per particle of the last complete generation: its"
                + " parameter values, distance and weight")
                .integer("particle", "particle number, from 1");
        file.sweep().parameters().forEach(parameter -> accepted.number(parameter.path(), "the particle's value of "
                + parameter.path(), null));
        accepted.number("distance", "how far the particle's facts are from holding (0: all hold)", null)
                .number("weight", "the particle's importance weight", null);
        try (CsvTable table = CsvTable.create(dir.resolve(Region.ACCEPTED), accepted.build())) {
            for (int i = 0; last != null && i < last.accepted(); i++) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1)));
                for (double value : last.particles()[i]) {
                    cells.add(CsvTable.number(value));
                }
                cells.add(CsvTable.number(last.distances()[i]));
                cells.add(CsvTable.number(last.weights()[i]));
                table.row(cells);
            }
        }
        TableSchema region = TableSchema.of("one row per parameter: its prior range and the weighted marginal of the"
                + " last complete generation")
                .add(Column.PARAMETER).number("prior_min", "lower end of the prior range", null)
                .number("prior_max", "upper end of the prior range", null)
                .number("base", "the scenario's own value", null)
                .integer("generation", "the last complete generation").number("tolerance", "its tolerance", null)
                .integer("particles", "its particles")
                .number("effective_sample_size", "its effective sample size", null)
                .number("mean", "weighted mean", null).number("sd", "weighted standard deviation", null)
                .addAll(Region.PERCENTILES)
                .number("sd_constraint", "1 minus the weighted standard deviation over the prior's", null).build();
        try (CsvTable table = CsvTable.create(dir.resolve(Region.REGION), region)) {
            for (int j = 0; j < paths.size(); j++) {
                table.row(marginalRow(j, last));
            }
        }
        TableSchema generations = TableSchema.of("one row per generation of the sequential Monte Carlo")
                .integer("generation", "generation number").number("tolerance", "the generation's tolerance", null)
                .integer("proposals", "particles proposed").integer("accepted", "particles accepted")
                .number("acceptance_rate", "accepted over proposed", Column.Units.SHARE)
                .number("effective_sample_size", "effective sample size of the weighted particles", null)
                .bool("complete", "whether the generation completed").build();
        try (CsvTable table = CsvTable.create(dir.resolve(GENERATIONS), generations)) {
            for (Smc.Generation generation : run.generations()) {
                table.row(List.of(String.valueOf(generation.index()), CsvTable.number(generation.tolerance()),
                        String.valueOf(generation.proposals()), String.valueOf(generation.accepted()),
                        CsvTable.number(generation.proposals() == 0 ? Double.NaN
                                : (double) generation.accepted() / generation.proposals()),
                        CsvTable.number(generation.effectiveSampleSize()), String.valueOf(generation.complete())));
            }
        }
    }

    private List<String> marginalRow(int j, Smc.Generation last) {
        SweepParameter parameter = file.sweep().parameters().get(j);
        Weighted m = weighted(j);
        List<String> row = new ArrayList<>(List.of(parameter.path(), CsvTable.number(parameter.min()),
                CsvTable.number(parameter.max()), CsvTable.number(parameter.base())));
        if (last == null) {
            row.addAll(List.of("NA", "NA", "0", "NA", "NA", "NA", "NA", "NA", "NA", "NA"));
            return row;
        }
        row.addAll(List.of(String.valueOf(last.index()), CsvTable.number(last.tolerance()),
                String.valueOf(last.accepted()), CsvTable.number(last.effectiveSampleSize()),
                CsvTable.number(m.mean()), CsvTable.number(m.sd()), CsvTable.number(m.q05()),
                CsvTable.number(m.q50()), CsvTable.number(m.q95()), CsvTable.number(constraint(parameter, m.sd()))));
        return row;
    }

    /**
     * One parameter's weighted marginal in the last complete generation.
     *
     * @param sd the weighted population standard deviation
     */
    public record Weighted(double mean, double sd, double q05, double q50, double q95) {
    }

    /** Parameter {@code j}'s weighted marginal; NaN if no generation completed. */
    public Weighted weighted(int j) {
        Smc.Generation last = run.result();
        if (last == null) {
            return new Weighted(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] values = values(j);
        double[] w = last.weights();
        return new Weighted(weightedMean(values, w), weightedSd(values, w), Smc.weightedQuantile(values, w, 0.05),
                Smc.weightedQuantile(values, w, 0.5), Smc.weightedQuantile(values, w, 0.95));
    }

    private static double weightedMean(double[] values, double[] weights) {
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            mean += weights[i] * values[i];
        }
        return mean;
    }

    /** The population standard deviation of values whose weights sum to 1. */
    private static double weightedSd(double[] values, double[] weights) {
        double mean = weightedMean(values, weights);
        double variance = 0;
        for (int i = 0; i < values.length; i++) {
            variance += weights[i] * (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(variance);
    }

    /** How far a spread falls short of the parameter's even prior's: 1 − sd / prior sd (region.csv's sd_constraint). */
    static double constraint(SweepParameter parameter, double sd) {
        return 1 - sd / ((parameter.max() - parameter.min()) / Math.sqrt(12));
    }

    /**
     * The parameters from the most to the least constrained by weighted particles (weights summing to 1), as
     * region.csv's sd_constraint says; in the file's order among equals and where there are no particles.
     */
    public static List<Integer> mostConstrained(SweepSpec sweep, double[][] particles, double[] weights) {
        double[] constraint = new double[sweep.parameters().size()];
        for (int j = 0; j < constraint.length && particles.length > 0; j++) {
            double[] values = new double[particles.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = particles[i][j];
            }
            constraint[j] = constraint(sweep.parameters().get(j), weightedSd(values, weights));
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < constraint.length; j++) {
            order.add(j);
        }
        order.sort((a, b) -> Double.compare(constraint[b], constraint[a]));
        return order;
    }

    /** Parameter {@code j}'s values in the last complete generation, in particle order. */
    public double[] values(int j) {
        Smc.Generation last = run.result();
        double[] values = new double[last == null ? 0 : last.accepted()];
        for (int i = 0; i < values.length; i++) {
            values[i] = last.particles()[i][j];
        }
        return values;
    }
}
