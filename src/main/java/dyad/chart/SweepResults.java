package dyad.chart;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dyad.batch.FanTable;
import dyad.batch.Manifest;
import dyad.batch.ResolvedSweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepSpec;
import dyad.batch.PointsTable;
import dyad.batch.SweepManifest;
import dyad.scenario.BadInputException;
import dyad.scenario.Language;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * What a sweep's charts show, read from its results folder: the manifest, the chart metric's mean at every
 * point (points.csv), the monthly index of the fan points (fan.csv), and the labels and base values that the
 * sweep and scenario it keeps (sweep.yaml, scenario.yaml) give.
 *
 * @param parameters   the parameter paths, in the order of the tables' columns
 * @param replications replications per point
 * @param metric       the metric that the charts show
 * @param labels       what the charts call the parameters and metrics, in the language they are drawn in
 */
record SweepResults(String name, String design, List<String> parameters, int replications, String metric,
                    List<PointMean> points, List<FanPoint> fans, SweepLabels labels) {

    static final String GRID = "grid";
    private static final double INTERVAL_REACH = ResultsTableReader.INTERVAL_REACH;

    SweepResults {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        fans = List.copyOf(fans);
    }

    /**
     * Reads the results in dir, to be drawn in a language, or in the one its manifest names if null; a missing or
     * malformed table is a BadInputException naming it.
     */
    static SweepResults read(Path dir, Language language) {
        JsonObject manifest = SweepManifest.read(dir);
        if (manifest == null) {
            throw new BadInputException(null, "DIR", dir + " holds no sweep results (no readable "
                    + SweepManifest.FILE + ")");
        }
        Path manifestFile = dir.resolve(SweepManifest.FILE);
        String name = text(manifest, "sweep", manifestFile);
        String design = text(manifest, "design", manifestFile);
        String metric = text(manifest, "chart_metric", manifestFile);
        int replications = integer(manifest, "replications_per_point", manifestFile);
        List<String> parameters = texts(manifest, "parameters", manifestFile);
        Map<String, List<String>> levels = SweepManifest.levels(manifest);
        List<PointMean> points = points(dir.resolve(PointsTable.POINTS), parameters, levels, metric);
        List<FanPoint> fans = fans(dir.resolve(FanTable.FAN), parameters, levels);
        SweepLabels labels = labels(dir, parameters, levels, language != null ? language
                : Manifest.language(manifest));
        return new SweepResults(name, design, parameters, replications, metric, points, fans, labels);
    }

    /**
     * The labels from the sweep and base scenario the folder keeps; a folder without them (or whose sweep file
     * this Dyad cannot read) names the parameters by their paths and marks no base values.
     */
    static SweepLabels labels(Path dir, List<String> parameters, Map<String, List<String>> levels,
                               Language language) {
        Path file = dir.resolve(ResolvedSweep.FILE);
        if (Files.isRegularFile(file)) {
            try {
                SweepSpec spec = SweepLoader.load(file);
                if (spec.parameterPaths().equals(parameters)) {
                    return SweepLabels.of(spec, ScenarioLoader.load(spec.scenarioFile()), language);
                }
            } catch (BadInputException e) {
                // written by another version of Dyad: the tables alone are drawn
            }
        }
        return SweepLabels.ofPaths(parameters, levels, language);
    }

    private static List<PointMean> points(Path file, List<String> parameters, Map<String, List<String>> levels,
                                          String metric) {
        ResultsTableReader table = new ResultsTableReader(file);
        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(parameters);
        columns.addAll(List.of(metric + "_mean", metric + "_ci95_low", metric + "_ci95_high"));
        List<PointMean> points = new ArrayList<>();
        for (CSVRecord row : table.rows(columns)) {
            // every metric Dyad records is an index, -1 to 1, or a share, 0 to 1
            points.add(new PointMean(table.integer(row, "point"), values(table, row, parameters, levels),
                    table.number(row, metric + "_mean", -1, 1),
                    table.number(row, metric + "_ci95_low", -1 - INTERVAL_REACH, 1 + INTERVAL_REACH),
                    table.number(row, metric + "_ci95_high", -1 - INTERVAL_REACH, 1 + INTERVAL_REACH)));
        }
        if (points.isEmpty()) {
            throw table.problem(file + " lists no points");
        }
        return points;
    }

    private static List<FanPoint> fans(Path file, List<String> parameters, Map<String, List<String>> levels) {
        ResultsTableReader table = new ResultsTableReader(file);
        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(parameters);
        columns.addAll(List.of("date", "mean", "p05", "p95"));
        Map<Integer, double[]> values = new LinkedHashMap<>();
        Map<Integer, List<FanMonth>> months = new LinkedHashMap<>();
        for (CSVRecord row : table.rows(columns)) {
            int point = table.integer(row, "point");
            values.computeIfAbsent(point, p -> values(table, row, parameters, levels));
            months.computeIfAbsent(point, p -> new ArrayList<>()).add(new FanMonth(month(table, row),
                    table.number(row, "mean", -1, 1), table.number(row, "p05", -1, 1),
                    table.number(row, "p95", -1, 1)));
        }
        List<FanPoint> fans = new ArrayList<>();
        values.forEach((point, v) -> fans.add(new FanPoint(point, v, months.get(point))));
        return fans;
    }

    /** A row's parameter values: numbers, and each choice's level as its index among the choice's levels. */
    private static double[] values(ResultsTableReader table, CSVRecord row, List<String> parameters,
                                   Map<String, List<String>> levels) {
        double[] values = new double[parameters.size()];
        for (int j = 0; j < values.length; j++) {
            List<String> words = levels.get(parameters.get(j));
            if (words == null) {
                values[j] = table.number(row, parameters.get(j));
                continue;
            }
            values[j] = words.indexOf(row.get(parameters.get(j)));
            if (values[j] < 0) {
                throw table.problem(table.where(row) + "'" + row.get(parameters.get(j)) + "' in column '"
                        + parameters.get(j) + "' is not one of its levels " + String.join(", ", words));
            }
        }
        return values;
    }

    private static YearMonth month(ResultsTableReader table, CSVRecord row) {
        try {
            return YearMonth.parse(row.get("date"));
        } catch (DateTimeParseException e) {
            throw table.problem(table.where(row) + "'" + row.get("date") + "' in column 'date' is not a month"
                    + " (YYYY-MM)");
        }
    }

    private static String text(JsonObject manifest, String key, Path file) {
        JsonElement value = manifest.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            throw missing(key, file);
        }
        return value.getAsString();
    }

    private static int integer(JsonObject manifest, String key, Path file) {
        try {
            return Integer.parseInt(text(manifest, key, file));
        } catch (NumberFormatException e) {
            throw missing(key, file);
        }
    }

    private static List<String> texts(JsonObject manifest, String key, Path file) {
        JsonElement value = manifest.get(key);
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw missing(key, file);
        }
        List<String> texts = new ArrayList<>();
        JsonArray array = value.getAsJsonArray();
        for (JsonElement element : array) {
            if (!element.isJsonPrimitive()) {
                throw missing(key, file);
            }
            texts.add(element.getAsString());
        }
        return texts;
    }

    private static BadInputException missing(String key, Path file) {
        return new BadInputException(null, "DIR", file + " has no valid '" + key + "': it was not written by"
                + " 'dyad sweep', or by another version");
    }
}
