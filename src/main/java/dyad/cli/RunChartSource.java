package dyad.cli;

import dyad.batch.RunWriter;
import dyad.chart.IndexChart;
import dyad.model.RunSummary;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A run's chart drawn again from its folder: the scenario it keeps and the index in its time series. */
final class RunChartSource {

    private static final List<String> COLUMNS = List.of("cooperation_index", "cooperation_index_p05",
            "cooperation_index_p95");

    private RunChartSource() {
    }

    static void redraw(Path dir, Path into) throws IOException {
        Path scenarioFile = dir.resolve(ResolvedScenario.FILE);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(null, "DIR", dir + " keeps no " + ResolvedScenario.FILE
                    + " (it was written by an earlier Dyad): run its scenario again instead");
        }
        Scenario scenario = ResolvedScenario.of(scenarioFile).scenario();
        double[][] columns = read(dir.resolve(RunWriter.TIMESERIES), scenario.months());
        RunSummary run = new RunSummary(scenario.replications(), columns[0], columns[1], columns[2], null, null, null,
                null, null);
        IndexChart.write(scenario, run, into);
    }

    private static double[][] read(Path file, int months) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw damaged(file, "the file is missing");
        }
        double[][] columns = new double[COLUMNS.size()][months];
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            int month = 0;
            for (CSVRecord record : parser) {
                if (month == months) {
                    throw damaged(file, "more rows than the scenario has months");
                }
                for (int c = 0; c < COLUMNS.size(); c++) {
                    columns[c][month] = Double.parseDouble(record.get(COLUMNS.get(c)));
                }
                month++;
            }
            if (month != months) {
                throw damaged(file, month + " rows for " + months + " months");
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException
                 | org.apache.commons.csv.CSVException e) {
            throw damaged(file, "it does not have the columns and numbers a run writes");
        }
        return columns;
    }

    private static ScenarioException damaged(Path file, String problem) {
        return new ScenarioException(null, "", file + " cannot be charted: " + problem);
    }
}
