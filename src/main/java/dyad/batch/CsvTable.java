package dyad.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes CSV files that R, Stata and spreadsheets read: a header row, '\n' line ends, numbers in a fixed format. */
public final class CsvTable implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvTable(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A table with the columns of {@code schema}, which the folder's datapackage.json will describe. */
    public static CsvTable create(Path file, TableSchema schema) throws IOException {
        CsvTable table = create(file, schema.header());
        DataPackage.wrote(file, schema);
        return table;
    }

    static CsvTable create(Path file, List<String> header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(header);
        return new CsvTable(printer);
    }

    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells);
    }

    /**
     * A number with six decimals, the same on every machine and locale; NA when missing. Rounds through a
     * scaled long, several times faster than String.format, which matters for sweeps of millions of cells.
     */
    public static String number(double value) {
        return appendNumber(new StringBuilder(20), value).toString();
    }

    /** Appends {@link #number} to a row being built, without an intermediate String. */
    public static StringBuilder appendNumber(StringBuilder text, double value) {
        if (Double.isNaN(value)) {
            return text.append("NA");
        }
        if (Math.abs(value) >= 1e12) {
            return text.append(String.format(Locale.ROOT, "%.6f", value));
        }
        long scaled = Math.round(value * 1e6);
        if (scaled == 0) {
            return text.append("0.000000");
        }
        long magnitude = Math.abs(scaled);
        if (scaled < 0) {
            text.append('-');
        }
        text.append(magnitude / 1_000_000).append('.');
        long fraction = magnitude % 1_000_000;
        for (long digit = 100_000; digit > fraction && digit > 1; digit /= 10) {
            text.append('0');
        }
        return text.append(fraction);
    }

    /**
     * The value a reader of the table gets back from {@link #number}: rounded to six decimals. Dividing the
     * scaled long by 10^6 gives the double nearest the written decimal, as parsing it would.
     */
    public static double asWritten(double value) {
        if (Double.isNaN(value) || Math.abs(value) >= 1e12) {
            return Double.isNaN(value) ? value : Double.parseDouble(number(value));
        }
        return Math.round(value * 1e6) / 1e6;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
