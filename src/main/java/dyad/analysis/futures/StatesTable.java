package dyad.analysis.futures;

import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
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

/**
 * {@code states.csv}: the share of futures in each outlook state, per lever setting and year, read from
 * futures.csv. One row per lever setting (in the grid's order), state (in the file's order) and year; tidy, so
 * that a spreadsheet's pivot table or ggplot's stacked areas take it as it is.
 */
public final class StatesTable {

    public static final String FILE = "states.csv";

    private StatesTable() {
    }

    /** One lever setting's share of futures in each state each year: {@code shares[state][year]}. */
    public record Shares(LeverSetting setting, int futures, double[][] shares) {
    }

    /** The shares of futures.csv in {@code dir}, per lever setting in the order of its rows. */
    public static List<Shares> shares(FuturesFile file, Path dir) throws IOException {
        List<Integer> years = years(file);
        Map<LeverSetting, double[][]> counts = new LinkedHashMap<>();
        Map<LeverSetting, Integer> futures = new LinkedHashMap<>();
        for (CSVRecord row : rowsOf(dir.resolve(FuturesTable.FILE))) {
            Map<String, String> values = new LinkedHashMap<>();
            file.levers().forEach(lever -> values.put(lever.name(), row.get(lever.name())));
            LeverSetting setting = new LeverSetting(values);
            double[][] count = counts.computeIfAbsent(setting, s -> new double[file.states().size()][years.size()]);
            futures.merge(setting, 1, Integer::sum);
            for (int s = 0; s < file.states().size(); s++) {
                for (int y = 0; y < years.size(); y++) {
                    count[s][y] += Integer.parseInt(row.get(file.states().get(s).id() + "_" + years.get(y)));
                }
            }
        }
        List<Shares> all = new ArrayList<>();
        counts.forEach((setting, count) -> {
            int n = futures.get(setting);
            double[][] share = new double[count.length][];
            for (int s = 0; s < count.length; s++) {
                share[s] = count[s].clone();
                for (int y = 0; y < share[s].length; y++) {
                    share[s][y] /= n;
                }
            }
            all.add(new Shares(setting, n, share));
        });
        return all;
    }

    /** Writes states.csv into {@code dir}, which holds futures.csv. */
    public static void write(FuturesFile file, Path dir) throws IOException {
        List<Integer> years = years(file);
        TableSchema.Builder schema = TableSchema.of("the share of futures in each outlook state: one row per lever"
                + " setting, state and calendar year of the horizon");
        file.levers().forEach(lever -> schema.text(lever.name(), "the value of lever " + lever.name()));
        schema.text("state", "the outlook state's id, as the futures file names it")
                .integer("year", "the calendar year of the horizon")
                .number("share", "the share of the lever setting's futures whose means that year (of the index"
                        + " and of each area) put them in the state", "share of futures, 0 to 1")
                .integer("futures", "the number of futures under the lever setting");
        try (CsvTable table = CsvTable.create(dir.resolve(FILE), schema.build())) {
            for (Shares shares : shares(file, dir)) {
                for (int s = 0; s < file.states().size(); s++) {
                    for (int y = 0; y < years.size(); y++) {
                        List<String> cells = new ArrayList<>(shares.setting().values().values());
                        cells.add(file.states().get(s).id());
                        cells.add(Integer.toString(years.get(y)));
                        cells.add(CsvTable.number(shares.shares()[s][y]));
                        cells.add(Integer.toString(shares.futures()));
                        table.row(cells);
                    }
                }
            }
        }
    }

    /** The calendar years of the horizon, whole or in part. */
    public static List<Integer> years(FuturesFile file) {
        List<Integer> years = new ArrayList<>();
        for (int year = file.horizon().first().getYear(); year <= file.horizon().last().getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** The rows of a CSV file with a header. */
    public static List<CSVRecord> rowsOf(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords();
        }
    }
}
