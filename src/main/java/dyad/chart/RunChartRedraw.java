package dyad.chart;

import dyad.scenario.Language;
import dyad.batch.RunWriter;
import dyad.model.RunSummary;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** A run's chart drawn again from its folder: the scenario it keeps and the index in its time series. */
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
        IndexChart.write(scenario, run, into, language != null ? language : dyad.batch.Manifest.language(dyad.batch.SweepManifest.read(dir)));
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
