package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a scenario with issue areas draws the index by area, which 'dyad chart' draws again byte for byte
 * from timeseries.csv; --area draws why the index moves in one area; a scenario without areas gets neither.
 */
class AreaFilesTest {

    private static final String WITHOUT_AREAS = "src/test/resources/before-areas/us-russia-1992-2007.yaml";
    private static final List<String> EXTENSIONS = List.of(".png", ".svg", ".pdf");

    @TempDir
    Path temp;

    private Path run(String scenario, String name, String... more) {
        Path out = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", scenario, "--seed", "4", "--replications", "4",
                "--no-check", "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Result result = dyad(args.toArray(new String[0]));
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    private static List<String> files(String baseName) {
        return EXTENSIONS.stream().map(extension -> baseName + extension).toList();
    }

    @Test
    void theIndexByAreaIsWrittenAndDrawnAgainByteForByteInEitherLanguage() throws IOException {
        Path english = run(CliTest.BASELINE, "en");
        Path chinese = run(CliTest.BASELINE, "zh", "--lang", "zh-TW");
        List<String> figures = new ArrayList<>(files("areas"));
        figures.addAll(files("cooperation-index"));
        byte[][] drawn = new byte[figures.size()][];
        for (int i = 0; i < figures.size(); i++) {
            drawn[i] = Files.readAllBytes(english.resolve(figures.get(i)));
            assertTrue(drawn[i].length > 10_000, figures.get(i));
            Files.delete(english.resolve(figures.get(i)));
        }
        String svg = Files.readString(chinese.resolve("areas.svg"));
        for (String label : List.of("安全與國際秩序", "後蘇聯空間", "軍備管制", "反恐", "能源與經濟")) {
            assertTrue(svg.contains(label), label);
        }

        CliTest.Result chart = dyad("chart", english.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        for (int i = 0; i < figures.size(); i++) {
            assertArrayEquals(drawn[i], Files.readAllBytes(english.resolve(figures.get(i))), figures.get(i));
        }
        CliTest.Result translated = dyad("chart", english.toString(), "--lang", "zh-TW");
        assertEquals(0, translated.exitCode(), translated.err());
        for (int i = 0; i < figures.size(); i++) {
            String name = figures.get(i);
            assertArrayEquals(drawn[i], Files.readAllBytes(english.resolve(name)), "kept in English: " + name);
            if (!name.endsWith(".pdf")) {
                // a PDF's metadata takes its file's name for a title in another script
                assertArrayEquals(Files.readAllBytes(chinese.resolve(name)),
                        Files.readAllBytes(english.resolve(name.replaceFirst("\\.(\\w+)$", ".zh-TW.$1"))), name);
            }
        }
    }

    @Test
    void aScenarioWithoutAreasWritesNoIndexByAreaAndWhyCsvAsBefore() throws IOException {
        Path out = run(WITHOUT_AREAS, "without");
        for (String name : files("areas")) {
            assertFalse(Files.exists(out.resolve(name)), name);
        }
        assertEquals("agent,date,rule,contribution,log_odds", Files.readAllLines(out.resolve("why.csv")).get(0));
        CliTest.Result chart = dyad("chart", out.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        assertFalse(Files.exists(out.resolve("areas.png")));
    }

    @Test
    void whyInOneAreaIsDrawnWithTheRunAndAgainByChartAndRerun() throws IOException {
        Path out = run(CliTest.BASELINE, "area", "--area", "arms_control");
        List<String> lines = Files.readAllLines(out.resolve("why.csv"));
        assertEquals("area,agent,date,rule,contribution,log_odds", lines.get(0));
        assertEquals(1 + 6 * 2 * 192 * 9, lines.size());
        assertTrue(lines.get(1).startsWith("all,usa,1992-01,baseline,"), lines.get(1));
        List<String> armsControl = files("why-arms_control");
        byte[][] drawn = new byte[armsControl.size()][];
        for (int i = 0; i < armsControl.size(); i++) {
            drawn[i] = Files.readAllBytes(out.resolve(armsControl.get(i)));
        }
        assertFalse(Files.exists(out.resolve("why-security.png")));
        assertTrue(Files.readString(out.resolve("why-arms_control.svg")).contains("Arms control: why the index moves"));

        // a plain redraw draws the area's chart again; --area adds another
        CliTest.Result chart = dyad("chart", out.toString(), "--area", "security");
        assertEquals(0, chart.exitCode(), chart.err());
        for (int i = 0; i < armsControl.size(); i++) {
            assertArrayEquals(drawn[i], Files.readAllBytes(out.resolve(armsControl.get(i))), armsControl.get(i));
        }
        assertTrue(Files.readString(out.resolve("why-security.svg")).contains("Security and world order"));
        assertFalse(Files.exists(out.resolve("why-energy_economy.png")));

        Path again = temp.resolve("again");
        CliTest.Result rerun = dyad("rerun", out.toString(), "--out", again.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        for (String name : List.of("why-arms_control.png", "why-security.pdf", "areas.svg", "why.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void anAreaTheScenarioDoesNotDeclareIsRefusedWithTheOnesItDoes() throws IOException {
        CliTest.Result run = dyad("run", CliTest.BASELINE, "--replications", "2", "--out",
                temp.resolve("refused").toString(), "--area", "arms-control");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("dyad: field '--area': scenario us-russia-1992-2007 has no issue area 'arms-control': give one of"
                + " security, post_soviet_space, arms_control, counter_terrorism, energy_economy; did you mean"
                + " 'arms_control'?", run.err().strip());
        assertFalse(Files.exists(temp.resolve("refused")), "nothing written");

        Path out = run(CliTest.BASELINE, "chart");
        CliTest.Result chart = dyad("chart", out.toString(), "--area", "all");
        assertEquals(2, chart.exitCode(), chart.err());
        assertTrue(chart.err().contains("has no issue area 'all': give one of security, post_soviet_space,"
                + " arms_control, counter_terrorism, energy_economy (why.png is of all of them together)"), chart.err());

        Path without = run(WITHOUT_AREAS, "no-areas");
        CliTest.Result none = dyad("chart", without.toString(), "--area", "security");
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().contains("declares no issue areas"), none.err());
        assertFalse(Files.exists(without.resolve("why-security.png")));
    }

    @Test
    void theHandoutShowsTheIndexByAreaForAScenarioWithAreasOnly() throws IOException {
        Path with = temp.resolve("handout");
        CliTest.Result report = dyad("report", CliTest.BASELINE, "--replications", "2", "--out", with.toString());
        assertEquals(0, report.exitCode(), report.err());
        String page = Files.readString(with.resolve("handout.html"));
        assertTrue(page.contains("id=\"areas\""), "the areas' section");
        assertTrue(page.contains("The index by issue area"));
        assertTrue(page.indexOf("id=\"index\"") < page.indexOf("id=\"areas\"")
                && page.indexOf("id=\"areas\"") < page.indexOf("id=\"why\""), "after the index, before why");

        Path without = temp.resolve("handout-without");
        report = dyad("report", WITHOUT_AREAS, "--replications", "2", "--out", without.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertFalse(Files.readString(without.resolve("handout.html")).contains("id=\"areas\""));
    }
}
