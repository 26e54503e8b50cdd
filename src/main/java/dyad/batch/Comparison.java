package dyad.batch;

import dyad.model.Percentiles;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Scenarios replayed with the same seed and replications, and each one's difference from the first, paired by
 * replication: replication r of every scenario draws from the same random streams (common random numbers),
 * so the difference shows what the scenario changes, not the noise of two independent runs.
 */
public record Comparison(List<Compared> scenarios) {

    public static final String FILE = "compare.csv";

    /** The columns of {@link #FILE}. */
    public static final TableSchema SCHEMA = TableSchema.of("one row per scenario and month: the scenario's index"
            + " and its paired difference from the first scenario")
            .text("scenario", "the scenario's name").text("title", "the scenario's title").add(Column.DATE)
            .add(Column.COOPERATION_INDEX)
            .number("cooperation_index_p05", "5th percentile of the cooperation index across replications",
                    Column.Units.INDEX)
            .number("cooperation_index_p95", "95th percentile of the cooperation index across replications",
                    Column.Units.INDEX)
            .number("difference", "mean over replications of the index minus the first scenario's, replication by"
                    + " replication (empty for the first scenario)", Column.Units.INDEX)
            .number("difference_p05", "5th percentile of the paired difference", Column.Units.INDEX)
            .number("difference_p95", "95th percentile of the paired difference", Column.Units.INDEX).build();

    /** One scenario of the comparison; {@code difference} is null for the first. */
    public record Compared(Scenario scenario, RunSummary run, Difference difference) {
    }

    /** The mean difference from the first scenario by month, with the 5th and 95th percentiles across replications. */
    public record Difference(double[] mean, double[] p5, double[] p95) {
    }

    public Comparison {
        scenarios = List.copyOf(scenarios);
    }

    /** The comparison of runs of equal length and replications, the first being the one the others are compared with. */
    public static Comparison of(List<Scenario> scenarios, List<RunSummary> runs) {
        RunSummary base = runs.get(0);
        List<Compared> compared = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            compared.add(new Compared(scenarios.get(i), runs.get(i), i == 0 ? null : difference(base, runs.get(i))));
        }
        return new Comparison(compared);
    }

    static Difference difference(RunSummary base, RunSummary other) {
        double[][] from = base.indexByMonthAndReplication();
        double[][] to = other.indexByMonthAndReplication();
        if (from.length != to.length || base.replications() != other.replications()) {
            throw new IllegalArgumentException("runs of different months or replications cannot be paired");
        }
        int months = from.length;
        int replications = base.replications();
        double[] mean = new double[months];
        double[] p5 = new double[months];
        double[] p95 = new double[months];
        Percentile percentile = Percentiles.create();
        double[] differences = new double[replications];
        for (int m = 0; m < months; m++) {
            double sum = 0;
            for (int r = 0; r < replications; r++) {
                differences[r] = to[m][r] - from[m][r];
                sum += differences[r];
            }
            mean[m] = sum / replications;
            percentile.setData(differences);
            p5[m] = percentile.evaluate(5);
            p95[m] = percentile.evaluate(95);
        }
        return new Difference(mean, p5, p95);
    }

    /**
     * compare.csv: one row per scenario and month, tidy: the scenario's id and title, the month (date), its mean index
     * with the 5th and 95th percentiles, and the paired difference from the first scenario with its 90 % interval
     * (empty for the first).
     */
    public void write(Path file) throws IOException {
        try (CsvTable table = CsvTable.create(file, SCHEMA)) {
            for (Compared compared : scenarios) {
                Scenario scenario = compared.scenario();
                RunSummary run = compared.run();
                Difference difference = compared.difference();
                for (int m = 0; m < scenario.months(); m++) {
                    table.row(List.of(scenario.name(), scenario.title().text(), scenario.month(m).toString(),
                            CsvTable.number(run.index()[m]), CsvTable.number(run.indexP5()[m]),
                            CsvTable.number(run.indexP95()[m]),
                            difference == null ? "" : CsvTable.number(difference.mean()[m]),
                            difference == null ? "" : CsvTable.number(difference.p5()[m]),
                            difference == null ? "" : CsvTable.number(difference.p95()[m])));
                }
            }
        }
    }
}
