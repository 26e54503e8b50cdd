package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario written before scenarios could declare issue areas and dynamics reruns to the same bytes: the
 * US–Russia baseline as it was then (kept in {@code src/test/resources/before-areas/}) gives every table and
 * figure it gave, so that a result published from it can be repeated. A deliberate change of a figure's
 * drawing must update these digests and say so.
 */
class ScenariosBeforeAreasTest {

    private static final Path BASELINE_BEFORE_AREAS = Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml");

    /**
     * SHA-256 of each output, as the release before issue areas wrote them; the PDFs' since they keep their
     * text as text (the same drawing, in a new file structure).
     */
    private static final Map<String, String> DIGESTS = Map.ofEntries(
            Map.entry("timeseries.csv", "507c87ceb2d5d5e973909450a6710b0a5d61ffdd636080f5e70bbcb89b05d0d9"),
            Map.entry("summary.csv", "16f1ef44c574c677839554f6afd2ee649ff258fce21cc0b15c011cf3c01e4067"),
            Map.entry("paper-check.csv", "05bb54d90063b5f391e63c6d922cae1a3858d40464e910afedb9ca4c977e6ae3"),
            Map.entry("why.csv", "b5a98cac97b41bc8236f3c89dfe7e6a03b2c0ec465ebedbdc328dde9ca85774e"),
            Map.entry("cooperation-index.png", "d0f8a417ba7cf3b282a27de0cdd3cf1243cfcc2d0630e8aad91cf95fbacba71c"),
            Map.entry("why.png", "d5083c1ced9116e6815c090175b899c919fabd0933ce0172e45cbb6203013fe3"),
            Map.entry("cooperation-index.svg", "4bf1a14c975a0c02ce5ad3d9036febcdf096ec069408a6db4fd6c3dbe5f5922f"),
            Map.entry("why.svg", "1d520412dd6196daac6104cafbaf24e484a10d8c8bc096422ec3bddd690d4ab3"),
            Map.entry("cooperation-index.pdf", "eeb49b05a6423edb82935b8dadbff4dcefb06c822c9a504e57dce36510ff8ae6"),
            Map.entry("why.pdf", "bc8451592c7fbc2af250e5c6245f48d1d76039f524cb89a4c4ef41ba25dfec6a"));

    @TempDir
    Path temp;

    @Test
    void theBaselineAsWrittenBeforeIssueAreasGivesTheSameTablesAndFigures() throws Exception {
        Path out = temp.resolve("before-areas");
        CliTest.Result result = dyad("run", BASELINE_BEFORE_AREAS.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        for (var expected : DIGESTS.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(expected.getKey())));
            assertEquals(expected.getValue(), HexFormat.of().formatHex(digest), expected.getKey());
        }
    }
}
