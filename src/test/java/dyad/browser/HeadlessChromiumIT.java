package dyad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dyad.browser.HeadlessChromium.PaperSize;
import dyad.browser.PageReport.CharacterFonts;
import dyad.browser.PageReport.ElementText;
import dyad.browser.PageReport.FallbackText;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small pages in a real headless Chromium: what the harness reports of a page with errors, of a clean one and of
 * text that no font of the page draws, and what it renders. Without Chromium the test is skipped with the
 * reason, unless {@code DYAD_REQUIRE_BROWSER=1} (as in {@code .ci/run}, which installs it), where it fails.
 */
class HeadlessChromiumIT {

    /** A font of Debian's fonts-dejavu-core, which Chromium's fontconfig brings: Latin, no Hebrew, no CJK. */
    static final Path SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    static HeadlessChromium browser;

    @TempDir
    static Path pages;

    @BeforeAll
    static void startsTheBrowser() throws IOException {
        if (HeadlessChromium.executable().isEmpty()) {
            String reason = "no chromium here (apt-get install chromium, or name one in "
                    + HeadlessChromium.BROWSER_VARIABLE + ")";
            if ("1".equals(System.getenv("DYAD_REQUIRE_BROWSER"))) {
                fail("DYAD_REQUIRE_BROWSER=1 but " + reason);
            }
            Assumptions.assumeTrue(false, reason);
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closingKillsTheBrowserAndDeletesItsProfile() {
        if (browser == null) {
            return;
        }
        ProcessHandle process = browser.process();
        List<ProcessHandle> children = process.descendants().toList();
        Path profile = browser.profile();
        assertTrue(Files.isDirectory(profile), profile + " before closing");
        browser.close();
        assertFalse(process.isAlive(), "chromium still runs after close");
        assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "a process of chromium still runs");
        assertFalse(Files.exists(profile), profile + " is left after close");
    }

    static Path page(String name, String body) throws IOException {
        return page(name, "", body);
    }

    static Path page(String name, String style, String body) throws IOException {
        Path page = pages.resolve(name);
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + name
                + "</title><style>" + style + "</style></head>\n<body>" + body + "</body></html>\n",
                StandardCharsets.UTF_8);
        return page;
    }

    @Test
    void consoleErrorsExceptionsAndBrokenImagesAreReported() throws IOException {
        PageReport report = browser.open(page("errors.html", """
                <p>A page with errors.</p>
                <img src="missing.png" alt="missing">
                <svg width="40" height="40"><image href="absent.png" width="10" height="10"></image>
                  <use href="#nothing"></use></svg>
                <script>console.error('boom', 42); console.log('fine'); notAFunction();</script>
                """));
        List<String> errors = report.consoleErrors().stream().map(Object::toString).toList();
        assertTrue(errors.stream().anyMatch(error -> error.startsWith("console: boom 42")), errors.toString());
        assertTrue(errors.stream().anyMatch(error -> error.startsWith("exception: ReferenceError: notAFunction")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(error -> error.contains("missing.png")), errors.toString());
        assertTrue(errors.stream().noneMatch(error -> error.contains("'fine'") || error.contains("console: fine")),
                errors.toString());
        assertEquals(List.of("img missing.png", "image absent.png", "use #nothing"),
                report.brokenImages().stream().map(Object::toString).toList());
        assertFalse(report.clean());
    }

    @Test
    void aCleanAsciiPageHasNoErrorsAndRendersToPngAndPdf() throws IOException {
        PageReport report = browser.open(page("clean.html", "body { margin: 0 } .band { background: #c03; height: 80px }",
                """
                <h1>A clean page</h1>
                <div class="band"></div>
                <svg width="120" height="60"><rect width="120" height="60" fill="navy"/>
                  <text x="10" y="35" fill="white">SVG text</text></svg>
                <p>Only ASCII here.</p>
                """));
        assertEquals(List.of(), report.consoleErrors());
        assertEquals(List.of(), report.brokenImages());
        assertTrue(report.clean());
        assertEquals(List.of("A clean page", "SVG text", "Only ASCII here."),
                report.texts().stream().map(ElementText::text).toList());
        assertEquals(List.of(), report.missingGlyphs());
        assertEquals(List.of(), report.fallbackCjk(Set.of()));

        Path png = pages.resolve("clean.png");
        browser.screenshotPng(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + " x " + image.getHeight());
        assertEquals(0xffffff, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xffffff, "page background");
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                coloured += (image.getRGB(x, y) & 0xffffff) == 0xcc0033 ? 1 : 0;
            }
        }
        assertTrue(coloured > 1000, "the red band has only " + coloured + " sampled pixels");

        Path pdf = pages.resolve("clean.pdf");
        browser.printPdf(pdf, PaperSize.A4);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), text.substring(0, Math.min(20, text.length())));
        Matcher mediaBox = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
        if (mediaBox.find()) {
            assertEquals(8.27 * 72, Double.parseDouble(mediaBox.group(1)), 2, "A4 width in points");
            assertEquals(11.69 * 72, Double.parseDouble(mediaBox.group(2)), 2, "A4 height in points");
        }
    }

    @Test
    void chineseTextWithoutAWebFontIsMissingGlyphs() throws IOException {
        PageReport report = browser.open(page("chinese.html", """
                <p>美攻俄守 means the US attacks, Russia defends.</p>
                <svg width="200" height="40"><text x="5" y="30">合作指數</text></svg>
                """));
        assertTrue(report.clean(), report.toString());
        assertEquals(List.of("美", "攻", "俄", "守", "合", "作", "指", "數"),
                report.missingGlyphs().stream().map(FallbackText::text).toList());
        assertEquals(report.missingGlyphs(), report.fallbackCjk(Set.of("Handout Sans")));
    }

    @Test
    void aWebFontIsToldFromTheSystemsFontsAndFromMissingGlyphs() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SERIF), "no " + SERIF + " to embed");
        String font = Base64.getEncoder().encodeToString(Files.readAllBytes(SERIF));
        PageReport report = browser.open(page("web-font.html", """
                @font-face { font-family: "Handout"; src: url(data:font/ttf;base64,%s) format("truetype"); }
                body { font-family: "Handout", sans-serif; }""".formatted(font), """
                <p id="latin">Crème brûlée</p>
                <p id="hebrew">שלום</p>
                <p id="chinese">中文</p>
                """));
        assertTrue(report.clean(), report.consoleErrors().toString());
        // a web font is named as its file names it, not as @font-face does
        Set<String> webFont = Set.of("DejaVu Serif");
        ElementText latin = report.texts().get(0);
        assertTrue(latin.fonts().stream().allMatch(PageReport.PlatformFont::custom), latin.toString());
        assertTrue(latin.characterFonts().stream().noneMatch(CharacterFonts::missing), latin.toString());

        List<FallbackText> fallback = report.fallbackText(webFont);
        assertEquals(List.of("שלום"), fallback.stream().map(FallbackText::text).toList(), fallback.toString());
        assertTrue(fallback.get(0).fonts().stream().noneMatch(PageReport.PlatformFont::custom), fallback.toString());

        assertEquals(List.of("中", "文"), report.missingGlyphs().stream().map(FallbackText::text).toList());
        assertEquals(List.of("中", "文"), report.fallbackCjk(webFont).stream().map(FallbackText::text).toList());
    }
}
