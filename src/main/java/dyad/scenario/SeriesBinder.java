package dyad.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an exogenous series, inline ({@code values}) or from a CSV file beside the scenario ({@code file}
 * and {@code column}; see {@link DataFile} and {@link CsvColumn}), into one value per month of the period.
 * A value dated by year (YYYY) holds for all twelve months of that year; a monthly value (YYYY-MM) for its
 * month.
 */
final class SeriesBinder {

    private SeriesBinder() {
    }

    /**
     * @param csvCache values already read from CSV files, by file, column and period: a scenario bound again
     *                 with other parameters (a sweep) reads each file once
     */
    static Series bind(Fields fields, String id, YearMonth start, int months, List<Path> files,
                       Map<String, double[]> csvCache) {
        Text unit = fields.shortText("unit", "");
        Text source = fields.text("source", "");
        Reading reading = reading(fields, start, months, files, csvCache);
        double[] values = reading.values();
        if (fields.has("hold")) {
            applyHold(fields, start, reading);
        } else {
            reading.requireValues(fields, start, 0, months);
        }
        fields.rejectUnknownKeys();
        return new Series(id, unit, source, MonthlySeries.of(values));
    }

    /**
     * The series' values for the months of the period as read from its file or inline values, before any
     * {@code hold}, NaN for a month without a value (of a bound scenario, only a month its hold replaces): a
     * scenario written out with its data inline keeps these and its hold, so that the hold is recomputed in the
     * same way.
     */
    static double[] read(Fields fields, YearMonth start, int months, List<Path> files, Map<String, double[]> csvCache) {
        return reading(fields, start, months, files, csvCache).values();
    }

    /**
     * The values as read, NaN where there is none, and where they were read from, for a message about a month
     * without a value.
     */
    private record Reading(double[] values, Location origin, String originName) {

        /**
         * @throws BadInputException for the first month from {@code first} (included) to {@code end} (excluded)
         *                           without a value
         */
        void requireValues(Fields fields, YearMonth start, int first, int end) {
            for (int m = first; m < end; m++) {
                if (Double.isNaN(values[m])) {
                    throw new BadInputException(origin, fields.path(), originName + " has no value for "
                            + start.plusMonths(m) + ": the series must cover the whole period");
                }
            }
        }
    }

    private static Reading reading(Fields fields, YearMonth start, int months, List<Path> files,
                                   Map<String, double[]> csvCache) {
        double[] values = new double[months];
        Arrays.fill(values, Double.NaN);
        Location origin;
        String originName;
        if (fields.has("file")) {
            if (fields.has("values")) {
                throw fields.error("values", "give either 'file' or 'values', not both");
            }
            String column = fields.string("column");
            Path csv = fields.file("file");
            // the folder of the naming file is part of the key: it decides whether the file may be read
            String key = fields.value("file").location().file().toAbsolutePath().getParent() + "\n"
                    + csv.toAbsolutePath() + "\n" + column + "\n" + start + "\n" + months;
            double[] read = csvCache.get(key);
            if (read == null) {
                DataFile.check(fields, "file");
                for (CsvColumn.Reading reading : CsvColumn.read(csv, readText(csv, fields), column, fields)) {
                    put(values, start, reading.date(), reading.value());
                }
                csvCache.put(key, values.clone());
            } else {
                System.arraycopy(read, 0, values, 0, months);
            }
            files.add(csv);
            origin = fields.value("file").location();
            originName = csv.toString();
        } else {
            if (fields.has("column")) {
                throw fields.error("column", "'column' goes with 'file': inline values have no columns");
            }
            Fields inline = fields.mapping("values");
            inline.acceptAllKeys();
            for (String key : inline.keys()) {
                double value = Fields.parseNumber(inline.value(key), inline.pathOf(key));
                put(values, start, parseDate(key, inline), value);
            }
            origin = inline.location();
            originName = "the inline values";
        }
        return new Reading(values, origin, originName);
    }

    /**
     * Replaces the values from a month on by their mean over a window: the way to write "held at its average".
     * The months it replaces need no value, so a series can be held past the end of its data, as a scenario
     * that carries another past its period does.
     */
    private static void applyHold(Fields series, YearMonth start, Reading reading) {
        Fields hold = series.mapping("hold");
        double[] values = reading.values();
        YearMonth from = hold.month("from");
        Fields window = hold.mapping("mean_over");
        YearMonth first = window.month("start");
        YearMonth last = window.month("end");
        window.rejectUnknownKeys();
        int a = index(start, first);
        int b = index(start, last);
        if (a < 0 || b >= values.length || b < a) {
            throw new BadInputException(window.location(), window.path(),
                    "the window " + first + " to " + last + " must lie inside the period, start before end");
        }
        int f = index(start, from);
        if (f < 0 || f >= values.length) {
            throw hold.error("from", from + " is outside the period");
        }
        reading.requireValues(series, start, 0, f);
        for (int m = a; m <= b; m++) {
            if (Double.isNaN(values[m])) {
                throw new BadInputException(window.location(), window.path(), reading.originName()
                        + " has no value for " + start.plusMonths(m) + ": the months of mean_over must have values");
            }
        }
        double mean = Arrays.stream(values, a, b + 1).average().orElseThrow();
        Arrays.fill(values, f, values.length, mean);
        hold.rejectUnknownKeys();
    }

    private static String readText(Path csv, Fields fields) {
        try {
            return TextFile.read(csv, DataFile.MAX_BYTES);
        } catch (IOException e) {
            throw fields.error("file", "data file cannot be read: " + csv);
        }
    }

    private static SeriesDate parseDate(String key, Fields inline) {
        try {
            return SeriesDate.parse(key.trim());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(inline.locationOf(key), inline.pathOf(key), "'" + key + "' " + e.getMessage());
        }
    }

    private static void put(double[] values, YearMonth start, SeriesDate date, double value) {
        // a year-dated value fills only the months that no monthly value has set
        for (YearMonth month = date.first(); !month.isAfter(date.last()); month = month.plusMonths(1)) {
            int index = index(start, month);
            if (index >= 0 && index < values.length && !(date.wholeYear() && !Double.isNaN(values[index]))) {
                values[index] = value;
            }
        }
    }

    private static int index(YearMonth start, YearMonth month) {
        return MonthIndex.of(start, month);
    }
}
