package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dyad.batch.FigureFormat;
import dyad.batch.Figures;
import dyad.batch.SweepManifest;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --lang en,zh-TW writes each figure once per language, its tag in the name; --formats writes only the formats
 * asked for; 'dyad chart' adds a language or a format beside a folder's figures without changing a byte of them or
 * of its tables, and the manifest and the folder's record list what is there.
 */
class FigureChoiceTest {

    private static final List<String> RUN_FIGURES = List.of("cooperation-index", "areas", "why");
    private static final String ENGLISH = "cooperation index";
    private static final String CHINESE = "合作指數";

    @TempDir
    Path temp;

    private Path run(String name, String... more) {
        Path out = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", CliTest.BASELINE, "--seed", "4", "--replications", "4",
                "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Result result = dyad(args.toArray(new String[0]));
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    @Test
    void aRunInBothLanguagesWritesEachFigureOncePerLanguageWithItsTag() throws IOException {
        Path both = run("both", "--lang", "en,zh-TW", "--no-check");
        for (String figure : RUN_FIGURES) {
            for (String extension : List.of("png", "svg", "pdf")) {
                assertTrue(Files.isRegularFile(both.resolve(figure + ".en." + extension)), figure + ".en." + extension);
                assertTrue(Files.isRegularFile(both.resolve(figure + ".zh-TW." + extension)),
                        figure + ".zh-TW." + extension);
                assertFalse(Files.exists(both.resolve(figure + "." + extension)), "no plain " + figure);
            }
        }
        assertTrue(svg(both, "cooperation-index.en.svg").contains(ENGLISH));
        assertFalse(svg(both, "cooperation-index.en.svg").contains(CHINESE));
        assertTrue(svg(both, "cooperation-index.zh-TW.svg").contains(CHINESE));
        assertEquals(new Figures(List.of(Language.EN, Language.ZH_TW), FigureFormat.all(), null),
                Figures.of(SweepManifest.read(both)));
        assertEquals("en", SweepManifest.read(both).get("language").getAsString(), "the first language");

        Path english = run("english", "--no-check");
        Path chinese = run("chinese", "--lang", "zh-TW", "--no-check");
        for (String figure : RUN_FIGURES) {
            for (String extension : List.of("png", "svg")) {
                assertArrayEquals(bytes(english, figure + "." + extension), bytes(both, figure + ".en." + extension));
                assertArrayEquals(bytes(chinese, figure + "." + extension),
                        bytes(both, figure + ".zh-TW." + extension));
            }
        }
        assertArrayEquals(bytes(english, "timeseries.csv"), bytes(both, "timeseries.csv"), "one set of tables");
    }

    @Test
    void theScorecardIsPrintedOnceInTheFirstLanguage() {
        CliTest.Result result = dyad("run", CliTest.BASELINE, "--seed", "4", "--replications", "4", "--out",
                temp.resolve("card").toString(), "--lang", "zh-TW,en");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("SF1"), result.out());
        assertEquals(1, result.out().split("SF1", -1).length - 1, "one scorecard");
        assertFalse(result.out().contains("Facts:"), "in Traditional Chinese: " + result.out());
    }

    @Test
    void aRedrawInAnotherLanguageAddsItsFiguresAndKeepsEveryOtherFilesBytes() throws IOException {
        Path dir = run("redraw", "--no-check", "--area", "security");
        Map<String, byte[]> before = contents(dir);
        assertTrue(before.containsKey("cooperation-index.png") && before.containsKey("why-security.svg"));

        CliTest.Result chart = dyad("chart", dir.toString(), "--lang", "zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        Map<String, byte[]> after = contents(dir);
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            if (!file.getKey().equals("manifest.json")) {
                assertArrayEquals(file.getValue(), after.get(file.getKey()), "kept: " + file.getKey());
            }
        }
        for (String figure : List.of("cooperation-index", "areas", "why", "why-security")) {
            for (String extension : List.of("png", "svg", "pdf")) {
                String added = figure + ".zh-TW." + extension;
                assertTrue(after.containsKey(added), added);
                assertTrue(inventory(dir).contains("\"" + added + "\""), "recorded as Dyad's: " + added);
            }
        }
        assertTrue(svg(dir, "why-security.zh-TW.svg").contains("安全"));
        assertTrue(svg(dir, "cooperation-index.svg").contains(ENGLISH), "the folder's own figures stay in English");
        assertEquals(new Figures(List.of(Language.EN, Language.ZH_TW), FigureFormat.all(), Language.EN),
                Figures.of(SweepManifest.read(dir)));
        JsonObject manifest = SweepManifest.read(dir);
        assertEquals("en", manifest.get("language").getAsString());
        JsonObject first = json(before.get("manifest.json"));
        first.remove(Figures.KEY);
        manifest.remove(Figures.KEY);
        assertEquals(first, manifest, "only the record of the figures changed");

        // a redraw without --lang redraws every language, each under its own names
        CliTest.Result again = dyad("chart", dir.toString());
        assertEquals(0, again.exitCode(), again.err());
        Map<String, byte[]> redrawn = contents(dir);
        assertEquals(after.keySet(), redrawn.keySet());
        for (String name : after.keySet()) {
            assertArrayEquals(after.get(name), redrawn.get(name), name);
        }

        // a rerun writes the figures of both languages again
        Path rerun = temp.resolve("rerun");
        CliTest.Result repeated = dyad("rerun", dir.toString(), "--out", rerun.toString());
        assertEquals(0, repeated.exitCode(), repeated.err());
        for (String name : after.keySet()) {
            if (!name.equals("manifest.json")) {
                assertArrayEquals(after.get(name), bytes(rerun, name), "rerun: " + name);
            }
        }
    }

