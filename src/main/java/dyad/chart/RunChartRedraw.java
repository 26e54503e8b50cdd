package dyad.chart;

import dyad.scenario.Language;
import dyad.batch.RunWriter;
import dyad.model.Contributions;
import dyad.model.RunSummary;
import dyad.model.rules.Rule;
import dyad.model.rules.RuleSet;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's charts drawn again from its folder: the scenario it keeps, the index in its time series and, for a run
 * that wrote one, why the index moves from its why.csv.
 */
public final class RunChartRedraw {

    private static final List<String> COLUMNS = List.of("cooperation_index", "cooperation_index_p05",
            "cooperation_index_p95");

    private RunChartRedraw() {
    }

    /**
     * Draws the chart of the run in {@code dir} into {@code into}, in the language given, else in the one the
     * run was drawn in.
     */
    public static void redraw(Path dir, Path into, Language language) throws IOException {
        Path scenarioFile = dir.resolve(ResolvedScenario.FILE);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new BadInputException(null, "DIR", dir + " keeps no " + ResolvedScenario.FILE
                    + " (it was written by an earlier Dyad): run its scenario again instead");
        }
        Scenario scenario = ResolvedScenario.of(scenarioFile).scenario();
        double[][] columns = read(dir.resolve(RunWriter.TIMESERIES), scenario.months());
        RunSummary run = new RunSummary(scenario.replications(), columns[0], columns[1], columns[2], null, null, null,
                null, null);
        Language drawIn = language != null ? language : dyad.batch.Manifest.language(dyad.batch.SweepManifest.read(dir));
        IndexChart.write(scenario, run, into, drawIn);
        Path why = dir.resolve(RunWriter.WHY);
        if (Files.isRegularFile(why)) {
            WhyChart.write(scenario, readWhy(why, scenario), scenario.replications(), into, drawIn);
        }
    }

    /** The terms of why.csv, which has one row per agent, month and rule of Dyad's standard rules, in that order. */
    private static Contributions readWhy(Path file, Scenario scenario) {
        List<Rule> rules = RuleSet.STANDARD.rules();
        int agents = scenario.agents().size();
        int months = scenario.months();
        ResultsTableReader table = new ResultsTableReader(file);
        List<CSVRecord> rows = table.rows(RunWriter.WHY_COLUMNS);
        if (rows.size() != agents * months * rules.size()) {
            throw damaged(file, rows.size() + " rows for " + agents + " agents, " + months + " months and "
                    + rules.size() + " rules");
        }
        double[][][] terms = new double[agents][months][rules.size()];
        double[][] logOdds = new double[agents][months];
        int next = 0;
        for (int a = 0; a < agents; a++) {
            for (int m = 0; m < months; m++) {
                for (int r = 0; r < rules.size(); r++) {
                    CSVRecord row = rows.get(next++);
                    List<String> expected = List.of(scenario.agents().get(a).id(), scenario.month(m).toString(),
                            rules.get(r).key());
                    List<String> found = List.of(row.get("agent"), row.get("month"), row.get("rule"));
                    if (!expected.equals(found)) {
                        throw damaged(file, table.where(row).strip() + " " + String.join(",", found) + " where "
                                + String.join(",", expected) + " belongs");
                    }
                    terms[a][m][r] = table.number(row, "contribution");
                    logOdds[a][m] = table.number(row, "log_odds");
                }
            }
        }
        return new Contributions(rules, terms, logOdds);
    }

    private static double[][] read(Path file, int months) {
        if (!Files.isRegularFile(file)) {
            throw damaged(file, "the file is missing");
        }
        ResultsTableReader table = new ResultsTableReader(file);
        List<CSVRecord> rows = table.rows(COLUMNS);
        if (rows.size() != months) {
            throw damaged(file, rows.size() + " rows for " + months + " months");
        }
        double[][] columns = new double[COLUMNS.size()][months];
        for (int month = 0; month < months; month++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                columns[c][month] = table.number(rows.get(month), COLUMNS.get(c));
            }
        }
        return columns;
    }

    private static BadInputException damaged(Path file, String problem) {
        return new BadInputException(null, "", file + " cannot be charted: " + problem);
    }
}
