package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dyad.browser.HeadlessChromium;
import dyad.browser.PageReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handout as a reader gets it: written by {@code dyad report} and opened in a real browser (Debian's
 * chromium, headless, on a machine without any Chinese font), in each language: no console error, no broken
 * image, no character drawn as an empty box; it renders to PNG and prints to A4 PDF.
 */
class HandoutIT {

    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    static HeadlessChromium browser;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startsTheBrowser() throws IOException {
        if (HeadlessChromium.executable().isEmpty()) {
            if ("1".equals(System.getenv("DYAD_REQUIRE_BROWSER"))) {
                fail("DYAD_REQUIRE_BROWSER=1 but there is no chromium here");
            }
            Assumptions.assumeTrue(false, "no chromium here (apt-get install chromium)");
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopsTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void theHandoutReadsAndPrintsCleanlyInABrowser(String language) throws IOException {
        Path out = temp.resolve("handout-" + language);
        CliTest.Result result = dyad("report", CliTest.BASELINE, "--compare", "scenarios/counterfactual-no-9-11.yaml",
                "scenarios/counterfactual-low-oil.yaml", "--replications", "10", "--lang", language, "--out",
                out.toString());
        assertEquals(0, result.exitCode(), result.err());
        Path html = out.resolve("handout.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("<script"), "a handout needs no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//|url\\((https?:)?//").matcher(page).find(),
                "a handout fetches nothing");
        assertTrue(page.contains(language.equals("en") ? "The model in a page" : "一頁看懂模型"));

        PageReport report = browser.open(html);
        assertEquals(List.of(), report.consoleErrors(), "console errors");
        assertEquals(List.of(), report.brokenImages(), "broken images");
        assertEquals(List.of(), report.missingGlyphs(), "characters drawn as empty boxes");

        Path png = out.resolve("handout.png");
        browser.screenshotPng(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getHeight() > 3 * image.getWidth() / 2, "a long page: " + image.getWidth() + "x" + image.getHeight());

        Path pdf = out.resolve("handout.pdf");
        browser.printPdf(pdf, HeadlessChromium.PaperSize.A4);
        String printed = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(printed.startsWith("%PDF"), "a PDF");
        Matcher box = MEDIA_BOX.matcher(printed);
        assertTrue(box.find(), "no page size");
        assertEquals(595.9, Double.parseDouble(box.group(1)), 1.5, "A4 width");
        assertEquals(841.9, Double.parseDouble(box.group(2)), 1.5, "A4 height");
        long pages = PAGE.matcher(printed).results().count();
        assertTrue(pages >= 3 && pages <= 12, pages + " pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW"})
    void theSameCommandWritesTheSameHandout(String language) throws IOException {
        Path a = temp.resolve("same-a");
        Path b = temp.resolve("same-b");
        for (Path out : List.of(a, b)) {
            assertEquals(0, dyad("report", "scenarios/counterfactual-no-9-11.yaml", "--replications", "5", "--lang",
                    language, "--out", out.toString()).exitCode());
        }
        assertArrayEquals(Files.readAllBytes(a.resolve("handout.html")), Files.readAllBytes(b.resolve("handout.html")));
        String page = Files.readString(a.resolve("handout.html"));
        assertTrue(page.contains("刪除「九一一事件」（2001-09）"), "the counterfactual's change is listed");
        assertTrue(page.contains("java -jar target/dyad.jar report scenarios/counterfactual-no-9-11.yaml"
                + " --lang zh-TW --replications 5"), "how to write it again");
    }
}