    @Test
    void aFolderFirstWrittenInChineseKeepsThePlainNamesForChinese() throws IOException {
        Path dir = run("chinese-first", "--lang", "zh-TW", "--no-check", "--formats", "svg");
        assertTrue(svg(dir, "cooperation-index.svg").contains(CHINESE));
        CliTest.Result chart = dyad("chart", dir.toString(), "--lang", "en,zh-TW");
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(svg(dir, "cooperation-index.svg").contains(CHINESE), "Chinese under the plain names");
        assertTrue(svg(dir, "cooperation-index.en.svg").contains(ENGLISH), "English added, tagged");
        assertFalse(Files.exists(dir.resolve("cooperation-index.zh-TW.svg")), "no second Chinese copy");
    }

    @Test
    void onlyTheFormatsAskedForAreWrittenAndChartAddsTheOthers() throws IOException {
        Path dir = run("png", "--no-check", "--formats", "png");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> figures = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches(".*\\.(png|svg|pdf)")).sorted().toList();
            assertEquals(List.of("areas.png", "cooperation-index.png", "why.png"), figures);
        }
        assertEquals(EnumSet.of(FigureFormat.PNG), Figures.of(SweepManifest.read(dir)).formats(),
                "the manifest names the formats written");
        Map<String, byte[]> before = contents(dir);

        CliTest.Result chart = dyad("chart", dir.toString(), "--formats", "svg,pdf");
        assertEquals(0, chart.exitCode(), chart.err());
        Map<String, byte[]> after = contents(dir);
        for (String figure : RUN_FIGURES) {
            assertTrue(after.containsKey(figure + ".svg") && after.containsKey(figure + ".pdf"), figure);
        }
        for (String name : before.keySet()) {
            if (!name.equals("manifest.json")) {
                assertArrayEquals(before.get(name), after.get(name), "untouched: " + name);
            }
        }
        assertEquals(FigureFormat.all(), Figures.of(SweepManifest.read(dir)).formats());
        Path english = run("all-formats", "--no-check");
        for (String figure : RUN_FIGURES) {
            for (String extension : List.of("svg", "pdf")) {
                assertArrayEquals(bytes(english, figure + "." + extension), after.get(figure + "." + extension),
                        "as a run draws it: " + figure + "." + extension);
            }
        }
    }

    @Test
    void aBadFormatIsRefusedWithTheFormatsThereAreAndNothingWritten() {
        Path out = temp.resolve("bad");
        CliTest.Result result = dyad("run", CliTest.BASELINE, "--replications", "2", "--out", out.toString(),
                "--formats", "png,jpg");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("'--formats'") && result.err().contains("'jpg' is not a figure format; use"
                + " png, svg, pdf; did you mean 'png'?"), result.err());
        assertFalse(Files.exists(out));
        CliTest.Result language = dyad("chart", temp.toString(), "--lang", "en,fr");
        assertEquals(2, language.exitCode());
        assertTrue(language.err().contains("'--lang'") && language.err().contains("'fr' is not a language Dyad"
                + " speaks; use one of en, zh-TW"), language.err());
    }

    @Test
    void aSweepDrawsItsChartsInEachLanguageAndFormatAsked() throws IOException {
        Path dir = temp.resolve("sweep");
        CliTest.Result sweep = dyad("sweep", SweepLanguageTest.SWEEP, "--out", dir.toString(), "--quiet", "--lang",
                "en,zh-TW", "--formats", "svg");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(svg(dir, "fan.en.svg").contains(SweepLanguageTest.ENGLISH_TITLE));
        assertTrue(svg(dir, "fan.zh-TW.svg").contains(SweepLanguageTest.CHINESE_TITLE));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.map(path -> path.getFileName().toString()).noneMatch(name -> name.endsWith(".png")
                    || name.endsWith(".pdf") || name.equals("fan.svg")), "only the SVGs, tagged");
        }
    }

    @Test
    void aHandoutIsWrittenOncePerLanguage() throws IOException {
        Path dir = temp.resolve("handout");
        CliTest.Result report = dyad("report", CliTest.BASELINE, "--replications", "2", "--out", dir.toString(),
                "--lang", "en,zh-TW");
        assertEquals(0, report.exitCode(), report.err());
        assertFalse(Files.exists(dir.resolve("handout.html")));
        String english = Files.readString(dir.resolve("handout.en.html"), StandardCharsets.UTF_8);
        String chinese = Files.readString(dir.resolve("handout.zh-TW.html"), StandardCharsets.UTF_8);
        assertTrue(english.contains("<html lang=\"en\"") && chinese.contains("<html lang=\"zh-TW\""));
        assertTrue(english.contains("--lang en,zh-TW") && chinese.contains("--lang en,zh-TW"),
                "how to write both again");
    }

    private static String svg(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path dir, String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    private static String inventory(Path dir) throws IOException {
        return Files.readString(dir.resolve(".dyad/folder.json"), StandardCharsets.UTF_8);
    }

    /** Every visible file of a folder by name. */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static JsonObject json(byte[] manifest) {
        return com.google.gson.JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
