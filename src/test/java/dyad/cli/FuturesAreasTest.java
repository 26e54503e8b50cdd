package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Futures of a scenario with issue areas: each area's yearly index, and states that read the areas. */
class FuturesAreasTest {

    private static final String AREAS = "src/test/resources/futures/small-areas-futures.yaml";

    @TempDir
    Path temp;

    @Test
    void futuresCsvHoldsEachAreasYearlyIndexAndTheStatesReadThem() throws IOException {
        Path out = temp.resolve("out");
        CliTest.Result result = dyad("futures", AREAS, "--out", out.toString(), "--quiet", "--formats", "png");
        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out.resolve("futures.csv"))).getRecords();
        assertEquals(3 * 2, rows.size());
        int[] held = new int[3];
        for (CSVRecord row : rows) {
            for (int year : List.of(2002, 2003)) {
                double climate = Double.parseDouble(row.get("climate_index_" + year));
                double trade = Double.parseDouble(row.get("trade_index_" + year));
                Map<String, Double> areas = Map.of("climate", climate, "trade", trade);
                boolean split = areas.values().stream().anyMatch(v -> v >= 0.1)
                        && areas.values().stream().anyMatch(v -> v <= -0.1);
                boolean allWarm = climate >= 0 && trade >= 0;
                boolean tradeCold = trade <= 0;
                assertEquals(split ? "1" : "0", row.get("split_" + year), row.toString());
                assertEquals(allWarm ? "1" : "0", row.get("all_warm_" + year), row.toString());
                assertEquals(tradeCold ? "1" : "0", row.get("trade_cold_" + year), row.toString());
                held[0] += split ? 1 : 0;
                held[1] += allWarm ? 1 : 0;
                held[2] += tradeCold ? 1 : 0;
            }
        }
        // the file is made so that the states are not all trivially false
        assertTrue(held[0] + held[1] + held[2] > 0, java.util.Arrays.toString(held));
        // the area's index is the sweep's own, as points.csv records it
        List<CSVRecord> points = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out.resolve("points.csv"))).getRecords();
        assertEquals(Double.parseDouble(points.get(0).get("trade_index_year_2003_mean")),
                Double.parseDouble(rows.get(0).get("trade_index_2003")), 1e-12);
        // an area's yearly index is a condition of discovery, and not a state
        assertEquals(0, dyad("discover", out.toString(), "--where", "trade_index_2003 <= 0", "--out",
                temp.resolve("found").toString(), "--formats", "png").exitCode());
        CliTest.Result notAState = dyad("discover", out.toString(), "--where", "trade_index_any == 1", "--out",
                temp.resolve("none").toString());
        assertEquals(2, notAState.exitCode(), notAState.out());
    }

    @Test
    void drawsEachAreasFanInEachLanguageOnlyForAScenarioWithAreas() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, dyad("futures", AREAS, "--out", out.toString(), "--quiet", "--lang", "en,zh-TW",
                "--formats", "png,svg").exitCode());
        assertTrue(Files.size(out.resolve("futures-areas.en.png")) > 1000);
        String en = Files.readString(out.resolve("futures-areas.en.svg"));
        String zh = Files.readString(out.resolve("futures-areas.zh-TW.svg"));
        assertTrue(en.contains("Climate") && en.contains("Trade"), "the areas' labels");
        assertTrue(zh.contains("氣候") && zh.contains("貿易"), "the areas' zh-TW labels");
        Path small = temp.resolve("small");
        assertEquals(0, dyad("futures", "src/test/resources/futures/small-futures.yaml", "--out", small.toString(),
                "--quiet", "--formats", "png").exitCode());
        assertTrue(Files.exists(small.resolve("futures-fan.png")));
        assertTrue(!Files.exists(small.resolve("futures-areas.png")), "no areas, no area figure");
    }

    @Test
    void aStateOnTheAreasOfAScenarioWithoutAreasIsRefusedNamingTheField() throws IOException {
        Path file = dyad.analysis.futures.FuturesLoaderTest.variant(temp, "when: {of: index, above: 0.2}",
                "when: {of: every_area, above: 0.2}");
        CliTest.Result result = dyad("futures", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("field 'states.cooperative.when.of': 'every_area' reads the issue areas,"
                + " but the base scenario declares none"), result.err());
        assertTrue(!Files.exists(temp.resolve("out")));
    }
}
