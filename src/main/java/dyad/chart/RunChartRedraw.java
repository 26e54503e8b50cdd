package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.batch.Figures;
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
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's charts drawn again from its folder: the scenario it keeps, the index and each issue area's index in its
 * time series and, for a run that wrote one, why the index moves from its why.csv, on the whole agenda and in the
 * areas asked for or already drawn.
 */
public final class RunChartRedraw {

    private static final List<String> COLUMNS = List.of("cooperation_index", "cooperation_index_p05",
            "cooperation_index_p95");

    private RunChartRedraw() {
    }

    /**
     * Draws the charts of the run in {@code dir} into {@code into}, in each language's formats and names, with the
     * why chart of each issue area asked for and of each that {@code files} already has.
     *
     * @param areas the ids of the areas whose why chart to draw
     * @param files the names of the files of the run's folder
     * @throws BadInputException if the scenario has no area of one of those ids
     */
    public static void redraw(Path dir, Path into, Figures figures, List<String> areas, Collection<String> files)
            throws IOException {
        Path scenarioFile = dir.resolve(ResolvedScenario.FILE);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new BadInputException(null, "DIR", dir + " keeps no " + ResolvedScenario.FILE
                    + " (it was written by an earlier Dyad): run its scenario again instead");
        }
        Scenario scenario = ResolvedScenario.of(scenarioFile).scenario();
        List<String> whyAreas = whyAreas(scenario, areas, files);
        double[][] columns = read(dir.resolve(RunWriter.TIMESERIES), scenario);
        RunSummary run = new RunSummary(scenario.replications(), columns[0], columns[1], columns[2], null, null, null,
                null, null);
        for (FigureOutput output : figures.outputs()) {
            IndexChart.write(scenario, run, into, output);
            if (scenario.hasAreas()) {
                AreaChart.write(scenario, columns[0], java.util.Arrays.copyOfRange(columns, COLUMNS.size(),
                        columns.length), scenario.replications(), into, output);
            }
        }
        Path why = dir.resolve(RunWriter.WHY);
        if (Files.isRegularFile(why)) {
            WhyTable table = new WhyTable(why, scenario);
            Contributions whole = table.contributions(null);
            List<Contributions> byArea = new java.util.ArrayList<>();
            for (String area : whyAreas) {
                byArea.add(table.contributions(area));
            }
            for (FigureOutput output : figures.outputs()) {
                WhyChart.write(scenario, whole, scenario.replications(), into, output);
                for (int k = 0; k < whyAreas.size(); k++) {
                    WhyChart.writeArea(scenario, whyAreas.get(k), byArea.get(k), scenario.replications(), into,
                            output);
                }
            }
        } else if (!whyAreas.isEmpty()) {
            throw damaged(why, "the file is missing, and with it why the index moves in "
                    + String.join(", ", whyAreas));
        }
    }

    /**
     * The areas whose why chart a run's folder gets, in the scenario's order: those asked for and those whose
     * charts {@code files} already has.
     *
     * @throws BadInputException if the scenario has no area of an id asked for
     */
    public static List<String> whyAreas(Scenario scenario, List<String> asked, Collection<String> files) {
        asked.forEach(id -> scenario.requireArea("--area", id));
        List<String> areas = new java.util.ArrayList<>();
        for (dyad.scenario.IssueArea area : scenario.areas()) {
            if (asked.contains(area.id()) || Figures.holds(files, WhyChart.fileName(area.id()))) {
                areas.add(area.id());
            }
        }
        return areas;
    }

    /**
     * why.csv as written: one row per agent, month and rule of Dyad's standard rules, in that order; for a scenario
     * with issue areas first for the whole agenda, then for each area, named in its first column.
     */
    private static final class WhyTable {

        private final Path file;
        private final Scenario scenario;
        private final ResultsTableReader table;
        private final List<CSVRecord> rows;
        private final boolean byArea;
        /** The month's column: date, or month in a table the previous release wrote. */
        private final String monthColumn;

        WhyTable(Path file, Scenario scenario) {
            this.file = file;
            this.scenario = scenario;
            this.table = new ResultsTableReader(file);
            this.rows = table.rows(RunWriter.WHY_COLUMNS.stream().filter(c -> !c.equals(RunWriter.WHY_MONTH)).toList());
            boolean before = !rows.isEmpty() && !rows.get(0).isMapped(RunWriter.WHY_MONTH)
                    && rows.get(0).isMapped(RunWriter.WHY_MONTH_BEFORE);
            if (!rows.isEmpty() && !before && !rows.get(0).isMapped(RunWriter.WHY_MONTH)) {
                throw damaged(file, "it has no column '" + RunWriter.WHY_MONTH + "'");
            }
            this.monthColumn = before ? RunWriter.WHY_MONTH_BEFORE : RunWriter.WHY_MONTH;
            this.byArea = !rows.isEmpty() && rows.get(0).isMapped(RunWriter.WHY_AREA);
            int blocks = byArea ? 1 + scenario.areas().size() : 1;
            int perBlock = scenario.agents().size() * scenario.months() * RuleSet.STANDARD.rules().size();
            if (rows.size() != blocks * perBlock) {
                throw damaged(file, rows.size() + " rows for " + scenario.agents().size() + " agents, "
                        + scenario.months() + " months and " + RuleSet.STANDARD.rules().size() + " rules"
                        + (byArea ? " in " + blocks + " areas (all of them and each)" : ""));
            }
        }

        /** The terms on the whole agenda ({@code area} null) or in one declared area. */
        Contributions contributions(String area) {
            if (area != null && !byArea) {
                throw damaged(file, "it has no rows by issue area (an earlier Dyad wrote it): run the scenario again"
                        + " with 'dyad rerun " + file.getParent() + "'");
            }
            List<Rule> rules = RuleSet.STANDARD.rules();
            int agents = scenario.agents().size();
            int months = scenario.months();
            double[][][] terms = new double[agents][months][rules.size()];
            double[][] logOdds = new double[agents][months];
            String areaName = area == null ? RunWriter.WHOLE_AGENDA : area;
            int next = area == null ? 0 : (1 + scenario.areaIndex(area)) * agents * months * rules.size();
            for (int a = 0; a < agents; a++) {
                for (int m = 0; m < months; m++) {
                    for (int r = 0; r < rules.size(); r++) {
                        CSVRecord row = rows.get(next++);
                        List<String> expected = List.of(scenario.agents().get(a).id(), scenario.month(m).toString(),
                                rules.get(r).key());
                        List<String> found = List.of(row.get("agent"), row.get(monthColumn), row.get("rule"));
                        if (byArea) {
                            expected = with(areaName, expected);
                            found = with(row.get(RunWriter.WHY_AREA), found);
                        }
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

        private static List<String> with(String first, List<String> rest) {
            List<String> all = new java.util.ArrayList<>(List.of(first));
            all.addAll(rest);
            return all;
        }
    }

    /** The index, its percentiles and each declared area's index, by column and month. */
    private static double[][] read(Path file, Scenario scenario) {
        if (!Files.isRegularFile(file)) {
            throw damaged(file, "the file is missing");
        }
        List<String> columns = new java.util.ArrayList<>(COLUMNS);
        scenario.areas().forEach(area -> columns.add(area.id() + "_index"));
        int months = scenario.months();
        ResultsTableReader table = new ResultsTableReader(file);
        List<CSVRecord> rows = table.rows(columns);
        if (rows.size() != months) {
            throw damaged(file, rows.size() + " rows for " + months + " months");
        }
        double[][] values = new double[columns.size()][months];
        for (int month = 0; month < months; month++) {
            for (int c = 0; c < columns.size(); c++) {
                // the index, its percentiles and the areas' indices: -1 to 1
                values[c][month] = table.number(rows.get(month), columns.get(c), -1, 1);
            }
        }
        return values;
    }

    private static BadInputException damaged(Path file, String problem) {
        return new BadInputException(null, "", file + " cannot be charted: " + problem);
    }
}
