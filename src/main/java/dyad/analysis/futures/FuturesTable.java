package dyad.analysis.futures;

import dyad.batch.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code futures.csv}: one row per future and lever setting, in the sweep's point order. Its columns: the
 * future's number and the levers' values; what was drawn (each series' growth a year over the horizon, from
 * its last observed value to the path's last value, and each process' number of events, as drawn: a lever
 * that switches a process off leaves them out of the run, not out of this count); the mean index of each year of
 * the horizon over the replications, then each issue area's; and for each state and year, 1 if the state holds
 * that year, else 0.
 */
public final class FuturesTable {

    public static final String FILE = "futures.csv";

    private FuturesTable() {
    }

    /** Writes futures.csv into {@code dir}, which holds the sweep's points.csv. */
    public static void write(FuturesFile file, Path dir) throws IOException {
        List<CSVRecord> points = points(dir.resolve("points.csv"));
        List<Integer> years = new ArrayList<>();
        for (int year = file.horizon().first().getYear(); year <= file.horizon().last().getYear(); year++) {
            years.add(year);
        }
        List<String> areas = file.base().scenario().areas().stream().map(dyad.scenario.IssueArea::id).toList();
        dyad.batch.TableSchema.Builder schema = dyad.batch.TableSchema.of("one row per future and lever setting:"
                + " what the future drew, its mean index year by year (and each issue area's), and the outlook"
                + " states it is in");
        schema.integer("future", "the future's number, counted from 1");
        file.levers().forEach(lever -> schema.text(lever.name(), "the value of lever " + lever.name()));
        file.series().forEach(series -> schema.number(series.id() + "_growth_per_year", "the growth a year of"
                + " series " + series.id() + " over the horizon, from its last observed value to the drawn path's"
                + " last", "share a year (0.02 is 2 %)"));
        file.events().forEach(event -> schema.integer(event.name() + "_events", "the events process "
                + event.name() + " drew over the horizon, counted even where a lever switches the process off"));
        String index = "index, -1 (all resist) to +1 (all cooperate)";
        years.forEach(year -> schema.number("index_" + year, "the mean cooperation index of " + year + " over the"
                + " replications", index));
        for (String area : areas) {
            years.forEach(year -> schema.number(areaColumn(area, year), "the mean index of issue area " + area
                    + " in " + year + " over the replications", index));
        }
        for (OutlookState state : file.states()) {
            years.forEach(year -> schema.integer(state.id() + "_" + year, "1 if the future is in outlook state "
                    + state.id() + " in " + year + ", else 0"));
        }
        try (CsvTable printer = CsvTable.create(dir.resolve(FILE), schema.build())) {
            int point = 0;
            for (int n = 1; n <= file.futures(); n++) {
                Future drawn = FutureDrawing.draw(file, n, new LeverSetting(java.util.Map.of()));
                for (LeverSetting setting : FuturesSweep.settings(file)) {
                    CSVRecord record = points.get(point++);
                    List<Object> row = new ArrayList<>(List.of(n));
                    row.addAll(setting.values().values());
                    for (SeriesUncertainty series : file.series()) {
                        double[] path = drawn.seriesPaths().get(series.id());
                        double years12 = path.length / 12.0;
                        row.add(CsvTable.number(Math.expm1((Math.log(path[path.length - 1])
                                - Math.log(series.fitted().lastObserved())) / years12)));
                    }
                    for (EventUncertainty event : file.events()) {
                        row.add(drawn.events().stream().filter(e -> e.process().equals(event.name())).count());
                    }
                    List<Double> means = new ArrayList<>();
                    for (int year : years) {
                        double mean = Double.parseDouble(record.get("mean_index_" + FuturesSweep.yearWindow(year)
                                + "_mean"));
                        means.add(mean);
                        row.add(CsvTable.number(mean));
                    }
                    List<java.util.Map<String, Double>> areaMeans = new ArrayList<>();
                    years.forEach(year -> areaMeans.add(new java.util.LinkedHashMap<>()));
                    for (String area : areas) {
                        for (int y = 0; y < years.size(); y++) {
                            double mean = Double.parseDouble(record.get(area + "_index_"
                                    + FuturesSweep.yearWindow(years.get(y)) + "_mean"));
                            areaMeans.get(y).put(area, mean);
                            row.add(CsvTable.number(mean));
                        }
                    }
                    for (OutlookState state : file.states()) {
                        for (int y = 0; y < years.size(); y++) {
                            row.add(state.holds(means.get(y), areaMeans.get(y)) ? 1 : 0);
                        }
                    }
                    printer.row(row);
                }
            }
        }
    }

    /** The column of an issue area's mean index in a year. */
    public static String areaColumn(String area, int year) {
        return area + "_index_" + year;
    }

    private static List<CSVRecord> points(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords();
        }
    }
}
