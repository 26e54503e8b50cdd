package dyad.batch;

import com.google.gson.GsonBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * {@code datapackage.json}: every CSV table of a results folder described in Frictionless Data's Tabular Data
 * Package format (file, encoding, and each column's name, type, description and unit), so that pandas, R,
 * frictionless and the like read the tables with their types. Written into a result as it is committed, from
 * the {@link TableSchema} each table was written with.
 */
public final class DataPackage {

    public static final String FILE = "datapackage.json";
    /** How the tables write a missing number ("NA") and a cell that does not apply (empty). */
    static final List<String> MISSING_VALUES = List.of("", "NA");

    /**
     * The schema each table was written with, by file. The tables are written by many classes into a staging
     * folder that the folder's commit describes; they leave their schema here on the way.
     */
    private static final Map<Path, TableSchema> WRITTEN = new ConcurrentHashMap<>();

    private DataPackage() {
    }

    /** Records the schema of a table written (or reopened) at {@code file}. */
    public static void wrote(Path file, TableSchema schema) {
        WRITTEN.put(key(file), schema);
    }

    /**
     * Records a data file copied into a result as it was given: the columns in {@code known} as they describe
     * them, any other as text.
     */
    public static void copied(Path file, String description, List<Column> known) throws IOException {
        TableSchema.Builder schema = TableSchema.of(description);
        for (String name : header(file)) {
            schema.add(known.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElse(Column.text(name, "a column of the data file as given, not read")));
        }
        wrote(file, schema.build());
    }

    /**
     * Writes {@code datapackage.json} into a folder that holds CSV tables, describing each (in file order); a
     * folder without tables gets none. A table whose schema was not recorded (one copied rather than written) is
     * described by its header alone.
     */
    public static void writeInto(Path folder) throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.list(folder)) {
            tables = files.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                    .sorted().toList();
        }
        if (tables.isEmpty()) {
            return;
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Path table : tables) {
            TableSchema schema = WRITTEN.remove(key(table));
            resources.add(resource(table, schema != null ? schema : fromHeader(table)));
        }
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("profile", "tabular-data-package");
        pack.put("resources", resources);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(pack);
        Files.writeString(folder.resolve(FILE), json + "\n", StandardCharsets.UTF_8);
    }

    private static Map<String, Object> resource(Path file, TableSchema schema) {
        Map<String, Object> resource = new LinkedHashMap<>();
        String name = file.getFileName().toString();
        resource.put("name", name.substring(0, name.length() - ".csv".length()).toLowerCase(Locale.ROOT)
                .replaceAll("[^-a-z0-9._]", "_"));
        resource.put("path", name);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        if (schema.description() != null) {
            resource.put("description", schema.description());
        }
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        resource.put("dialect", dialect);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column column : schema.columns()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", column.name());
            field.put("type", column.type().key());
            if (column.type() == Column.Type.YEARMONTH) {
                field.put("format", "default");
            }
            if (column.type() == Column.Type.BOOLEAN) {
                field.put("trueValues", List.of("true"));
                field.put("falseValues", List.of("false"));
            }
            field.put("description", column.description());
            if (column.unit() != null) {
                field.put("unit", column.unit());
            }
            fields.add(field);
        }
        Map<String, Object> tableSchema = new LinkedHashMap<>();
        tableSchema.put("fields", fields);
        tableSchema.put("missingValues", MISSING_VALUES);
        resource.put("schema", tableSchema);
        return resource;
    }

    /** A table known only by its header: every column a string, described as such. */
    private static TableSchema fromHeader(Path file) throws IOException {
        TableSchema.Builder schema = TableSchema.of(null);
        header(file).forEach(name -> schema.text(name, "column " + name + " of " + file.getFileName()));
        return schema.build();
    }

    private static List<String> header(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            return parser.getHeaderNames();
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
