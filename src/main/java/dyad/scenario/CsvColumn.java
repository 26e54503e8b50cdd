package dyad.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One column of a CSV data file, by date. The first row names the columns; one of them is {@code date}.
 *
 * <p>Errors name the file, line and column of the bad cell. Since a scenario may point at a file that is
 * not meant to be shown, they repeat only what cannot leak it: a column's name when it looks like a name
 * (else its position), a cell only when it is short, and nothing of a file that is not CSV.
 */
final class CsvColumn {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");
    private static final int MAX_SHOWN_CELL = 20;
    private static final int MAX_LISTED_COLUMNS = 20;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

    /** One value of the column and the date it is for. */
    record Reading(SeriesDate date, double value) {
    }

    private final Path file;
    private final String text;

    private CsvColumn(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * @param columnField the scenario field that names the column, where a column missing from the file is
     *                    reported
     */
    static List<Reading> read(Path file, String text, String column, Fields columnField) {
        return new CsvColumn(file, text).read(column, columnField);
    }

    private List<Reading> read(String column, Fields fields) {
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, FORMAT);
        } catch (IOException e) {
            throw notCsv(1);
        }
        try (parser) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                throw new BadInputException(new Location(file, 1, 1), "date",
                        "the file is empty: its first row must name the columns, one of them 'date'");
            }
            List<String> header = rows.next().toList();
            int dateAt = columnIndex(header, "date");
            if (dateAt < 0) {
                throw new BadInputException(new Location(file, 1, 1), "date",
                        "the CSV file needs a 'date' column (YYYY or YYYY-MM), named in its first row");
            }
            int valueAt = columnIndex(header, column);
            if (valueAt < 0) {
                throw fields.error("column", "no column '" + column + "' in " + file + describe(header, column));
            }
            String valueField = name(header, valueAt);
            List<Reading> readings = new ArrayList<>();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                if (row.size() != header.size()) {
                    throw new BadInputException(at(row, 0), "", "the row has " + row.size()
                            + " cells, the first row has " + header.size());
                }
                SeriesDate date = date(row, dateAt);
                String cell = row.get(valueAt);
                if (!cell.isEmpty()) {
                    readings.add(new Reading(date, number(row, valueAt, valueField)));
                }
            }
            return readings;
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw notCsv(parser.getCurrentLineNumber());
        }
    }

    private SeriesDate date(CSVRecord row, int at) {
        String cell = row.get(at);
        try {
            return SeriesDate.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(at(row, at), "date", shown(cell) + " " + e.getMessage());
        }
    }

    private double number(CSVRecord row, int at, String field) {
        String cell = row.get(at);
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new BadInputException(at(row, at), field, shown(cell) + " is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new BadInputException(at(row, at), field, shown(cell) + " is not a finite number");
        }
        return value;
    }

    /** The position of a column named exactly so, or -1; a name given twice makes the column ambiguous. */
    private int columnIndex(List<String> header, String name) {
        int first = header.indexOf(name);
        if (first >= 0 && header.lastIndexOf(name) != first) {
            throw new BadInputException(new Location(file, 1, 1), plain(name) ? name : "",
                    "the first row names column " + (first + 1) + " and column " + (header.lastIndexOf(name) + 1)
                            + " alike");
        }
        return first;
    }

    /** A column's name if it looks like one, else its position: a header may be the first line of any file. */
    private static String name(List<String> header, int at) {
        return plain(header.get(at)) ? header.get(at) : "column " + (at + 1);
    }

    private static boolean plain(String name) {
        return PLAIN_NAME.matcher(name).matches();
    }

    private static String describe(List<String> header, String wanted) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size() && i < MAX_LISTED_COLUMNS; i++) {
            names.add(name(header, i));
        }
        String hint = Fields.didYouMean(wanted, header.stream().filter(CsvColumn::plain).toList());
        if (!hint.isEmpty()) {
            return hint;
        }
        return "; its columns are " + String.join(", ", names) + (header.size() > MAX_LISTED_COLUMNS ? ", ..." : "");
    }

    /** A cell as the message shows it: quoted if short and printable, else only its length. */
    static String shown(String cell) {
        boolean printable = cell.codePoints().allMatch(c -> !Character.isISOControl(c) && Character.isDefined(c));
        return cell.length() <= MAX_SHOWN_CELL && printable ? "'" + cell + "'"
                : "a cell of " + cell.length() + " characters";
    }

    private BadInputException notCsv(long line) {
        return new BadInputException(new Location(file, (int) Math.max(1, line), 1), "",
                "not a readable CSV file: a quoted cell is not closed, or text follows its closing quote");
    }

    /** Where a cell of a row starts in the file. */
    private Location at(CSVRecord row, int cell) {
        int position = (int) row.getCharacterPosition();
        // the position may be that of empty lines the parser skipped before the row
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        boolean quoted = false;
        for (int seen = 0; seen < cell && position < text.length(); position++) {
            char c = text.charAt(position);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                seen++;
            }
        }
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, position - lineStart + 1);
    }
}
