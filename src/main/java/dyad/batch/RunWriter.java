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
    /** Each replication's own path, written by {@code run --all-series}. */
    public static final String SERIES = "series.csv";
    /** The month column of {@link #WHY}; before the columns were named alike, it was {@value #WHY_MONTH_BEFORE}. */
    public static final String WHY_MONTH = Column.DATE.name();
    /** One replication's (or one sweep run's) own index in a month, in {@link #SERIES} and a sweep's series.csv. */
    public static final Column REPLICATION_INDEX = Column.number("cooperation_index", "the replication's cooperation"
            + " index: the agents' net stance that month (+1 all cooperate, -1 all resist)", Column.Units.INDEX);
    /** The name the previous release gave {@link #WHY_MONTH}, still read back. */
    public static final String WHY_MONTH_BEFORE = "month";
    /** The columns of {@link #WHY}, after {@link #WHY_AREA} for a scenario with issue areas. */
    private static final List<Column> WHY_TERMS = List.of(
            Column.text("agent", "the agent whose log-odds of cooperating the term is of"), Column.DATE,
            Column.text("rule", "the rule, by the key of its weight (such as ambition)"),
            Column.number("contribution", "the rule's term of the agent's log-odds of cooperating, mean over"
                    + " replications (0 when its weight is 0)", Column.Units.LOG_ODDS),
            Column.number("log_odds", "the agent's log-odds of cooperating that month, the sum of its terms (repeated"
                    + " on each of its rows)", Column.Units.LOG_ODDS));
    /** The names of the columns of {@link #WHY} after {@link #WHY_AREA}. */
    public static final List<String> WHY_COLUMNS = WHY_TERMS.stream().map(Column::name).toList();
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
        List<IssueArea> areas = scenario.areas();
        List<AgentSpec> agents = scenario.agents();
        RunSummary.AreaPaths byArea = areas.isEmpty() ? null : run.areas().orElseThrow();
        List<Series> series = new ArrayList<>(scenario.series().values());
        series.sort(java.util.Comparator.comparing(Series::id));
        TableSchema schema = timeseriesSchema(scenario);
        try (CsvTable table = CsvTable.create(file, schema)) {
            for (int m = 0; m < scenario.months(); m++) {
                List<String> row = new ArrayList<>(schema.columns().size());
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

    /** The columns of {@link #TIMESERIES}. */
    public static TableSchema timeseriesSchema(Scenario scenario) {
        TableSchema.Builder schema = TableSchema.of("one row per month: the cooperation index over the replications,"
                + " each agent's choices, state and perceptions, and the scenario's series")
                .add(Column.DATE).add(Column.COOPERATION_INDEX)
                .number("cooperation_index_p05", "5th percentile of the cooperation index across replications",
                        Column.Units.INDEX)
                .number("cooperation_index_p95", "95th percentile of the cooperation index across replications",
                        Column.Units.INDEX);
        scenario.areas().forEach(area -> schema.number(area.id() + "_index", "cooperation index in issue area "
                + area.id() + ", from the choices in it alone (mean over replications)", Column.Units.INDEX));
        for (AgentSpec agent : scenario.agents()) {
            String id = agent.id();
            schema.number(id + "_cooperation_share", "share of " + id + "'s choices that cooperate (mean over"
                            + " replications)", Column.Units.SHARE)
                    .number(id + "_propensity", id + "'s propensity to cooperate (mean over replications)",
                            Column.Units.PROBABILITY)
                    .number(id + "_trust", id + "'s trust in the other side (mean over replications)", null)
                    .number(id + "_grievance", id + "'s grievance (mean over replications)", null)
                    .number(id + "_strength", id + "'s strength as the rules read it", null)
                    .number(id + "_room_to_resist", id + "'s room to resist", Column.Units.SHARE);
            for (Perception perception : Perception.values()) {
                schema.number(id + "_" + perception.key(), id + "'s perceived " + perception.key().replace('_', ' '),
                        null);
            }
            for (IssueArea area : scenario.areas()) {
                String prefix = id + "_" + area.id() + "_";
                schema.number(prefix + "cooperation_share", "share of " + id + "'s choices in issue area " + area.id()
                                + " that cooperate (mean over replications)", Column.Units.SHARE)
                        .number(prefix + "propensity", id + "'s propensity to cooperate in issue area " + area.id()
                                + " (mean over replications)", Column.Units.PROBABILITY);
                for (Perception perception : Perception.values()) {
                    schema.number(prefix + perception.key(), id + "'s perceived " + perception.key().replace('_', ' ')
                            + " in issue area " + area.id(), null);
                }
            }
        }
        List<Series> series = new ArrayList<>(scenario.series().values());
        series.sort(java.util.Comparator.comparing(Series::id));
        series.forEach(s -> schema.number(s.id(), "the scenario's series " + s.id()
                + (s.source() == null || s.source().text().isBlank() ? "" : " (source: " + s.source().text() + ")"),
                s.unit() == null || s.unit().text().isBlank() ? null : s.unit().text()));
        return schema.build();
    }

    /**
     * {@link #SERIES}: each replication's own path, tidy (one row per replication and month), as a sweep's
     * series.csv writes each run's.
     */
    public static void writeReplications(Path file, Scenario scenario, RunSummary run) throws IOException {
        double[][] byMonth = run.indexByMonthAndReplication();
        try (CsvTable table = CsvTable.create(file, replicationsSchema())) {
            for (int r = 0; r < run.replications(); r++) {
                for (int m = 0; m < scenario.months(); m++) {
                    table.row(List.of(String.valueOf(r), scenario.month(m).toString(),
                            CsvTable.number(byMonth[m][r])));
                }
            }
        }
    }

    /** The columns of {@link #SERIES}. */
    public static TableSchema replicationsSchema() {
        return TableSchema.of("one row per replication and month: the replication's own cooperation index")
                .add(Column.REPLICATION).add(Column.DATE).add(REPLICATION_INDEX).build();
    }

    /**
     * One row per phase of every periodisation: the mean index over the phase with the 5th and 95th
     * percentiles of the replications' phase means (a 90 % interval), and each agent's cooperation share; for a
     * scenario with issue areas, then the same for each area.
     */
    public static void writeSummary(Path file, Scenario scenario, RunSummary run) throws IOException {
        TableSchema.Builder schema = TableSchema.of("one row per phase of every periodisation: the mean index over"
                + " the phase with a 90 % interval across replications, and each agent's cooperation share")
                .text("periodisation", "the periodisation's id").text("phase", "the phase's id")
                .text("label", "the phase's label")
                .add(Column.month("start", "the phase's first month (YYYY-MM)"))
                .add(Column.month("end", "the phase's last month (YYYY-MM)"))
                .integer("months", "months in the phase")
                .number("mean_index", "mean cooperation index over the phase (mean over replications)",
                        Column.Units.INDEX)
                .number("index_p05", "5th percentile of the replications' phase means", Column.Units.INDEX)
                .number("index_p95", "95th percentile of the replications' phase means", Column.Units.INDEX);
        scenario.agents().forEach(agent -> schema.number(agent.id() + "_cooperation_share", "share of " + agent.id()
                + "'s choices over the phase that cooperate", Column.Units.SHARE));
        for (IssueArea area : scenario.areas()) {
            String id = area.id();
            schema.number(id + "_mean_index", "mean index of issue area " + id + " over the phase", Column.Units.INDEX)
                    .number(id + "_index_p05", "5th percentile of the replications' phase means in issue area " + id,
                            Column.Units.INDEX)
                    .number(id + "_index_p95", "95th percentile of the replications' phase means in issue area " + id,
                            Column.Units.INDEX);
            scenario.agents().forEach(agent -> schema.number(agent.id() + "_" + id + "_cooperation_share", "share of "
                    + agent.id() + "'s choices in issue area " + id + " over the phase that cooperate",
                    Column.Units.SHARE));
        }
        try (CsvTable table = CsvTable.create(file, schema.build())) {
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
        TableSchema.Builder schema = TableSchema.of("why the index moves: one row per agent, month and rule, the"
                + " rule's term of the agent's log-odds of cooperating" + (areas ? "; first for the whole agenda"
                + " (area " + WHOLE_AGENDA + "), then for each issue area" : ""));
        if (areas) {
            schema.text(WHY_AREA, "the issue area the terms are of, or " + WHOLE_AGENDA + " for the whole agenda");
        }
        schema.addAll(WHY_TERMS);
        try (CsvTable table = CsvTable.create(file, schema.build())) {
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
        TableSchema schema = TableSchema.of("one row per fact the scenario states, with its verdict")
                .text("fact", "the fact's id").text("title", "the fact's title")
                .text("verdict", "pass, fail, fails-as-expected or passes-unexpectedly")
                .text("evidence", "the numbers behind the verdict").text("claim", "what the fact claims")
                .text("expected", "pass or fail: what the scenario expects of the fact")
                .text("because", "why the scenario expects the fact to fail, where it does").build();
        try (CsvTable table = CsvTable.create(file, schema)) {
            for (Fact fact : facts) {
                table.row(List.of(fact.id(), fact.title(), fact.verdict().key(), fact.evidence(), fact.spec().claim().text(),
                        fact.spec().expectedToHold() ? "pass" : "fail", fact.spec().because().text()));
            }
        }
    }
}
