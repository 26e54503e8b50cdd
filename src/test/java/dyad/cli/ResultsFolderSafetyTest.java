package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.batch.ResultsFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A results folder never loses or mixes a user's files: refused folders stay untouched, a kill (-9 or
 * SIGTERM), an I/O error or a full disk at any moment leaves the earlier result or the new one, and two
 * processes never write one folder.
 */
class ResultsFolderSafetyTest {

    static final String SMALL = "src/test/resources/scenarios/small.yaml";
    static final String TINY_SWEEP = "src/test/resources/sweeps/tiny.yaml";

    @TempDir
    static Path shared;
    /** The files of a run of SMALL with seed 1, and with seed 2, by name. */
    static Map<String, byte[]> first;
    static Map<String, byte[]> second;
    static Map<String, byte[]> sweep;

    @TempDir
    Path temp;

    @BeforeAll
    static void referenceResults() throws IOException {
        first = runInProcess(shared.resolve("first"), "1");
        second = runInProcess(shared.resolve("second"), "2");
        Path sweepDir = shared.resolve("sweep");
        assertEquals(0, dyad("sweep", TINY_SWEEP, "--out", sweepDir.toString(), "--quiet", "--threads", "2").exitCode());
        sweep = visibleFiles(sweepDir);
    }

    static Map<String, byte[]> runInProcess(Path dir, String seed) throws IOException {
        CliTest.Result result = dyad("run", SMALL, "--seed", seed, "--replications", "5", "--out", dir.toString());
        assertEquals(0, result.exitCode(), result.err());
        return visibleFiles(dir);
    }

    static String[] runArgs(Path dir, String seed) {
        return new String[] {"run", SMALL, "--seed", seed, "--replications", "5", "--out", dir.toString()};
    }

