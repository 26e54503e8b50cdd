package dyad.analysis;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dyad.batch.PointsTable;
import dyad.batch.SweepManifest;
import dyad.batch.SweepRunner;
import dyad.scenario.BadInputException;
import dyad.scenario.Fields;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A finished sweep's table of runs ({@code runs.csv}) or points ({@code points.csv}), as the values of its
 * parameters and of chosen metrics row by row, for an analysis. The columns a condition may name are the
 * sweep's metrics in runs.csv, and in points.csv every column but the point and its parameters.
 *
 * @param sweep      the sweep's name
 * @param which      which of its tables
 * @param file       the table read
 * @param parameters the parameter paths, in the order of the columns
 * @param metrics    the names a condition may use
 * @param levels     each choice's levels as the table writes them, by parameter path: a choice's value is its
 *                   level's index, so that an analysis treats the levels as ordered as the sweep file lists them
 */
public record SweepTable(String sweep, Which which, Path file, List<String> parameters, List<String> metrics,
                         Map<String, List<String>> levels) {

    /** Which table of a sweep. */
    public enum Which {
        RUNS(SweepRunner.RUNS, "runs"), POINTS(PointsTable.POINTS, "points"),
        /** futures.csv of {@code dyad futures}: its drawn uncertainties are the parameters, all else the metrics. */
        FUTURES("futures.csv", "futures");

        private final String file;
        private final String rows;

        Which(String file, String rows) {
            this.file = file;
            this.rows = rows;
        }

        public String file() {
            return file;
        }

        /** What a row is, in the plural: "runs" or "points". */
        public String rows() {
            return rows;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final String OPTION = "RESULTS";
    /** A column of points.csv that summarises a metric of runs.csv. */
    private static final java.util.regex.Pattern POINT_COLUMN =
            java.util.regex.Pattern.compile("(.+)_(mean|sd|ci95_low|ci95_high|on_mean_path)");
    /** A column of futures.csv that one of the futures' draws fills: a series' growth or a process' event count. */
    private static final java.util.regex.Pattern DRAWN = java.util.regex.Pattern.compile(".+_(growth_per_year|events)");
    /** A column of futures.csv of a calendar year: the index or a state (1 if it holds). */
    private static final java.util.regex.Pattern YEARLY = java.util.regex.Pattern.compile("(.+)_(\\d{4})");
    /** A metric of futures.csv a condition may name that no column holds: a state in any year, or its count of years. */
    private static final java.util.regex.Pattern OVER_YEARS = java.util.regex.Pattern.compile("(.+)_(any|years)");

    public SweepTable {
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        levels = Map.copyOf(levels);
    }

    /** A table of a sweep of numbers only. */
    public SweepTable(String sweep, Which which, Path file, List<String> parameters, List<String> metrics) {
        this(sweep, which, file, parameters, metrics, Map.of());
    }

    /** Whether the parameter at this position is a choice. */
    public boolean isChoice(int parameter) {
        return levels.containsKey(parameters.get(parameter));
    }

    /** A value of the parameter at this position in words: a choice's level, or the number as the tables write it. */
    public String cell(int parameter, double value) {
        List<String> words = levels.get(parameters.get(parameter));
        return words == null ? dyad.batch.CsvTable.number(value) : words.get((int) value);
    }

    /**
     * The table's sweep, parameters and metrics, from the manifest of a finished sweep and the table's header.
     *
     * @throws BadInputException if the folder holds no finished sweep or the table is not one Dyad wrote
     */
    public static SweepTable open(Path dir, Which which) {
        JsonObject manifest = SweepManifest.read(dir);
        Path manifestFile = dir.resolve(SweepManifest.FILE);
        if (manifest == null || !manifest.has("sweep")) {
            throw problem(dir + " holds no sweep results (no readable " + SweepManifest.FILE + " of a sweep)");
        }
        if (!"complete".equals(SweepManifest.status(manifest))) {
            throw problem(dyad.batch.ResultsFolder.Kind.SWEEP.unfinished(dir));
        }
        String sweep = manifest.get("sweep").getAsString();
        Path file = dir.resolve(which.file());
        List<String> header = header(file);
        if (which == Which.FUTURES) {
            return futures(sweep, file, header);
        }
        List<String> parameters = texts(manifest, "parameters", manifestFile);
        for (String parameter : parameters) {
            if (!header.contains(parameter)) {
                throw problem(file + " has no column '" + parameter + "', a parameter of the sweep");
            }
        }
        List<String> metrics;
        if (which == Which.RUNS) {
            metrics = texts(manifest, "metrics", manifestFile);
            for (String metric : metrics) {
                if (!header.contains(metric)) {
                    throw problem(file + " has no column '" + metric + "', a metric of the sweep");
                }
            }
        } else {
            metrics = header.stream().filter(column -> !column.equals("point") && !parameters.contains(column))
                    .toList();
        }
        return new SweepTable(sweep, which, file, parameters, metrics, SweepManifest.levels(manifest));
    }

    /**
     * futures.csv: the levers and the drawn uncertainties are the parameters (a lever of words, such as an event
     * switched on and off, is a choice of its values in the order the table first gives them); the index and the
     * states year by year are metrics,
     * and so are, for each state, {@code <state>_any} (1 if it holds in any year of the horizon) and
     * {@code <state>_years} (the number of years it holds).
     */
    private static SweepTable futures(String sweep, Path file, List<String> header) {
        List<String> drawn = header.stream().filter(column -> DRAWN.matcher(column).matches()).toList();
        if (drawn.isEmpty()) {
            throw problem(file + " has no column of drawn series or events: its futures draw nothing to discover");
        }
        List<String> levers = header.stream().filter(column -> !column.equals("future") && !drawn.contains(column)
                && !YEARLY.matcher(column).matches()).toList();
        List<String> parameters = new ArrayList<>(levers);
        parameters.addAll(drawn);
        Map<String, List<String>> levels = leverLevels(file, levers);
        List<String> metrics = new ArrayList<>(header.stream().filter(column -> !column.equals("future")
                && !parameters.contains(column)).toList());
        java.util.Set<String> states = new java.util.LinkedHashSet<>();
        for (String column : header) {
            java.util.regex.Matcher yearly = YEARLY.matcher(column);
            // the index's and each area's yearly columns are metrics; a state's give its _any and _years
            if (yearly.matches() && !yearly.group(1).equals("index") && !yearly.group(1).endsWith("_index")) {
                states.add(yearly.group(1));
            }
        }
        states.forEach(state -> metrics.addAll(List.of(state + "_any", state + "_years")));
        return new SweepTable(sweep, Which.FUTURES, file, parameters, metrics, levels);
    }

    /** Each lever of words with its values, in the order the table first gives them. */
    private static Map<String, List<String>> leverLevels(Path file, List<String> levers) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        levers.forEach(lever -> values.put(lever, new ArrayList<>()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord row : parser) {
                for (String lever : levers) {
                    if (row.isSet(lever) && !values.get(lever).contains(row.get(lever))) {
                        values.get(lever).add(row.get(lever));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw problem(file + " cannot be read: " + e.getMessage());
        }
        Map<String, List<String>> levels = new java.util.LinkedHashMap<>();
        values.forEach((lever, words) -> {
            if (words.stream().anyMatch(word -> !isNumber(word))) {
                levels.put(lever, words);
            }
        });
        return levels;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * What to add to the message about a metric the table lacks: the nearest name, or the table that has it
     * ("mean_index_mean" is a column of points.csv, "mean_index" a metric of runs.csv whose mean points.csv has).
     */
    public String hint(String unknown) {
        if (parameters.contains(unknown)) {
            return ": '" + unknown + "' is a parameter of the sweep, not a metric; the condition says what happens"
                    + " (on metrics), and the box that discover finds says for which parameter values";
        }
        if (which == Which.RUNS) {
            java.util.regex.Matcher summary = POINT_COLUMN.matcher(unknown);
            if (summary.matches() && metrics.contains(summary.group(1))) {
                return "; '" + unknown + "' is a column of " + Which.POINTS.file() + ": add --table points, or write '"
                        + summary.group(1) + "'";
            }
        } else if (metrics.contains(unknown + "_mean")) {
            return "; did you mean '" + unknown + "_mean', its mean at each point?";
        }
        return Fields.didYouMean(unknown, metrics);
    }

    /**
     * The rows' values.
     *
     * @param parameters every row's parameter values, in the order of {@link #parameters()}
     * @param metrics    every row's values of the metrics asked for, in their order
     * @param skipped    rows left out: failed runs, and rows where a metric asked for is missing (NA)
     */
    public record Rows(double[][] parameters, double[][] metrics, int skipped) {
    }

    /** Reads the parameters and the given metrics of every row that has them all. */
    public Rows read(List<String> wanted) {
        List<double[]> parameterRows = new ArrayList<>();
        List<double[]> metricRows = new ArrayList<>();
        int skipped = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            boolean hasStatus = columns.containsKey("status");
            for (CSVRecord row : parser) {
                if (!row.isConsistent()) {
                    throw problem(where(row) + "has " + row.size() + " cells, the header " + columns.size());
                }
                if (hasStatus && !"ok".equals(row.get("status"))) {
                    skipped++;
                    continue;
                }
                double[] values = numbers(row, wanted, columns.keySet());
                if (java.util.Arrays.stream(values).anyMatch(Double::isNaN)) {
                    skipped++;
                    continue;
                }
                double[] point = parameterValues(row);
                for (int d = 0; d < point.length; d++) {
                    if (Double.isNaN(point[d])) {
                        throw problem(where(row) + "no value of the parameter '" + parameters.get(d) + "'");
                    }
                }
                parameterRows.add(point);
                metricRows.add(values);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw problem(file + " cannot be read: " + e.getMessage());
        }
        return new Rows(parameterRows.toArray(double[][]::new), metricRows.toArray(double[][]::new), skipped);
    }

    /** A row's parameters: numbers, and each choice's level as its index. */
    private double[] parameterValues(CSVRecord row) {
        double[] values = new double[parameters.size()];
        for (int d = 0; d < values.length; d++) {
            String path = parameters.get(d);
            List<String> words = levels.get(path);
            if (words == null) {
                values[d] = numbers(row, List.of(path), List.of(path))[0];
            } else if ((values[d] = words.indexOf(row.get(path))) < 0) {
                throw problem(where(row) + "'" + row.get(path) + "' in column '" + path + "' is not one of its"
                        + " levels " + String.join(", ", words));
            }
        }
        return values;
    }

    private double[] numbers(CSVRecord row, List<String> names, java.util.Collection<String> header) {
        double[] values = new double[names.size()];
        for (int j = 0; j < values.length; j++) {
            java.util.regex.Matcher overYears = OVER_YEARS.matcher(names.get(j));
            if (which == Which.FUTURES && !header.contains(names.get(j)) && overYears.matches()) {
                values[j] = overYears(row, overYears.group(1), overYears.group(2).equals("any"), header);
                continue;
            }
            String text = row.get(names.get(j));
            if ("NA".equals(text)) {
                values[j] = Double.NaN;
                continue;
            }
            try {
                values[j] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw problem(where(row) + "'" + text + "' in column '" + names.get(j) + "' is not a number");
            }
        }
        return values;
    }

    /** A state over the years of futures.csv: 1 if it holds in any, or the number of years it holds. */
    private double overYears(CSVRecord row, String state, boolean any, java.util.Collection<String> header) {
        List<String> years = header.stream().filter(column -> {
            java.util.regex.Matcher yearly = YEARLY.matcher(column);
            return yearly.matches() && yearly.group(1).equals(state);
        }).toList();
        double count = 0;
        for (double holds : numbers(row, years, header)) {
            if (Double.isNaN(holds)) {
                return Double.NaN;
            }
            count += holds;
        }
        return any ? (count > 0 ? 1 : 0) : count;
    }

    private String where(CSVRecord row) {
        return file + ":" + (row.getRecordNumber() + 1) + ": ";
    }

    private static List<String> header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw problem("there is no " + file.getFileName() + " in " + file.getParent());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw problem(file + " cannot be read: " + e.getMessage());
        }
    }

    private static List<String> texts(JsonObject manifest, String key, Path file) {
        JsonElement value = manifest.get(key);
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw problem(file + " has no valid '" + key + "': it was not written by 'dyad sweep', or by another"
                    + " version");
        }
        List<String> texts = new ArrayList<>();
        for (JsonElement element : value.getAsJsonArray()) {
            texts.add(element.getAsString());
        }
        return texts;
    }

    private static BadInputException problem(String message) {
        return new BadInputException(null, OPTION, message);
    }
}
