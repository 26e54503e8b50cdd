package dyad.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table appended to as it grows and flushed now and then, so that a killed process loses at most the
 * rows not yet flushed. Reopening it keeps only complete rows: a half-written last line is cut off.
 */
final class AppendableTable implements AutoCloseable {

    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final long rows;

    private AppendableTable(BufferedWriter writer, CSVPrinter printer, long rows) {
        this.writer = writer;
        this.printer = printer;
        this.rows = rows;
    }

    static AppendableTable create(Path file, TableSchema schema) throws IOException {
        DataPackage.wrote(file, schema);
        List<String> header = schema.header();
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format());
        printer.printRecord(header);
        printer.flush();
        return new AppendableTable(writer, printer, 0);
    }

    /**
     * Reopens a table for appending after its first {@code keepRows} complete rows (all of them when
     * negative), cutting off anything after them.
     *
     * @throws IllegalStateException if the header differs or the file holds fewer complete rows
     */
    static AppendableTable reopen(Path file, TableSchema schema, long keepRows) throws IOException {
        DataPackage.wrote(file, schema);
        List<String> header = schema.header();
        long[] cut = completeRows(file, keepRows);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(cut[0]);
        }
        String firstLine;
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            firstLine = reader.readLine();
        }
        StringBuilder expected = new StringBuilder();
        try (CSVPrinter line = new CSVPrinter(expected, format())) {
            line.printRecord(header);
        }
        if (firstLine == null || !expected.toString().strip().equals(firstLine)) {
            throw new IllegalStateException(file.getFileName() + " does not have the columns this sweep writes");
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new AppendableTable(writer, new CSVPrinter(writer, format()), cut[1]);
    }

    /** Rows kept when the table was opened. */
    long rows() {
        return rows;
    }

    /** Appends rows already formatted by {@link #format()}. */
    void append(String rows) throws IOException {
        writer.write(rows);
    }

    void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
        writer.close();
    }

    /** How many complete rows (after the header) the table holds. */
    static long completeRows(Path file) throws IOException {
        return completeRows(file, -1)[1];
    }

    /** Byte length and count of the header plus the first complete rows (up to {@code keepRows}). */
    private static long[] completeRows(Path file, long keepRows) throws IOException {
        long length = 0;
        long lines = 0;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buffer = new byte[1 << 16];
            long position = 0;
            int read;
            outer:
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        length = position + i + 1;
                        if (keepRows >= 0 && lines - 1 == keepRows) {
                            break outer;
                        }
                    }
                }
                position += read;
            }
        }
        if (lines == 0) {
            throw new IllegalStateException(file.getFileName() + " has no header");
        }
        if (keepRows >= 0 && lines - 1 < keepRows) {
            throw new IllegalStateException(file.getFileName() + " holds " + (lines - 1) + " rows, fewer than "
                    + keepRows);
        }
        return new long[] {length, lines - 1};
    }

    static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    }
}