    /** Every file in the folder but Dyad's own hidden records, by name. */
    static Map<String, byte[]> visibleFiles(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(ResultsFolder.INTERNAL)) {
                    files.put(entry.getFileName().toString(), Files.readAllBytes(entry));
                }
            }
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Path dir) throws IOException {
        Map<String, byte[]> actual = visibleFiles(dir);
        assertEquals(expected.keySet(), actual.keySet(), "files in " + dir);
        for (String name : expected.keySet()) {
            assertArrayEquals(comparable(name, expected.get(name)), comparable(name, actual.get(name)), name);
        }
    }

    static boolean sameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        return expected.keySet().equals(actual.keySet()) && expected.keySet().stream().allMatch(name ->
                java.util.Arrays.equals(comparable(name, expected.get(name)), comparable(name, actual.get(name))));
    }

    /** A file's bytes, but for a manifest's fields that say when and on how many threads it ran. */
    static byte[] comparable(String name, byte[] bytes) {
        if (!name.equals("manifest.json")) {
            return bytes;
        }
        com.google.gson.JsonObject manifest = com.google.gson.JsonParser.parseString(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        for (String field : List.of("started_at", "finished_at", "threads")) {
            manifest.remove(field);
        }
        return manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What the next command to touch the folder finds, after it has finished any commit cut short. */
    static void touch(Path dir, ResultsFolder.Kind kind) throws IOException {
        ResultsFolder.open(dir, kind, "--out", "test").close();
    }

    static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve(ResultsFolder.INTERNAL))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderThatIsNotDyadsIsRefusedWithOneLineAndLeftUntouched() throws IOException {
        Path mine = temp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("my.yaml"), "name: mine\n");
        Files.writeString(mine.resolve("notes.txt"), "my notes\n");
        Map<String, byte[]> before = visibleFiles(mine);
        CliTest.Result result = dyad(runArgs(mine, "1"));
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("is not empty and is not a Dyad results folder"), result.err());
        assertSameFiles(before, mine);
        assertFalse(Files.exists(mine.resolve(ResultsFolder.INTERNAL)), "nothing added");

        CliTest.Result sweepThere = dyad("sweep", TINY_SWEEP, "--out", mine.toString(), "--quiet");
        assertEquals(2, sweepThere.exitCode(), sweepThere.err());
        assertSameFiles(before, mine);
    }

    @Test
    void aFolderOfTheOtherKindIsRefused() throws IOException {
        Path runs = temp.resolve("a-run");
        runInProcess(runs, "1");
        CliTest.Result sweepIntoRun = dyad("sweep", TINY_SWEEP, "--out", runs.toString(), "--quiet");
        assertEquals(2, sweepIntoRun.exitCode());
        assertTrue(sweepIntoRun.err().contains("holds the results of a run, not a sweep"), sweepIntoRun.err());
        assertSameFiles(first, runs);
        Path sweeps = temp.resolve("a-sweep");
        assertEquals(0, dyad("sweep", TINY_SWEEP, "--out", sweeps.toString(), "--quiet").exitCode());
        CliTest.Result runIntoSweep = dyad(runArgs(sweeps, "1"));
        assertEquals(2, runIntoSweep.exitCode());
        assertTrue(runIntoSweep.err().contains("holds the results of a sweep, not a run"), runIntoSweep.err());
        assertSameFiles(sweep, sweeps);
    }

    @Test
    void anEmptyFolderOfTheUsersIsUsedAndAFailedRunLeavesItEmpty() throws IOException {
        Path empty = temp.resolve("empty");
        Files.createDirectories(empty);
        assertEquals(2, dyad("run", "src/test/resources/scenarios/bad/nan.yaml", "--out", empty.toString()).exitCode());
        try (Stream<Path> entries = Files.list(empty)) {
            assertEquals(0, entries.count());
        }
        runInProcess(empty, "1");
        assertSameFiles(first, empty);
    }

    @Test
    void aNewRunReplacesTheEarlierOneButNotTheUsersOwnFiles() throws IOException {
        Path dir = temp.resolve("replaced");
        runInProcess(dir, "1");
        Files.writeString(dir.resolve("my-reading.txt"), "what I saw\n");
        runInProcess(dir, "2");
        Map<String, byte[]> expected = new TreeMap<>(second);
        expected.put("my-reading.txt", "what I saw\n".getBytes());
        assertSameFiles(expected, dir);
    }

    @Test
    void foldersAndFilesGetTheUsersUmask() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path probe = Files.createDirectory(temp.resolve("probe"));
        Path probeFile = Files.writeString(temp.resolve("probe.txt"), "");
        Path dir = temp.resolve("umask");
        runInProcess(dir, "1");
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        for (String name : first.keySet()) {
            assertEquals(Files.getPosixFilePermissions(probeFile), Files.getPosixFilePermissions(dir.resolve(name)), name);
        }
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({"run-staged,kill", "run-staged,term", "commit-journal-written,kill", "commit-journal-written,term",
            "commit-first-file-moved,kill", "commit-first-file-moved,term"})
    void aRunKilledAtAnyStepOfItsCommitLeavesTheEarlierResultOrTheNewOne(String failpoint, String signal)
            throws Exception {
        Path dir = temp.resolve("killed");
        runInProcess(dir, "1");
        DyadProcess dyad = DyadProcess.start(temp.resolve("log.txt"), failpoint, runArgs(dir, "2"))
                .awaitFailpoint(failpoint);
        dyad.stop(signal);
        if (failpoint.equals("run-staged")) {
            assertSameFiles(first, dir);
        }
        touch(dir, ResultsFolder.Kind.RUN);
        assertSameFiles(failpoint.equals("run-staged") ? first : second, dir);
        assertEquals(List.of("folder.json", "lock"), hidden(dir), "staging and journal cleaned up, lock released");
    }

    @Test
    void runsKilledAtRandomMomentsAlwaysLeaveOneCompleteResult() throws Exception {
        Path dir = temp.resolve("random-kills");
        runInProcess(dir, "1");
        Random random = new Random(20071121);
        for (int attempt = 0; attempt < 4; attempt++) {
            DyadProcess dyad = DyadProcess.start(temp.resolve("log.txt"), null, runArgs(dir, attempt % 2 == 0 ? "2" : "1"));
            Thread.sleep(300 + random.nextInt(1500));
            dyad.killHard();
            touch(dir, ResultsFolder.Kind.RUN);
            Map<String, byte[]> found = visibleFiles(dir);
            boolean isFirst = sameFiles(first, found);
            boolean isSecond = sameFiles(second, found);
            assertTrue(isFirst || isSecond, "attempt " + attempt + ": " + found.keySet());
        }
        assertEquals(List.of("folder.json", "lock"), hidden(dir));
    }

    @Test
    void anIoErrorDuringTheCommitIsFinishedByTheNextCommand() throws Exception {
        Path dir = temp.resolve("io-error");
        runInProcess(dir, "1");
        DyadProcess dyad = DyadProcess.start(temp.resolve("log.txt"), "commit-first-file-moved:fail",
                runArgs(dir, "2"));
        assertEquals(1, dyad.awaitExit(), dyad.output());
        assertTrue(dyad.output().contains("could not read or write a file"), dyad.output());
        assertFalse(dyad.output().contains("\tat "), "no stack trace");
        touch(dir, ResultsFolder.Kind.RUN);
        assertSameFiles(second, dir);
    }

    @Test
    void aSecondProcessOnALockedFolderIsToldWhoHoldsItAndChangesNothing() throws Exception {
        Path dir = temp.resolve("locked");
        runInProcess(dir, "1");
        DyadProcess holder = DyadProcess.start(temp.resolve("holder.txt"), "run-staged", runArgs(dir, "2"))
                .awaitFailpoint("run-staged");
        try {
            CliTest.Result second = dyad(runArgs(dir, "2"));
            assertEquals(2, second.exitCode());
            assertEquals(1, second.err().strip().lines().count(), second.err());
            assertTrue(second.err().contains("is in use by another Dyad process (pid " + holder.pid() + ", dyad run"),
                    second.err());
            assertSameFiles(first, dir);
        } finally {
            holder.killHard();
        }
        Path sweepDir = temp.resolve("locked-sweep");
        DyadProcess sweeping = DyadProcess.start(temp.resolve("sweeping.txt"), "sweep-started", "sweep", TINY_SWEEP,
                "--out", sweepDir.toString(), "--quiet").awaitFailpoint("sweep-started");
        try {
            for (String[] args : List.of(new String[] {"sweep", TINY_SWEEP, "--out", sweepDir.toString(), "--quiet"},
                    new String[] {"sweep", TINY_SWEEP, "--out", sweepDir.toString(), "--quiet", "--resume"},
                    new String[] {"chart", sweepDir.toString()})) {
                CliTest.Result other = dyad(args);
                assertEquals(2, other.exitCode(), String.join(" ", args) + ": " + other.err());
                assertTrue(other.err().contains("in use by another Dyad process (pid " + sweeping.pid()), other.err());
            }
        } finally {
            sweeping.killHard();
        }
        CliTest.Result resumed = dyad("sweep", TINY_SWEEP, "--out", sweepDir.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertSameFiles(sweep, sweepDir);
    }

    @ParameterizedTest(name = "{1} at {0}, then {2}")
    @CsvSource({"sweep-started,kill,resume", "sweep-started,term,fresh", "commit-journal-written,kill,resume",
            "commit-first-file-moved,kill,fresh"})
    void aSweepKilledAtAnyMomentIsNeverStuckAndKeepsTheFinishedOneMeanwhile(String failpoint, String signal,
                                                                            String then) throws Exception {
        Path dir = temp.resolve("sweep");
        assertEquals(0, dyad("sweep", TINY_SWEEP, "--out", dir.toString(), "--quiet").exitCode());
        DyadProcess dyad = DyadProcess.start(temp.resolve("log.txt"), failpoint, "sweep", TINY_SWEEP, "--out",
                dir.toString(), "--quiet").awaitFailpoint(failpoint);
        dyad.stop(signal);
        if (failpoint.equals("sweep-started")) {
            assertSameFiles(sweep, dir);
        }
        if (signal.equals("term")) {
            assertTrue(dyad.output().contains("sweep interrupted; finish it with: dyad sweep " + TINY_SWEEP + " --out "
                    + dir + " --resume"), dyad.output());
        }
        List<String> args = new ArrayList<>(List.of("sweep", TINY_SWEEP, "--out", dir.toString(), "--quiet"));
        if (then.equals("resume") && failpoint.equals("sweep-started")) {
            args.add("--resume");
        }
        CliTest.Result finished = dyad(args.toArray(String[]::new));
        assertEquals(0, finished.exitCode(), finished.err());
        assertSameFiles(sweep, dir);
        assertEquals(List.of("folder.json", "lock"), hidden(dir));
    }

    @Test
    void aFullDiskLeavesTheEarlierResult() throws Exception {
        Path mount = temp.resolve("small-disk");
        Files.createDirectories(mount);
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start().waitFor() == 0;
        assumeTrue(mounted, "needs permission to mount a small tmpfs (run as root)");
        try {
            Path dir = mount.resolve("full");
            runInProcess(dir, "1");
            Path filler = mount.resolve("filler");
            long free = Files.getFileStore(mount).getUsableSpace();
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                for (long written = 0; written < free - 64 * 1024; written += block.length) {
                    out.write(block);
                }
            }
            CliTest.Result full = dyad(runArgs(dir, "2"));
            assertEquals(1, full.exitCode(), full.err());
            assertTrue(full.err().contains("No space left on device"), full.err());
            assertSameFiles(first, dir);
            assertEquals(List.of("folder.json", "lock"), hidden(dir), "the staging folder is gone");
            Files.delete(filler);
            runInProcess(dir, "2");
            assertSameFiles(second, dir);
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void theManifestIsTheSameBytesInEveryJvm() throws Exception {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertEquals(0, DyadProcess.run(temp.resolve("one.txt"), runArgs(one, "1")).exitCode());
        assertEquals(0, DyadProcess.run(temp.resolve("two.txt"), runArgs(two, "1")).exitCode());
        String first = Files.readString(one.resolve("manifest.json")).replace(one.toString(), "");
        String second = Files.readString(two.resolve("manifest.json")).replace(two.toString(), "");
        assertEquals(first, second);
        assertArrayEquals(Files.readAllBytes(one.resolve("scenario.yaml")), Files.readAllBytes(two.resolve("scenario.yaml")));
    }

    @Test
    void rerunRepeatsARunAndASweepFromTheFolderAloneAfterTheirFilesChanged() throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("data"));
        Files.copy(Path.of(SMALL), project.resolve("small.yaml"));
        Files.copy(Path.of("src/test/resources/scenarios/data/oil.csv"), project.resolve("data/oil.csv"));
        Path base = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();
        Files.writeString(project.resolve("base.yaml"), "extends: " + base + "\nname: my-base\nagents: {russia: {oil_dependence: 0.4}}\n");
        Files.writeString(project.resolve("sweep.yaml"), String.join("\n", "name: mine", "scenario: base.yaml",
                "design: grid", "parameters:", "  agents.usa.weights.containment: {values: [0.5, 1.0]}",
                "replications: 3", "seed: 5", ""));
        Path run = temp.resolve("run");
        Path sweepDir = temp.resolve("sweep");
        assertEquals(0, dyad("run", project.resolve("small.yaml").toString(), "--seed", "9", "--replications", "4",
                "--no-check", "--out", run.toString()).exitCode());
        assertEquals(0, dyad("sweep", project.resolve("sweep.yaml").toString(), "--out", sweepDir.toString(), "--quiet",
                "--independent-seeds").exitCode());
        Map<String, byte[]> runFiles = visibleFiles(run);
        Map<String, byte[]> sweepFiles = visibleFiles(sweepDir);
        Files.writeString(project.resolve("data/oil.csv"), "date,price\n");
        Files.delete(project.resolve("small.yaml"));
        Files.writeString(project.resolve("base.yaml"), "broken: [\n");

        CliTest.Result rerun = dyad("rerun", run.toString(), "--out", temp.resolve("run-again").toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        Map<String, byte[]> again = visibleFiles(temp.resolve("run-again"));
        assertFalse(again.containsKey("paper-check.csv"), "--no-check is repeated");
        for (String name : List.of("timeseries.csv", "summary.csv", "scenario.yaml", "cooperation-index.png",
                "cooperation-index.svg", "cooperation-index.pdf")) {
            assertArrayEquals(runFiles.get(name), again.get(name), name);
        }
        CliTest.Result sweepRerun = dyad("rerun", sweepDir.toString(), "--quiet");
        assertEquals(0, sweepRerun.exitCode(), sweepRerun.err());
        Map<String, byte[]> sweepAgain = visibleFiles(sweepDir);
        assertEquals(sweepFiles.keySet(), sweepAgain.keySet());
        for (String name : sweepFiles.keySet()) {
            if (!name.equals("manifest.json")) {
                assertArrayEquals(sweepFiles.get(name), sweepAgain.get(name), name);
            }
        }
        assertTrue(new String(sweepAgain.get("manifest.json")).contains("\"seed_mode\": \"independent\""));
    }

    @Test
    void aRunFolderOfAnEarlierDyadIsTakenOverAndAChartOfARunIsRedrawn() throws IOException {
        Path earlier = temp.resolve("earlier");
        Files.createDirectories(earlier);
        Files.writeString(earlier.resolve("manifest.json"), "{\"dyad_version\": \"0.1.0\", \"scenario\": \"small\"}\n");
        Files.writeString(earlier.resolve("timeseries.csv"), "date\n");
        Files.writeString(earlier.resolve("cooperation-index.png"), "old");
        runInProcess(earlier, "1");
        assertSameFiles(first, earlier);
        CliTest.Result chart = dyad("chart", earlier.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(Files.size(earlier.resolve("cooperation-index.png")) > 10_000);
        assertArrayEquals(first.get("timeseries.csv"), Files.readAllBytes(earlier.resolve("timeseries.csv")));
    }

    @Test
    void aSweepFolderWhoseManifestHasNoStatusGetsOneLineNotACrash() throws IOException {
        Path dir = temp.resolve("no-status");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"dyad_version\": \"0.1.0\", \"sweep\": \"tiny\"}\n");
        Files.writeString(dir.resolve("runs.csv"), "point,replication\n");
        for (String[] args : List.of(new String[] {"chart", dir.toString()},
                new String[] {"sweep", TINY_SWEEP, "--out", dir.toString(), "--quiet", "--resume"})) {
            CliTest.Result result = dyad(args);
            assertEquals(2, result.exitCode(), result.err());
            assertEquals(1, result.err().strip().lines().count(), result.err());
        }
        CliTest.Result fresh = dyad("sweep", TINY_SWEEP, "--out", dir.toString(), "--quiet");
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.err().contains("Discarding the unfinished sweep"), fresh.err());
        assertSameFiles(sweep, dir);
    }

    @Test
    void recordsInAFolderCannotMakeDyadTouchFilesOutsideIt() throws IOException {
        Path victim = Files.writeString(temp.resolve("victim.txt"), "keep me\n");
        Path listed = temp.resolve("listed");
        runInProcess(listed, "1");
        Files.writeString(listed.resolve(".dyad/folder.json"), "{\"kind\": \"run\", \"files\": [\"../victim.txt\"]}\n");
        CliTest.Result refused = dyad(runArgs(listed, "2"));
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("is damaged"), refused.err());

        Path journaled = temp.resolve("journaled");
        runInProcess(journaled, "1");
        Files.writeString(journaled.resolve(".dyad/commit.json"), "{\"staging\": \"../..\", \"removed\":"
                + " [\"../victim.txt\"], \"files\": [\"../victim.txt\"]}\n");
        assertEquals(0, dyad(runArgs(journaled, "2")).exitCode());
        assertSameFiles(second, journaled);
        assertEquals("keep me\n", Files.readString(victim));
    }

    @Test
    void linksSiblingsAndLookAlikesAreNeverWrittenThroughOrDeleted() throws IOException {
        Path victim = Files.writeString(temp.resolve("victim.txt"), "keep me\n");
        Path parent = Files.createDirectories(temp.resolve("parent"));
        Path sibling = Files.createDirectories(parent.resolve(".results.partial-backup"));
        Files.writeString(sibling.resolve("thesis.txt"), "mine\n");
        Path dir = parent.resolve("results");
        runInProcess(dir, "1");
        assertTrue(Files.exists(sibling.resolve("thesis.txt")), "a sibling that looks like staging is kept");

        Files.delete(dir.resolve(".dyad/lock"));
        Files.createSymbolicLink(dir.resolve(".dyad/lock"), victim);
        assertEquals(2, dyad(runArgs(dir, "2")).exitCode());
        Files.delete(dir.resolve(".dyad/lock"));
        Files.createSymbolicLink(dir.resolve(".dyad/folder.json.tmp"), victim);
        assertEquals(0, dyad(runArgs(dir, "2")).exitCode());
        assertEquals("keep me\n", Files.readString(victim));
        assertSameFiles(second, dir);

        Path dangling = temp.resolve("dangling");
        Files.createSymbolicLink(dangling, temp.resolve("nowhere"));
        CliTest.Result toNothing = dyad(runArgs(dangling, "1"));
        assertEquals(2, toNothing.exitCode(), toNothing.err());
        assertTrue(toNothing.err().contains("is a link to nothing"), toNothing.err());
    }

    @Test
    void anEarlierSweepFolderWithTheUsersOwnFilesIsRefused() throws IOException {
        Path dir = temp.resolve("earlier-sweep");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"dyad_version\": \"0.1.0\", \"sweep\": \"tiny\","
                + " \"status\": \"complete\"}\n");
        Files.writeString(dir.resolve("points.csv"), "point\n");
        Files.writeString(dir.resolve("my-analysis.csv"), "mine\n");
        CliTest.Result refused = dyad("sweep", TINY_SWEEP, "--out", dir.toString(), "--quiet");
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals("mine\n", Files.readString(dir.resolve("my-analysis.csv")));
    }

    @Test
    void aFolderWhereDyadWritesAFileStopsTheRunBeforeItCommitsAndRerunRefusesAnEditedScenario()
            throws IOException {
        Path dir = temp.resolve("folder-in-the-way");
        runInProcess(dir, "1");
        Files.delete(dir.resolve("summary.csv"));
        Files.createDirectories(dir.resolve("summary.csv"));
        Files.writeString(dir.resolve("summary.csv").resolve("inside.txt"), "mine\n");
        CliTest.Result blocked = dyad(runArgs(dir, "2"));
        assertEquals(2, blocked.exitCode(), blocked.err());
        assertTrue(blocked.err().contains("is a folder where Dyad writes a file"), blocked.err());
        assertFalse(Files.exists(dir.resolve(".dyad/commit.json")), "nothing committed, nothing stuck");
        Files.delete(dir.resolve("summary.csv").resolve("inside.txt"));
        Files.delete(dir.resolve("summary.csv"));
        assertEquals(0, dyad(runArgs(dir, "2")).exitCode());

        Files.writeString(dir.resolve("scenario.yaml"), Files.readString(dir.resolve("scenario.yaml"))
                .replace("replications: 5", "replications: 6"));
        CliTest.Result edited = dyad("rerun", dir.toString(), "--out", temp.resolve("edited").toString());
        assertEquals(2, edited.exitCode(), edited.err());
        assertTrue(edited.err().contains("was changed after the results were made"), edited.err());
    }
}
