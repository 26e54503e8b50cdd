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
     * SHA-256 of each output, as the release before issue areas wrote them; the figures as drawn since phases are
     * named by their labels (cut short with an ellipsis where narrow), not by their ids, the PNGs encoded as RGB
     * (the same pixels); the PDFs' since they keep
     * their text as text; why.csv's since its time column is called date.
     */
    private static final Map<String, String> DIGESTS = Map.ofEntries(
            Map.entry("timeseries.csv", "507c87ceb2d5d5e973909450a6710b0a5d61ffdd636080f5e70bbcb89b05d0d9"),
            Map.entry("summary.csv", "16f1ef44c574c677839554f6afd2ee649ff258fce21cc0b15c011cf3c01e4067"),
            Map.entry("paper-check.csv", "05bb54d90063b5f391e63c6d922cae1a3858d40464e910afedb9ca4c977e6ae3"),
            Map.entry("why.csv", "b5a98cac97b41bc8236f3c89dfe7e6a03b2c0ec465ebedbdc328dde9ca85774e"),
            Map.entry("cooperation-index.png", "60c5c881559414b8767c60ad8960111ce2433372068d1fd2086a670847dc62aa"),
            Map.entry("why.png", "92659288639fd35dd7ca72bf50c7c0aa4986529d05b350be3d59402c8972eec0"),
            Map.entry("cooperation-index.svg", "f1c7939565e8e6c9093b923188ea0c22db5d99313b1c0dfa232240be2cf3ec23"),
            Map.entry("why.svg", "0811a8641ec31e7c0e2808187bafa81f3b906c99c28956f5ebd2857309e5a0d9"),
            Map.entry("cooperation-index.pdf", "0acb78369ec0d577b345a6356797996b0c8044f9d84ba4c749ae05661ef73782"),
            Map.entry("why.pdf", "fa3e8c70db9ef460f25a4eaf69f372fd8ddea0048eb73f282172c39559338501"));

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
