package dyad.batch;

import dyad.check.Fact;
import dyad.model.Contributions;
import dyad.model.ExogenousInputs;
import dyad.model.RunSummary;
import dyad.scenario.AgentSpec;
import dyad.scenario.IssueArea;
import dyad.scenario.Perception;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import dyad.scenario.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a run's tables: the monthly time series, the per-phase summary, the paper check and why the index moves. */
public final class RunWriter {

    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String PAPER_CHECK = "paper-check.csv";
    public static final String WHY = "why.csv";
    /** The columns of {@link #WHY}. */
    public static final List<String> WHY_COLUMNS = List.of("agent", "month", "rule", "contribution", "log_odds");
    /** The first column of {@link #WHY} for a scenario with issue areas: which area a row's terms are of. */
    public static final String WHY_AREA = "area";
    /** The {@link #WHY_AREA} of the rows of the whole agenda, which no declared area may be called. */
    public static final String WHOLE_AGENDA = IssueArea.ALL;

    private RunWriter() {
    }

    /**
     * One row per month: the mean index and its 5th and 95th percentiles across replications, each agent's
     * mean cooperation share, propensity, trust and grievance, its strength, room to resist and perceptions,
     * and the scenario's exogenous series.
     */
    public static void writeTimeseries(Path file, Scenario scenario, ExogenousInputs inputs, RunSummary run)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("date", "cooperation_index", "cooperation_index_p05",
                "cooperation_index_p95"));
        List<IssueArea> areas = scenario.areas();
        areas.forEach(area -> header.add(area.id() + "_index"));
        List<AgentSpec> agents = scenario.agents();
        for (AgentSpec agent : agents) {
            String id = agent.id();
            header.addAll(List.of(id + "_cooperation_share", id + "_propensity", id + "_trust", id + "_grievance",
                    id + "_strength", id + "_room_to_resist"));
            for (Perception perception : Perception.values()) {
                header.add(id + "_" + perception.key());
            }
            for (IssueArea area : areas) {
                String prefix = id + "_" + area.id() + "_";
                header.addAll(List.of(prefix + "cooperation_share", prefix + "propensity"));
                for (Perception perception : Perception.values()) {
                    header.add(prefix + perception.key());
                }
            }
        }
        RunSummary.AreaPaths byArea = areas.isEmpty() ? null : run.areas().orElseThrow();
        List<Series> series = new ArrayList<>(scenario.series().values());
        series.sort(java.util.Comparator.comparing(Series::id));
        series.forEach(s -> header.add(s.id()));
        try (CsvTable table = CsvTable.create(file, header)) {
            for (int m = 0; m < scenario.months(); m++) {
                List<String> row = new ArrayList<>(header.size());
                row.add(scenario.month(m).toString());
                row.add(CsvTable.number(run.index()[m]));
                row.add(CsvTable.number(run.indexP5()[m]));
                row.add(CsvTable.number(run.indexP95()[m]));
                for (int k = 0; k < areas.size(); k++) {
                    row.add(CsvTable.number(byArea.index()[k][m]));
                }
                for (int a = 0; a < agents.size(); a++) {
                    row.add(CsvTable.number(run.cooperationShare()[a][m]));
                    row.add(CsvTable.number(run.propensity()[a][m]));
                    row.add(CsvTable.number(run.trust()[a][m]));
                    row.add(CsvTable.number(run.grievance()[a][m]));
                    row.add(CsvTable.number(inputs.strength(a, m)));
                    row.add(CsvTable.number(inputs.room(a, m)));
                    for (Perception perception : Perception.values()) {
                        row.add(CsvTable.number(inputs.perception(a, perception, m)));
                    }
                    for (int k = 0; k < areas.size(); k++) {
                        row.add(CsvTable.number(byArea.share()[a][k][m]));
                        row.add(CsvTable.number(byArea.propensity()[a][k][m]));
                        for (Perception perception : Perception.values()) {
                            row.add(CsvTable.number(inputs.perception(a, k, perception, m)));
                        }
                    }
                }
                for (Series s : series) {
                    row.add(CsvTable.number(s.values().get(m)));
                }
                table.row(row);
            }
        }
    }

    /**
     * One row per phase of every periodisation: the mean index over the phase with the 5th and 95th
     * percentiles of the replications' phase means (a 90 % interval), and each agent's cooperation share; for a
     * scenario with issue areas, then the same for each area.
     */
    public static void writeSummary(Path file, Scenario scenario, RunSummary run) throws IOException {
        List<String> header = new ArrayList<>(List.of("periodisation", "phase", "label", "start", "end", "months",
                "mean_index", "index_p05", "index_p95"));
        scenario.agents().forEach(agent -> header.add(agent.id() + "_cooperation_share"));
        for (IssueArea area : scenario.areas()) {
            header.addAll(List.of(area.id() + "_mean_index", area.id() + "_index_p05", area.id() + "_index_p95"));
            scenario.agents().forEach(agent -> header.add(agent.id() + "_" + area.id() + "_cooperation_share"));
        }
        try (CsvTable table = CsvTable.create(file, header)) {
            for (PhaseSummary summary : PhaseSummary.of(scenario, run)) {
                Phase phase = summary.phase();
                List<String> row = new ArrayList<>(List.of(summary.periodisation().id(), phase.id(),
                        phase.label().text(), phase.start().toString(), phase.end().toString(),
                        String.valueOf(summary.months()), CsvTable.number(summary.meanIndex()),
                        CsvTable.number(summary.p5()), CsvTable.number(summary.p95())));
                for (double share : summary.cooperationShares()) {
                    row.add(CsvTable.number(share));
                }
                for (PhaseSummary.InArea area : summary.areas()) {
                    row.addAll(List.of(CsvTable.number(area.meanIndex()), CsvTable.number(area.p5()),
                            CsvTable.number(area.p95())));
                    for (double share : area.cooperationShares()) {
                        row.add(CsvTable.number(share));
                    }
                }
                table.row(row);
            }
        }
    }

    /**
     * Why the index moves, tidy: one row per agent, month and rule, with the rule's mean term of the agent's
     * log-odds of cooperating ({@code contribution}) and the mean log-odds, the sum of the agent's terms in that
     * month, repeated on each of its rows ({@code log_odds}). For a scenario with issue areas the table begins
     * with an {@code area} column: the whole agenda's rows first, as {@value #WHOLE_AGENDA}, then each area's
     * in the scenario's order, each area's terms adding up to the log-odds of a choice in that area.
     *
     * @param byArea each declared area's terms, in the scenario's order; empty for a scenario without areas
     */
    public static void writeWhy(Path file, Scenario scenario, Contributions contributions, List<Contributions> byArea)
            throws IOException {
        if (byArea.size() != scenario.areas().size()) {
            throw new IllegalArgumentException(byArea.size() + " areas' terms, scenario " + scenario.name()
                    + " declares " + scenario.areas().size() + " areas");
        }
        boolean areas = scenario.hasAreas();
        List<String> header = new ArrayList<>();
        if (areas) {
            header.add(WHY_AREA);
        }
        header.addAll(WHY_COLUMNS);
        try (CsvTable table = CsvTable.create(file, header)) {
            writeWhyRows(table, areas ? WHOLE_AGENDA : null, scenario, contributions);
            for (int k = 0; k < byArea.size(); k++) {
                writeWhyRows(table, scenario.areas().get(k).id(), scenario, byArea.get(k));
            }
        }
    }

    /** The terms by declared area of a run that recorded them, for {@link #writeWhy}; empty without areas. */
    public static List<Contributions> whyByArea(Scenario scenario, RunSummary run) {
        if (!scenario.hasAreas()) {
            return List.of();
        }
        Contributions[] byArea = run.areas().orElseThrow().contributions();
        // one declared area's terms are the whole agenda's, which the run records once
        return byArea == null ? List.of(run.contributions().orElseThrow()) : List.of(byArea);
    }

    private static void writeWhyRows(CsvTable table, String area, Scenario scenario, Contributions contributions)
            throws IOException {
        for (int a = 0; a < scenario.agents().size(); a++) {
            String agent = scenario.agents().get(a).id();
            for (int m = 0; m < scenario.months(); m++) {
                String month = scenario.month(m).toString();
                String logOdds = CsvTable.number(contributions.logOdds()[a][m]);
                for (int r = 0; r < contributions.rules().size(); r++) {
                    List<String> row = new ArrayList<>(6);
                    if (area != null) {
                        row.add(area);
                    }
                    row.addAll(List.of(agent, month, contributions.rules().get(r).key(),
                            CsvTable.number(contributions.terms()[a][m][r]), logOdds));
                    table.row(row);
                }
            }
        }
    }

    public static void writePaperCheck(Path file, List<Fact> facts) throws IOException {
        try (CsvTable table = CsvTable.create(file, List.of("fact", "title", "verdict", "evidence", "claim",
                "expected", "because"))) {
            for (Fact fact : facts) {
                table.row(List.of(fact.id(), fact.title(), fact.verdict().key(), fact.evidence(), fact.spec().claim().text(),
                        fact.spec().expectedToHold() ? "pass" : "fail", fact.spec().because().text()));
            }
        }
    }
}
