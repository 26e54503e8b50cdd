package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run writes why.csv and the why chart in its language; 'dyad chart' draws the chart again from why.csv. */
class WhyFilesTest {

    private static final List<String> CHART = List.of("why.png", "why.svg", "why.pdf");

    @TempDir
    Path temp;

    private Path run(String name, String... more) {
        Path out = temp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("run", CliTest.BASELINE, "--seed", "4",
                "--replications", "10", "--no-check", "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Result result = dyad(args.toArray(new String[0]));
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    @Test
    void theChartIsDrawnAgainFromWhyCsvByteForByteInEitherLanguage() throws IOException {
        Path english = run("en");
        Path chinese = run("zh", "--lang", "zh-TW");
        // the whole agenda's rows, then each of the baseline's five issue areas'
        assertEquals(1 + 6 * 2 * 192 * 9, Files.readAllLines(english.resolve("why.csv")).size());
        assertArrayEquals(Files.readAllBytes(english.resolve("why.csv")), Files.readAllBytes(chinese.resolve("why.csv")));
        byte[][] drawn = new byte[CHART.size()][];
        for (int i = 0; i < CHART.size(); i++) {
            drawn[i] = Files.readAllBytes(english.resolve(CHART.get(i)));
            Files.delete(english.resolve(CHART.get(i)));
        }

        CliTest.Result chart = dyad("chart", english.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        for (int i = 0; i < CHART.size(); i++) {
            assertArrayEquals(drawn[i], Files.readAllBytes(english.resolve(CHART.get(i))), CHART.get(i));
        }
        CliTest.Result translated = dyad("chart", english.toString(), "--lang", "zh-TW");
        assertEquals(0, translated.exitCode(), translated.err());
        for (int i = 0; i < CHART.size(); i++) {
            String name = CHART.get(i);
            assertArrayEquals(drawn[i], Files.readAllBytes(english.resolve(name)), "kept in English: " + name);
            if (!name.endsWith(".pdf")) {
                // a PDF's metadata takes its file's name for a title in another script
                assertArrayEquals(Files.readAllBytes(chinese.resolve(name)),
                        Files.readAllBytes(english.resolve(name.replaceFirst("\\.(\\w+)$", ".zh-TW.$1"))), name);
            }
        }
    }

    @Test
    void aRunWithoutWhyCsvGetsItsIndexChartRedrawnAlone() throws IOException {
        Path dir = run("without");
        Files.delete(dir.resolve("why.csv"));
        for (String name : CHART) {
            Files.delete(dir.resolve(name));
        }
        CliTest.Result chart = dyad("chart", dir.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(Files.exists(dir.resolve("cooperation-index.png")));
        assertTrue(Files.notExists(dir.resolve("why.png")));
    }

    @Test
    void aDamagedWhyCsvIsNamedInOneLine() throws IOException {
        Path dir = run("damaged");
        List<String> lines = Files.readAllLines(dir.resolve("why.csv"));
        lines.set(5, lines.get(5).replace("usa,", "russia,"));
        Files.write(dir.resolve("why.csv"), lines);
        CliTest.Result chart = dyad("chart", dir.toString());
        assertEquals(2, chart.exitCode(), chart.out());
        assertEquals(1, chart.err().strip().lines().count(), chart.err());
        assertTrue(chart.err().contains("why.csv:6"), chart.err());
    }
}
