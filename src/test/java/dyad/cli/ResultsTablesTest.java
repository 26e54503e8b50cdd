package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table Dyad writes, read as a user's script reads it: one name per concept in every file (the month of a
 * row is always {@code date}), and a {@code datapackage.json} in every results folder that lists each CSV with
 * its columns in order, each typed and described, every cell of the type it declares.
 */
class ResultsTablesTest {

    /**
     * One name per concept: the name every table uses, its type, and the names that must not be used for it
     * (as a column or as a column's suffix).
     */
    private record Concept(String name, String type, Set<String> notCalled) {
    }

    private static final List<Concept> CONCEPTS = List.of(
            new Concept("date", "yearmonth", Set.of("month", "time", "ym", "year_month", "period_month")),
            new Concept("replication", "integer", Set.of("rep", "replicate", "replication_id", "run_replication")),
            new Concept("seed", "integer", Set.of("random_seed", "rng_seed")),
            new Concept("point", "integer", Set.of("point_id", "design_point")),
            new Concept("parameter", "string", Set.of("param", "parameter_path", "parameter_name")),
            new Concept("ci95_low", "number", Set.of("ci_low", "lower_ci", "ci_lower", "low_ci95")),
            new Concept("ci95_high", "number", Set.of("ci_high", "upper_ci", "ci_upper", "high_ci95")),
            new Concept("p50", "number", Set.of("median", "q50")),
            new Concept("p05", "number", Set.of("q05", "p5", "pct05")),
            new Concept("p95", "number", Set.of("q95", "pct95")));

