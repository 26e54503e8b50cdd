package dyad.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an exogenous series, inline ({@code values}) or from a CSV file beside the scenario ({@code file}
 * and {@code column}), into one value per month of the period. A value dated by year (YYYY) holds for all
 * twelve months of that year; a monthly value (YYYY-MM) for its month.
 */
final class SeriesBinder {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    private SeriesBinder() {
    }

    /**
     * @param csvCache values already read from CSV files, by file, column and period: a scenario bound again
     *                 with other parameters (a sweep) reads each file once
     */
    static Series bind(Fields fields, String id, YearMonth start, int months, List<Path> files,
                       Map<String, double[]> csvCache) {
        String unit = fields.string("unit", "");
        String source = fields.string("source", "");
        double[] values = read(fields, start, months, files, csvCache);
        if (fields.has("hold")) {
            applyHold(fields.mapping("hold"), start, values);
        }
        fields.rejectUnknownKeys();
        return new Series(id, unit, source, values);
    }

    /**
     * The series' values for every month of the period as read from its file or inline values, before any
     * {@code hold}: a scenario written out with its data inline keeps these and its hold, so that the hold is
     * recomputed in the same way.
     */
    static double[] read(Fields fields, YearMonth start, int months, List<Path> files, Map<String, double[]> csvCache) {
        double[] values = new double[months];
        Arrays.fill(values, Double.NaN);
        Location origin;
        String originName;
        if (fields.has("file")) {
            if (fields.has("values")) {
                throw fields.error("values", "give either 'file' or 'values', not both");
            }
            String column = fields.string("column");
            YamlValue fileValue = fields.value("file");
            Path base = fileValue.location().file().getParent();
            Path csv = (base == null ? Path.of(fields.string("file")) : base.resolve(fields.string("file"))).normalize();
            String key = csv.toAbsolutePath() + "\n" + column + "\n" + start + "\n" + months;
            double[] read = csvCache.get(key);
            if (read == null) {
                readCsv(csv, column, fields, start, values);
                csvCache.put(key, values.clone());
            } else {
                System.arraycopy(read, 0, values, 0, months);
            }
            files.add(csv);
            origin = fileValue.location();
            originName = csv.toString();
        } else {
            Fields inline = fields.mapping("values");
            inline.acceptAllKeys();
            for (String key : inline.keys()) {
                Location at = inline.locationOf(key);
                double value = Fields.parseNumber(inline.value(key), inline.pathOf(key));
                put(values, start, parseDate(key, at, inline.pathOf(key)), value);
            }
            origin = inline.location();
            originName = "the inline values";
        }
        for (int m = 0; m < months; m++) {
            if (Double.isNaN(values[m])) {
                throw new ScenarioException(origin, fields.path(), originName + " has no value for "
                        + start.plusMonths(m) + ": the series must cover the whole period");
            }
        }
        return values;
    }

    /** Replaces the values from a month on by their mean over a window: the way to write "held at its average". */
    private static void applyHold(Fields hold, YearMonth start, double[] values) {
        YearMonth from = hold.month("from");
        Fields window = hold.mapping("mean_over");
        YearMonth first = window.month("start");
        YearMonth last = window.month("end");
        window.rejectUnknownKeys();
        int a = index(start, first);
        int b = index(start, last);
        if (a < 0 || b >= values.length || b < a) {
            throw new ScenarioException(window.location(), window.path(),
                    "the window " + first + " to " + last + " must lie inside the period, start before end");
        }
        int f = index(start, from);
        if (f < 0 || f >= values.length) {
            throw hold.error("from", from + " is outside the period");
        }
        double mean = Arrays.stream(values, a, b + 1).average().orElseThrow();
        Arrays.fill(values, f, values.length, mean);
        hold.rejectUnknownKeys();
    }

    private static void readCsv(Path csv, String column, Fields fields, YearMonth start, double[] values) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("date")) {
                throw new ScenarioException(new Location(csv, 1, 1), "date",
                        "the CSV file needs a 'date' column (YYYY or YYYY-MM); its columns are " + header.keySet());
            }
            if (!header.containsKey(column)) {
                throw fields.error("column", "no column '" + column + "' in " + csv + Fields.suggestion(column, header.keySet()));
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                Location at = new Location(csv, line, 1);
                if (!row.isConsistent()) {
                    throw new ScenarioException(at, "", "row has " + row.size() + " cells, the header has " + header.size());
                }
                YearMonth[] date = parseDate(row.get("date"), at, "date");
                String cell = row.get(column);
                if (cell.isEmpty()) {
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new ScenarioException(at, column, "'" + cell + "' is not a number");
                }
                if (!Double.isFinite(value)) {
                    throw new ScenarioException(at, column, "'" + cell + "' is not a finite number");
                }
                put(values, start, date, value);
            }
        } catch (NoSuchFileException e) {
            throw fields.error("file", "data file not found: " + csv);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ScenarioException(new Location(csv, 1, 1), "", "not a readable CSV file: " + e.getMessage());
        }
    }

    /** A date key of a series: YYYY covers the whole year, YYYY-MM one month. */
    private static YearMonth[] parseDate(String text, Location at, String field) {
        String trimmed = text.trim();
        if (YEAR.matcher(trimmed).matches()) {
            YearMonth january = YearMonth.of(Integer.parseInt(trimmed), 1);
            return new YearMonth[] {january, january.plusMonths(11)};
        }
        YearMonth month = Fields.parseMonth(new YamlValue.Scalar(trimmed, "str", at), field);
        return new YearMonth[] {month, month};
    }

    private static void put(double[] values, YearMonth start, YearMonth[] span, double value) {
        // a year-dated value fills only the months that no monthly value has set
        boolean wholeYear = !span[0].equals(span[1]);
        for (YearMonth month = span[0]; !month.isAfter(span[1]); month = month.plusMonths(1)) {
            int index = index(start, month);
            if (index >= 0 && index < values.length && !(wholeYear && !Double.isNaN(values[index]))) {
                values[index] = value;
            }
        }
    }

    private static int index(YearMonth start, YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, month);
    }
}
