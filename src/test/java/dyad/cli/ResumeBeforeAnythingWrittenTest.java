package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume} finishes what a kill interrupted, even a kill that came before the sweep wrote anything: it
 * starts the sweep and says so. It still refuses a folder that holds another sweep or files Dyad did not write.
 */
class ResumeBeforeAnythingWrittenTest {

    static final String SWEEP = "src/test/resources/sweeps/areas.yaml";
    static final String STARTING = "dyad: nothing of this sweep was written in %s yet; starting it";

    @TempDir
    static Path temp;
    static byte[] uninterrupted;

    @BeforeAll
    static void sweepOnce() throws IOException {
        Path dir = temp.resolve("uninterrupted");
        assertEquals(0, dyad("sweep", SWEEP, "--out", dir.toString(), "--quiet").exitCode());
        uninterrupted = Files.readAllBytes(dir.resolve("points.csv"));
    }

    private static void assertStartedAndFinished(Path dir) throws IOException {
        Result result = dyad("sweep", SWEEP, "--out", dir.toString(), "--quiet", "--resume");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(STARTING.formatted(dir), result.err().strip());
        assertEquals(-1, java.util.Arrays.mismatch(uninterrupted, Files.readAllBytes(dir.resolve("points.csv"))),
                "the same results as a sweep never interrupted");
    }

    @Test
    void aKillBeforeTheResultsFolderWasMadeIsResumedByStartingTheSweep() throws IOException {
        assertStartedAndFinished(temp.resolve("never-made"));
    }

    @Test
    void aKillWhileTheFolderWasBeingMarkedIsResumedByStartingTheSweep() throws Exception {
        Path dir = temp.resolve("killed-while-marking");
        String failpoint = "folder-mark-written";
        DyadProcess dyad = DyadProcess.start(temp.resolve("log.txt"), failpoint, "sweep", SWEEP, "--out",
                dir.toString(), "--quiet").awaitFailpoint(failpoint);
        dyad.killHard();
        try (Stream<Path> left = Files.list(dir.resolve(".dyad"))) {
            assertEquals(List.of("folder.json.tmp", "lock"),
                    left.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertStartedAndFinished(dir);
    }

    @Test
    void aFolderWithAnotherSweepIsStillRefused() throws IOException {
        Path dir = temp.resolve("another");
        assertEquals(0, dyad("sweep", "src/test/resources/sweeps/lhs.yaml", "--out", dir.toString(), "--quiet")
                .exitCode());
        Result result = dyad("sweep", SWEEP, "--out", dir.toString(), "--quiet", "--resume");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("there is no unfinished sweep to resume in " + dir), result.err());
    }

    @Test
    void aFolderWithFilesDyadDidNotWriteIsStillRefused() throws IOException {
        Path dir = temp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Result result = dyad("sweep", SWEEP, "--out", dir.toString(), "--quiet", "--resume");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("is not empty and is not a Dyad results folder"), result.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), left.toList(), "nothing written");
        }
    }
}
