package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code dyad futures} writes beside futures.csv: states.csv and the two figures, which {@code dyad chart}
 * redraws from the futures file the folder keeps.
 */
class FuturesOutputsTest {

    private static final String SMALL = "src/test/resources/futures/small-futures.yaml";

    @TempDir
    Path temp;

    @Test
    void writesTheStateSharesAndBothFiguresInEachLanguageToTheSameBytesOnAnyThreadCount() throws IOException {
        Path one = temp.resolve("one");
        CliTest.Result result = dyad("futures", SMALL, "--out", one.toString(), "--threads", "1", "--quiet",
                "--lang", "en,zh-TW");
        assertEquals(0, result.exitCode(), result.err());
        Path two = temp.resolve("two");
        assertEquals(0, dyad("futures", SMALL, "--out", two.toString(), "--threads", "2", "--quiet", "--lang",
                "en,zh-TW").exitCode());
        for (String figure : List.of("futures-fan", "futures-states")) {
            for (String language : List.of("en", "zh-TW")) {
                for (String format : List.of("png", "svg", "pdf")) {
                    String name = figure + "." + language + "." + format;
                    assertTrue(Files.size(one.resolve(name)) > 1000, name);
                }
                String png = figure + "." + language + ".png";
                assertArrayEquals(Files.readAllBytes(one.resolve(png)), Files.readAllBytes(two.resolve(png)), png);
            }
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("states.csv")), Files.readAllBytes(two.resolve("states.csv")));
        String zh = Files.readString(one.resolve("futures-states.zh-TW.svg"));
        assertTrue(zh.contains("合作") && zh.contains("敵對"), "the states' zh-TW labels");
        String pack = Files.readString(one.resolve("datapackage.json"));
        assertTrue(pack.contains("\"path\": \"states.csv\""), pack);
    }

    @Test
    void dyadChartRedrawsTheFuturesFiguresInAnotherLanguageAsDyadFuturesDrawsThem() throws IOException {
        Path both = temp.resolve("both");
        assertEquals(0, dyad("futures", SMALL, "--out", both.toString(), "--quiet", "--lang", "en,zh-TW").exitCode());
        Path english = temp.resolve("english");
        assertEquals(0, dyad("futures", SMALL, "--out", english.toString(), "--quiet").exitCode());
        Map<String, String> before = AnalysisShardsTest.digests(english);
        assertTrue(before.containsKey("futures.yaml") && before.containsKey("base-scenario.yaml"), before.toString());

        CliTest.Result chart = dyad("chart", english.toString(), "--lang", "zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        Map<String, String> after = AnalysisShardsTest.digests(english);
        java.util.Set<String> added = new java.util.TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        // every figure dyad futures draws in zh-TW, the same bytes
        java.util.Set<String> expected = new java.util.TreeSet<>(AnalysisShardsTest.digests(both).keySet());
        expected.removeIf(name -> !name.matches(".*\\.zh-TW\\.(png|svg|pdf)"));
        assertTrue(expected.containsAll(List.of("futures-fan.zh-TW.png", "futures-states.zh-TW.pdf")),
                expected.toString());
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(both.resolve(name)), Files.readAllBytes(english.resolve(name)), name);
        }
        // the futures' own figures, not a sweep's, and the English ones and the tables as they were
        assertEquals(expected, added);
        before.forEach((name, digest) -> assertEquals(digest, after.get(name), name));
        assertTrue(Files.readString(english.resolve("manifest.json")).contains("\"zh-TW\""));

        // a folder that lost its futures file says how to draw the figures again
        Files.delete(english.resolve("futures.yaml"));
        CliTest.Result lost = dyad("chart", english.toString(), "--formats", "png");
        assertEquals(2, lost.exitCode());
        assertEquals(1, lost.err().strip().lines().count(), lost.err());
        assertTrue(lost.err().contains("without the futures file they were drawn from (futures.yaml)"), lost.err());
        assertEquals(after.get("futures-fan.png"), AnalysisShardsTest.digests(english).get("futures-fan.png"));
    }

    @Test
    void theStateSharesAreTheShareOfFuturesWhoseYearMeetsTheState() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, dyad("futures", SMALL, "--out", out.toString(), "--quiet", "--formats", "png").exitCode());
        List<String> futures = Files.readAllLines(out.resolve("futures.csv"));
        List<String> states = Files.readAllLines(out.resolve("states.csv"));
        assertEquals("reciprocity,thawing,state,year,share,futures", states.get(0));
        // 4 lever settings × 2 states × 2 years, settings in the grid's order, states in the file's
        assertEquals(1 + 4 * 2 * 2, states.size());
        assertEquals("1,on,cooperative,2002", String.join(",", List.of(states.get(1).split(",")).subList(0, 4)));
        assertEquals("1,on,hostile,2003", String.join(",", List.of(states.get(4).split(",")).subList(0, 4)));
        List<String> header = List.of(futures.get(0).split(","));
        for (String row : states.subList(1, states.size())) {
            String[] cells = row.split(",");
            int column = header.indexOf(cells[2] + "_" + cells[3]);
            long in = 0;
            long of = 0;
            for (String future : futures.subList(1, futures.size())) {
                String[] f = future.split(",");
                if (f[1].equals(cells[0]) && f[2].equals(cells[1])) {
                    of++;
                    in += Integer.parseInt(f[column]);
                }
            }
            assertEquals(3, of);
            assertEquals(String.format(Locale.ROOT, "%.6f", (double) in / of), cells[4], row);
            assertEquals("3", cells[5], row);
        }
    }
}
