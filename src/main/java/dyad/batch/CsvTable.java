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

    public static CsvTable create(Path file, List<String> header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(header);
        return new CsvTable(printer);
    }

    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells);
    }

    /** A number with six decimals, the same on every machine and locale. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.equals("-0.000000") ? "0.000000" : text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
