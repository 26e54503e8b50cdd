package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad compare}: scenarios on one figure, their differences paired by replication. */
class CompareCommandTest {

    private static final String NO_9_11 = "scenarios/counterfactual-no-9-11.yaml";
    private static final String LOW_OIL = "scenarios/counterfactual-low-oil.yaml";

    @TempDir
    Path temp;

    @Test
    void writesTheFigureTheTableAndTheScenariosAsRun() throws IOException {
        Path out = temp.resolve("compare");
        CliTest.Result result = dyad("compare", CliTest.BASELINE, NO_9_11, LOW_OIL, "--replications", "20",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        for (String file : List.of("compare.png", "compare.svg", "compare.pdf", "compare.csv", "manifest.json",
                "us-russia-1992-2007.yaml", "counterfactual-no-9-11.yaml", "counterfactual-low-oil.yaml")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        List<CSVRecord> rows = rows(out.resolve("compare.csv"));
        assertEquals(3 * 192, rows.size());
        String svg = Files.readString(out.resolve("compare.svg"));
        for (String text : List.of("US–Russia relations 1992–2007", "Without 9/11", "Oil price held low",
                "removes 9/11 attacks (2001-09)", "oil price (brent) held at")) {
            assertTrue(svg.contains(text), "the figure lacks '" + text + "'");
        }
    }

    @Test
    void theDifferenceIsExactlyZeroUntilTheCounterfactualDepartsFromTheBaseline() throws IOException {
        Path out = temp.resolve("compare");
        assertEquals(0, dyad("compare", CliTest.BASELINE, NO_9_11, "--replications", "30", "--out",
                out.toString()).exitCode());
        for (CSVRecord row : rows(out.resolve("compare.csv"))) {
            if (!row.get("scenario").equals("counterfactual-no-9-11")) {
                assertEquals("", row.get("difference"));
                continue;
            }
            // common random numbers: until 9/11 both scenarios make the same draws in every replication
            boolean before = row.get("date").compareTo("2001-09") < 0;
            double difference = Double.parseDouble(row.get("difference"));
            double low = Double.parseDouble(row.get("difference_p05"));
            double high = Double.parseDouble(row.get("difference_p95"));
            if (before) {
                assertEquals(0, difference, 0, row.get("date"));
                assertEquals(0, low, 0, row.get("date"));
                assertEquals(0, high, 0, row.get("date"));
            }
            assertTrue(low <= difference && difference <= high, row.toString());
        }
        double after = rows(out.resolve("compare.csv")).stream()
                .filter(row -> row.get("scenario").equals("counterfactual-no-9-11") && row.get("date").equals("2002-03"))
                .mapToDouble(row -> Double.parseDouble(row.get("difference"))).findFirst().orElseThrow();
        assertTrue(after < -0.5, "without 9/11 there is no rapprochement: " + after);
    }

    @Test
    void theSameInputsGiveTheSameBytesInEitherLanguage() throws IOException {
        for (String language : List.of("en", "zh-TW")) {
            Path a = temp.resolve(language + "-a");
            Path b = temp.resolve(language + "-b");
            for (Path out : List.of(a, b)) {
                assertEquals(0, dyad("compare", CliTest.BASELINE, NO_9_11, "--replications", "5", "--lang", language,
                        "--out", out.toString()).exitCode());
            }
            for (String file : List.of("compare.png", "compare.svg", "compare.pdf", "compare.csv")) {
                assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
            }
        }
        String chinese = Files.readString(temp.resolve("zh-TW-a").resolve("compare.svg"));
        assertTrue(chinese.contains("沒有九一一事件"), "the Chinese figure names the counterfactual in Chinese");
    }

    @Test
    void refusesScenariosOfAnotherPeriodOrTheSameName() {
        CliTest.Result same = dyad("compare", CliTest.BASELINE, CliTest.BASELINE, "--out", temp.resolve("x").toString());
        assertEquals(2, same.exitCode());
        assertTrue(same.err().contains("give each scenario its own name"), same.err());
        CliTest.Result other = dyad("compare", CliTest.BASELINE, "scenarios/classroom/three-states.yaml", "--out",
                temp.resolve("y").toString());
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("compare scenarios of the same period"), other.err());
        assertTrue(!Files.exists(temp.resolve("x").resolve("compare.csv")), "nothing written");
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
