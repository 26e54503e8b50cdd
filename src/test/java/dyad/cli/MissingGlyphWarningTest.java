package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate names a text with a character the bundled font lacks, which figures would draw as a box. */
class MissingGlyphWarningTest {

    @TempDir
    Path temp;

    @Test
    void aRareCharacterIsNamedWithItsField() throws IOException {
        Path file = temp.resolve("rare.yaml");
        Files.writeString(file, "extends: " + Path.of(CliTest.BASELINE).toAbsolutePath()
                + "\nname: rare\ntitle: {en: Rare, zh-TW: \"\uD840\uDC0B 罕見\"}\n");
        CliTest.Result result = dyad("validate", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("warning: title has characters the bundled font lacks (\uD840\uDC0B)"),
                result.out());
    }

    @Test
    void theBundledBaselineNeedsNoWarning() {
        CliTest.Result result = dyad("validate", CliTest.BASELINE);
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("warning"), result.out());
    }
}
