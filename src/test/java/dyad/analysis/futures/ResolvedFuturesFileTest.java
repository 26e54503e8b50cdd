package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The futures file as a results folder keeps it ({@code futures.yaml} beside {@code base-scenario.yaml}) draws the
 * same futures as the file it came from, and reads back to the same text: what lets {@code dyad chart} redraw the
 * figures from the folder alone, and the shards of {@code dyad slurm} run from frozen files.
 */
class ResolvedFuturesFileTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/futures/small-futures.yaml", "scenarios/futures/us-russia-2008-2020.yaml"})
    void theKeptFileDrawsTheSameFuturesAndReadsBackToTheSameText(String path) throws IOException {
        FuturesFile original = FuturesLoader.load(Path.of(path));
        Files.writeString(temp.resolve(FuturesFile.FILE), original.resolvedText(), StandardCharsets.UTF_8);
        Files.writeString(temp.resolve(FuturesFile.BASE_FILE), original.base().text(), StandardCharsets.UTF_8);
        FuturesFile kept = FuturesLoader.load(temp.resolve(FuturesFile.FILE));

        assertEquals(original.resolvedText(), kept.resolvedText());
        assertEquals(original.base().text(), kept.base().text());
        assertEquals(original.name(), kept.name());
        assertTrue(kept.resolvedText().contains("\nbase: \"" + FuturesFile.BASE_FILE + "\"\n"), kept.resolvedText());
        for (int n : new int[] {1, 2}) {
            for (LeverSetting setting : LeverSetting.all(original.levers())) {
                assertEquals(FutureDrawing.scenario(original, n, setting), FutureDrawing.scenario(kept, n, setting),
                        "future " + n + " under " + setting);
            }
        }
    }
}