    /** Month columns that are not a row's month: a phase's bounds. */
    private static final Set<String> OTHER_MONTHS = Set.of("start", "end");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "yearmonth");

    @TempDir
    static Path temp;

    /** A results folder of every kind, by what wrote it. */
    private static final Map<String, Path> FOLDERS = new LinkedHashMap<>();

    @BeforeAll
    static void writeResultsOfEveryKind() throws IOException {
        write("run", "run", "src/test/resources/scenarios/small.yaml", "--replications", "3", "--all-series");
        write("run with areas and facts", "run", CliTest.BASELINE, "--replications", "2");
        write("compare", "compare", CliTest.BASELINE, "scenarios/counterfactual-low-oil.yaml", "--replications", "2");
        write("sweep", "sweep", "src/test/resources/sweeps/tiny.yaml", "--all-series", "--quiet");
        Path merged = temp.resolve("merge");
        for (String shard : List.of("1/2", "2/2")) {
            assertEquals(0, dyad("sweep", "src/test/resources/sweeps/tiny.yaml", "--shard", shard, "--out",
                    merged.toString(), "--all-series", "--quiet").exitCode());
        }
        CliTest.Result merge = dyad("merge", merged.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        FOLDERS.put("merge", merged);
        write("discover", "discover", FOLDERS.get("sweep").toString(), "--where", "mean_index < 0");
        write("futures", "futures", "src/test/resources/futures/small-areas-futures.yaml", "--quiet", "--formats",
                "png");
        String baseline = "scenario: " + Path.of(CliTest.BASELINE).toAbsolutePath() + "\n";
        String parameters = "parameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n"
                + "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}\n";
        write("sensitivity", "sensitivity", file("sensitivity", "name: s\n" + baseline + "method: sobol\n"
                + "base_samples: 8\nbootstrap: 20\nreplications: 1\nseed: 5\noutputs: [mean_index]\n" + parameters));
        write("region", "region", file("region", "name: r\n" + baseline + "samples: 8\nreplications: 1\nseed: 5\n"
                + "facts: [SF1, SF4]\n" + parameters));
        write("region by smc", "region", file("smc", "name: smc\n" + baseline + "samples: 8\nsampling: smc\n"
                + "generations: 2\nreplications: 1\nseed: 5\nfacts: [SF1, SF4]\n" + parameters));
        StringBuilder un = new StringBuilder("year,agreement\n");
        for (int year = 1992; year <= 2007; year++) {
            un.append(year).append(',').append(0.35 - 0.015 * (year - 1992)).append('\n');
        }
        Files.writeString(temp.resolve("un.csv"), un);
        write("calibrate", "calibrate", file("calibrate", "name: c\n" + baseline + "replications: 1\nseed: 5\n"
                + parameters + "targets:\n  facts: [SF1]\n  series:\n    un: {file: un.csv, year: year, value:"
                + " agreement}\nmax_evaluations: 10\npopulation: 4\n"));
    }

    private static Path file(String name, String text) throws IOException {
        Path file = temp.resolve(name + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    private static void write(String what, String command, Object... input) {
        Path out = temp.resolve(what.replace(' ', '-'));
        List<String> args = new ArrayList<>(List.of(command));
        for (Object argument : input) {
            args.add(argument.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        CliTest.Result result = dyad(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), what + ": " + result.out() + result.err());
        FOLDERS.put(what, out);
    }

    private static List<Path> tables(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static List<String> header(Path table) throws IOException {
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            return parser.getHeaderNames();
        }
    }

    private static JsonObject dataPackage(Path folder) throws IOException {
        return JsonParser.parseString(Files.readString(folder.resolve("datapackage.json"))).getAsJsonObject();
    }

    @Test
    void theMonthOfARowIsCalledDateInEveryTableAndEachConceptHasOneName() throws IOException {
        Map<String, String> seenFirstIn = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        int tables = 0;
        for (Map.Entry<String, Path> folder : FOLDERS.entrySet()) {
            Map<String, JsonObject> fields = new HashMap<>();
            for (JsonElement resource : dataPackage(folder.getValue()).getAsJsonArray("resources")) {
                String path = resource.getAsJsonObject().get("path").getAsString();
                for (JsonElement field : resource.getAsJsonObject().getAsJsonObject("schema").getAsJsonArray("fields")) {
                    fields.put(path + "/" + field.getAsJsonObject().get("name").getAsString(), field.getAsJsonObject());
                }
            }
            for (Path table : tables(folder.getValue())) {
                tables++;
                String where = folder.getKey() + ": " + table.getFileName();
                for (String column : header(table)) {
                    JsonObject field = fields.get(table.getFileName() + "/" + column);
                    for (Concept concept : CONCEPTS) {
                        for (String wrong : concept.notCalled()) {
                            assertFalse(column.equals(wrong) || column.endsWith("_" + wrong), where + " calls "
                                    + concept.name() + " '" + column + "'");
                        }
                        if (column.equals(concept.name())) {
                            assertEquals(concept.type(), field.get("type").getAsString(), where + ": " + column);
                            String description = field.get("description").getAsString();
                            // the columns that name the same thing describe it alike, wherever they are
                            if (Set.of("date", "replication", "seed", "point", "parameter").contains(column)) {
                                descriptions.putIfAbsent(column, description);
                                seenFirstIn.putIfAbsent(column, where);
                                assertEquals(descriptions.get(column), description, where + " and "
                                        + seenFirstIn.get(column) + " describe '" + column + "' differently");
                            }
                        }
                    }
                    if ("yearmonth".equals(field.get("type").getAsString())) {
                        assertTrue(column.equals("date") || OTHER_MONTHS.contains(column), where + ": a row's"
                                + " month is called 'date', not '" + column + "'");
                    }
                }
            }
        }
        assertTrue(tables >= 25, tables + " tables");
        assertEquals(Set.of("date", "replication", "seed", "point", "parameter"), descriptions.keySet());
        assertEquals(List.of("replication", "date", "cooperation_index"),
                header(FOLDERS.get("run").resolve("series.csv")));
        assertEquals(List.of("agent", "date", "rule", "contribution", "log_odds"),
                header(FOLDERS.get("run").resolve("why.csv")));
        assertEquals("date", header(FOLDERS.get("compare").resolve("compare.csv")).get(2));
    }

    @Test
    void everyResultsFolderDescribesEachOfItsTablesColumnByColumn() throws IOException {
        for (Map.Entry<String, Path> folder : FOLDERS.entrySet()) {
            JsonObject pack = dataPackage(folder.getValue());
            assertEquals("tabular-data-package", pack.get("profile").getAsString());
            Set<String> listed = new TreeSet<>();
            for (JsonElement element : pack.getAsJsonArray("resources")) {
                JsonObject resource = element.getAsJsonObject();
                String path = resource.get("path").getAsString();
                String where = folder.getKey() + ": " + path;
                listed.add(path);
                assertEquals("csv", resource.get("format").getAsString(), where);
                assertEquals("utf-8", resource.get("encoding").getAsString(), where);
                assertTrue(resource.get("name").getAsString().matches("[-a-z0-9._]+"), where);
                JsonArray fields = resource.getAsJsonObject("schema").getAsJsonArray("fields");
                List<String> names = new ArrayList<>();
                for (JsonElement field : fields) {
                    JsonObject f = field.getAsJsonObject();
                    names.add(f.get("name").getAsString());
                    assertTrue(TYPES.contains(f.get("type").getAsString()), where + ": " + f);
                    assertFalse(f.get("description").getAsString().isBlank(), where + ": " + f);
                    // a table whose schema Dyad did not record is described by its header alone
                    assertFalse(f.get("description").getAsString().startsWith("column "), where + ": " + f);
                }
                Path table = folder.getValue().resolve(path);
                assertEquals(header(table), names, where + ": the schema's fields are the header, in order");
                checkCells(table, fields, resource.getAsJsonObject("schema").getAsJsonArray("missingValues"), where);
            }
            Set<String> written = new TreeSet<>();
            tables(folder.getValue()).forEach(t -> written.add(t.getFileName().toString()));
            assertEquals(written, listed, folder.getKey() + ": every CSV is listed");
        }
        // a table that was joined from shards is described as the one written whole
        assertEquals(dataPackage(FOLDERS.get("sweep")), dataPackage(FOLDERS.get("merge")));
    }

    /** Every cell is of its column's type, or one of the missing values. */
    private static void checkCells(Path table, JsonArray fields, JsonArray missing, String where) throws IOException {
        Set<String> missingValues = new TreeSet<>();
        missing.forEach(value -> missingValues.add(value.getAsString()));
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                for (int c = 0; c < fields.size(); c++) {
                    String cell = row.get(c);
                    String type = fields.get(c).getAsJsonObject().get("type").getAsString();
                    if (missingValues.contains(cell)) {
                        continue;
                    }
                    String at = where + ":" + (row.getRecordNumber() + 1) + " column "
                            + fields.get(c).getAsJsonObject().get("name").getAsString() + " '" + cell + "'";
                    switch (type) {
                        case "integer" -> assertTrue(cell.matches("-?\\d+"), at);
                        // an SMC's first tolerance is Infinity, as Java, pandas and R read it
                        case "number" -> assertTrue(cell.matches("-?(\\d+(\\.\\d+)?([eE][-+]?\\d+)?|Infinity)"), at);
                        case "boolean" -> assertTrue(cell.equals("true") || cell.equals("false"), at);
                        case "yearmonth" -> assertTrue(MONTH.matcher(cell).matches(), at);
                        default -> {
                        }
                    }
                }
            }
        }
    }

    @Test
    void aRerunWritesEachReplicationsPathAgain() throws IOException {
        Path again = temp.resolve("rerun");
        CliTest.Result rerun = dyad("rerun", FOLDERS.get("run").toString(), "--out", again.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        byte[] series = Files.readAllBytes(FOLDERS.get("run").resolve("series.csv"));
        assertEquals(new String(series, StandardCharsets.UTF_8),
                Files.readString(again.resolve("series.csv")), "the same bytes");
        // 3 replications of 24 months, after the header
        assertEquals(1 + 3 * 24, Files.readAllLines(again.resolve("series.csv")).size());
    }

    @Test
    void chartRedrawsTheWhyChartOfAFolderWhoseWhyTableCallsTheMonthMonth() throws IOException {
        Path run = temp.resolve("before");
        assertEquals(0, dyad("run", "src/test/resources/scenarios/small.yaml", "--replications", "2", "--out",
                run.toString()).exitCode());
        Path why = run.resolve("why.csv");
        byte[] chart = Files.readAllBytes(run.resolve("why.png"));
        List<String> lines = new ArrayList<>(Files.readAllLines(why));
        assertEquals("agent,date,rule,contribution,log_odds", lines.get(0));
        // as the release before 'date' wrote it
        lines.set(0, "agent,month,rule,contribution,log_odds");
        Files.writeString(why, String.join("\n", lines) + "\n");
        Files.delete(run.resolve("why.png"));
        CliTest.Result redraw = dyad("chart", run.toString());
        assertEquals(0, redraw.exitCode(), redraw.err());
        assertEquals(java.util.HexFormat.of().formatHex(chart),
                java.util.HexFormat.of().formatHex(Files.readAllBytes(run.resolve("why.png"))), "the same chart");
    }
}
