package dyad.analysis.futures;

import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
import dyad.model.Percentiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How robust each lever setting is across the futures, as the EMA Workbench reports it: a setting's outcome in a
 * future is the mean index over the horizon's last years; its regret there is the best outcome any setting reaches
 * in that future minus its own (0 for the best setting, never below 0). A higher index is a better relationship.
 * A setting with a small maximum regret does nearly as well as the best setting whatever future comes.
 *
 * @param levers   the levers' names, in the file's order
 * @param years    the years whose mean index is the outcome
 * @param outcomes one entry per future and setting, in futures.csv's order
 * @param settings one summary per setting, in futures.csv's order
 */
public record Robustness(List<String> levers, List<Integer> years, List<Outcome> outcomes, List<Summary> settings) {

    /** The tidy table: one row per future and setting. */
    public static final String REGRET = "regret.csv";
    /** One row per setting. */
    public static final String ROBUSTNESS = "robustness.csv";
    /** The last years of the horizon whose mean index is the outcome (all of them if the horizon is shorter). */
    public static final int OUTCOME_YEARS = 3;

    public Robustness {
        levers = List.copyOf(levers);
        years = List.copyOf(years);
        outcomes = List.copyOf(outcomes);
        settings = List.copyOf(settings);
    }

    /** A setting's outcome and regret in one future. */
    public record Outcome(int future, LeverSetting setting, double outcome, double regret) {
    }

    /** A setting's outcomes and regrets over the futures. */
    public record Summary(LeverSetting setting, double meanOutcome, double p10Outcome, double p50Outcome,
                          double p90Outcome, double meanRegret, double maxRegret, double p90Regret) {
    }

    /** The settings in words: "lever=value, lever=value", or "as the base" for a file without levers. */
    public static String words(LeverSetting setting) {
        if (setting.values().isEmpty()) {
            return "as the base";
        }
        List<String> parts = new ArrayList<>();
        setting.values().forEach((lever, value) -> parts.add(lever + "=" + value));
        return String.join(", ", parts);
    }

    /**
     * Reads futures.csv and works out every setting's outcome and regret.
     *
     * @param levers       the levers' names, columns of futures.csv
     * @param outcomeYears how many of the horizon's last years make the outcome
     */
    public static Robustness of(Path futuresCsv, List<String> levers, int outcomeYears) throws IOException {
        List<CSVRecord> rows;
        List<Integer> years = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(futuresCsv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (String column : parser.getHeaderNames()) {
                if (column.matches("index_\\d+")) {
                    years.add(Integer.parseInt(column.substring("index_".length())));
                }
            }
            rows = parser.getRecords();
        }
        List<Integer> last = years.subList(Math.max(0, years.size() - outcomeYears), years.size());
        Map<Integer, List<Integer>> byFuture = new LinkedHashMap<>();
        double[] values = new double[rows.size()];
        LeverSetting[] settingOf = new LeverSetting[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            double sum = 0;
            for (int year : last) {
                sum += Double.parseDouble(row.get("index_" + year));
            }
            // as regret.csv writes it, so that a reader's best minus own gives the regret written beside it
            values[i] = CsvTable.asWritten(sum / last.size());
            Map<String, String> setting = new LinkedHashMap<>();
            levers.forEach(lever -> setting.put(lever, row.get(lever)));
            settingOf[i] = new LeverSetting(setting);
            byFuture.computeIfAbsent(Integer.parseInt(row.get("future")), f -> new ArrayList<>()).add(i);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<LeverSetting, List<Outcome>> bySetting = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int future = Integer.parseInt(rows.get(i).get("future"));
            double best = byFuture.get(future).stream().mapToDouble(j -> values[j]).max().orElseThrow();
            Outcome outcome = new Outcome(future, settingOf[i], values[i], best - values[i]);
            outcomes.add(outcome);
            bySetting.computeIfAbsent(settingOf[i], s -> new ArrayList<>()).add(outcome);
        }
        List<Summary> settings = new ArrayList<>();
        Percentile percentile = Percentiles.create();
        bySetting.forEach((setting, its) -> {
            double[] outcome = its.stream().mapToDouble(Outcome::outcome).toArray();
            double[] regret = its.stream().mapToDouble(Outcome::regret).toArray();
            percentile.setData(outcome);
            double p10 = percentile.evaluate(10);
            double p50 = percentile.evaluate(50);
            double p90 = percentile.evaluate(90);
            percentile.setData(regret);
            settings.add(new Summary(setting, mean(outcome), p10, p50, p90, mean(regret),
                    java.util.Arrays.stream(regret).max().orElseThrow(), percentile.evaluate(90)));
        });
        return new Robustness(levers, last, outcomes, settings);
    }

    /** The setting with the least maximum regret; of equal ones, the one with the least mean regret, then the first. */
    public Summary leastMaxRegret() {
        return settings.stream().min(java.util.Comparator.comparingDouble((Summary s) -> CsvTable.asWritten(s.maxRegret()))
                .thenComparingDouble(s -> CsvTable.asWritten(s.meanRegret()))).orElseThrow();
    }

    /** Writes regret.csv and robustness.csv into dir. */
    public void write(Path dir) throws IOException {
        String outcomeWords = "the mean index over " + years.get(0) + (years.size() == 1 ? ""
                : " to " + years.get(years.size() - 1));
        TableSchema.Builder regret = TableSchema.of("one row per future and lever setting: its outcome ("
                + outcomeWords + ") and its regret, the best outcome of any setting in that future minus its own")
                .integer("future", "the future, counted from 1");
        levers.forEach(lever -> regret.text(lever, "the value of lever " + lever));
        regret.number("outcome", outcomeWords + ", in this future under this setting", Column.Units.INDEX)
                .number("regret", "the best outcome of any setting in this future minus this one's (0 for the best)",
                        null);
        try (CsvTable out = CsvTable.create(dir.resolve(REGRET), regret.build())) {
            for (Outcome outcome : outcomes) {
                List<Object> row = new ArrayList<>(List.of(outcome.future()));
                row.addAll(outcome.setting().values().values());
                row.add(CsvTable.number(outcome.outcome()));
                row.add(CsvTable.number(outcome.regret()));
                out.row(row);
            }
        }
        TableSchema.Builder robustness = TableSchema.of("one row per lever setting: its outcome (" + outcomeWords
                + ") and its regret over the futures; the setting with the least max_regret is the most robust");
        levers.forEach(lever -> robustness.text(lever, "the value of lever " + lever));
        robustness.number("mean_outcome", "the mean outcome over the futures", Column.Units.INDEX)
                .number("p10_outcome", "the 10th percentile of the outcome over the futures", Column.Units.INDEX)
                .number("p50_outcome", "the median outcome over the futures", Column.Units.INDEX)
                .number("p90_outcome", "the 90th percentile of the outcome over the futures", Column.Units.INDEX)
                .number("mean_regret", "the mean regret over the futures", null)
                .number("max_regret", "the largest regret in any future", null)
                .number("p90_regret", "the 90th percentile of the regret over the futures", null);
        try (CsvTable out = CsvTable.create(dir.resolve(ROBUSTNESS), robustness.build())) {
            for (Summary summary : settings) {
                List<Object> row = new ArrayList<>(summary.setting().values().values());
                for (double value : new double[] {summary.meanOutcome(), summary.p10Outcome(), summary.p50Outcome(),
                        summary.p90Outcome(), summary.meanRegret(), summary.maxRegret(), summary.p90Regret()}) {
                    row.add(CsvTable.number(value));
                }
                out.row(row);
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
