package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF of the index chart keeps its text as text: a reader's search (here poppler's pdftotext, as a PDF
 * viewer extracts it) finds an event's label in the language the chart was drawn in, Chinese included.
 * Skipped without pdftotext (Debian's poppler-utils), unless {@code DYAD_REQUIRE_PDFTOTEXT=1} (as in
 * {@code .ci/run}, which installs it), where it fails.
 */
class SearchablePdfTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml");

    @TempDir
    Path temp;

    @BeforeAll
    static void needsPdftotext() throws InterruptedException {
        if (!pdftotextRuns()) {
            String reason = "no pdftotext here (apt-get install poppler-utils)";
            if ("1".equals(System.getenv("DYAD_REQUIRE_PDFTOTEXT"))) {
                fail("DYAD_REQUIRE_PDFTOTEXT=1 but " + reason);
            }
            Assumptions.assumeTrue(false, reason);
        }
    }

    /** The baseline's label of its Kosovo war event, in English and in Traditional Chinese. */
    @ParameterizedTest
    @CsvSource({"en, Kosovo war", "zh-TW, 科索沃戰爭"})
    void theIndexChartPdfHasTheEventLabelsAsText(String language, String label) throws Exception {
        Path out = temp.resolve(language);
        CliTest.Result result = dyad("run", BASELINE.toString(), "--no-check", "--lang", language, "--out",
                out.toString());
        assertEquals(0, result.exitCode(), result.err());
        String text = pdftotext(out.resolve("cooperation-index.pdf"));
        assertTrue(text.contains(label), "'" + label + "' not in the text of the PDF:\n" + text);
    }

    private static boolean pdftotextRuns() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private String pdftotext(Path pdf) throws IOException, InterruptedException {
        Path text = temp.resolve(pdf.getParent().getFileName() + ".txt");
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
        assertEquals(0, process.exitValue(), "pdftotext " + pdf + ": " + output);
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
