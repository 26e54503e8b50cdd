package dyad.chart;

import dyad.scenario.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a table of a run's or a sweep's results folder, with messages that name the file, line and column at fault. */
final class ResultsTableReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path file;

    ResultsTableReader(Path file) {
        this.file = file;
    }

    /** Every row, after checking that the header has the given columns. */
    List<CSVRecord> rows(List<String> columns) {
        if (!Files.isRegularFile(file)) {
            throw problem("there is no " + file.getFileName() + " in " + file.getParent()
                    + ": the sweep did not finish; finish it with 'dyad sweep FILE --resume'");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw problem(file + " has no column '" + column + "'");
                }
            }
            List<CSVRecord> rows = parser.getRecords();
            for (CSVRecord row : rows) {
                if (!row.isConsistent()) {
                    throw problem(where(row) + "has " + row.size() + " cells, the header "
                            + parser.getHeaderMap().size());
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw problem(file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The most an end of a metric's 95 % interval lies beyond the metric's values, -1 to 1: Student's t with one
     * degree of freedom (12.71) times the largest standard error of two values in that range (1), rounded up.
     */
    static final double INTERVAL_REACH = 13;
    private static final double ROUNDING = 1e-9;

    /**
     * A number cell; NA, the tables' mark for a missing value, gives NaN. Dyad writes every other number finite,
     * so a cell such as NaN or Infinity is damage.
     */
    double number(CSVRecord row, String column) {
        String text = row.get(column);
        if ("NA".equals(text)) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw problem(where(row) + "'" + shown(text) + "' in column '" + column + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw problem(where(row) + "'" + shown(text) + "' in column '" + column + "' is not a finite number:"
                    + " the table is damaged");
        }
        return value;
    }

    /**
     * A number cell (or NA) that Dyad writes only from low to high, such as an index (-1 to 1) or a share (0 to
     * 1): a value outside is damage, which the charts would otherwise draw as it is.
     */
    double number(CSVRecord row, String column, double low, double high) {
        double value = number(row, column);
        // a mean taken run by run may round a hair past its range
        if (value < low - ROUNDING || value > high + ROUNDING) {
            throw problem(where(row) + "'" + shown(row.get(column)) + "' in column '" + column + "' is outside "
                    + dyad.scenario.Fields.format(low) + " to " + dyad.scenario.Fields.format(high)
                    + ", the values Dyad writes there: the table is damaged");
        }
        return value;
    }

    /** A cell as a message shows it: a long one by its length, so that the message stays short. */
    private static String shown(String cell) {
        return cell.length() <= 40 ? cell : "a cell of " + cell.length() + " characters";
    }

    int integer(CSVRecord row, String column) {
        String text = row.get(column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw problem(where(row) + "'" + text + "' in column '" + column + "' is not a whole number");
        }
    }

    /** A message that names the file and line of a row. */
    String where(CSVRecord row) {
        return file + ":" + (row.getRecordNumber() + 1) + ": ";
    }

    BadInputException problem(String message) {
        return new BadInputException(null, "DIR", message);
    }
}
