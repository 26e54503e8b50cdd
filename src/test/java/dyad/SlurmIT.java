package dyad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a real Slurm cluster: the scripts {@code dyad slurm} writes run the shards as a job
 * array and merge them into the bytes of a sweep run here; a cancelled task, submitted again alone, completes
 * the sweep. Without Slurm the test is skipped with the reason, unless {@code DYAD_REQUIRE_SLURM=1} (as in
 * {@code .ci/run}, which starts a one-node cluster), where a missing cluster fails it.
 */
class SlurmIT {

    static final String SWEEP = "src/test/resources/sweeps/tiny.yaml";
    static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    static Path shared;
    static Path local;

    @TempDir
    Path temp;

    record Outcome(int exitCode, String output) {
    }

    static Outcome run(Path logs, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(logs, "command", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exitCode = process.waitFor();
        return new Outcome(exitCode, Files.readString(log));
    }

    static Outcome dyad(Path logs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("dyad.jar")));
        command.addAll(List.of(args));
        return run(logs, command);
    }

    @BeforeAll
    static void needsACluster() throws Exception {
        requireACluster();
        local = shared.resolve("local");
        Outcome sweep = dyad(shared, "sweep", SWEEP, "--out", local.toString(), "--quiet");
        assertEquals(0, sweep.exitCode(), sweep.output());
    }

    /** Skips the test class without a cluster, or fails it if {@code DYAD_REQUIRE_SLURM=1}. */
    static void requireACluster() throws Exception {
        Path logs = Files.createTempDirectory("slurm-check");
        String reason = null;
        try {
            Outcome sinfo = run(logs, List.of("sinfo", "-h", "-o", "%T"));
            if (sinfo.exitCode() != 0) {
                reason = "sinfo failed: " + sinfo.output().strip();
            } else if (!sinfo.output().matches("(?s).*(idle|mixed|allocated).*")) {
                reason = "no node is up: sinfo says " + sinfo.output().strip();
            }
        } catch (IOException e) {
            reason = "Slurm is not installed here (no sinfo on the PATH)";
        } finally {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.toList()) {
                    Files.delete(log);
                }
            }
            Files.delete(logs);
        }
        if (reason != null) {
            if ("1".equals(System.getenv("DYAD_REQUIRE_SLURM"))) {
                fail("DYAD_REQUIRE_SLURM=1 but there is no Slurm cluster to run on: " + reason);
            }
            Assumptions.assumeTrue(false, "no Slurm cluster here: " + reason);
        }
    }

    static void assertSameAsLocal(Path dir) throws IOException {
        for (String table : List.of("runs.csv", "points.csv", "fan.csv", "sweep.yaml", "scenario.yaml")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(table)), Files.readAllBytes(dir.resolve(table)), table);
        }
    }

    /** Waits for the merge to write a complete manifest, or fails with what the cluster and its logs say. */
    static void awaitMerged(Path dir) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        Path manifest = dir.resolve("manifest.json");
        while (Instant.now().isBefore(until)) {
            if (Files.isRegularFile(manifest) && Files.readString(manifest).contains("\"status\": \"complete\"")) {
                return;
            }
            Thread.sleep(500);
        }
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("shards/logs"))) {
            for (Path log : files.sorted().toList()) {
                logs.append("\n--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        }
        fail("the merge did not finish in " + PATIENCE + "; squeue: " + run(dir, List.of("squeue")).output() + logs);
    }

    /** The scripts of the tiny sweep in 3 shards, as a user would have {@code dyad slurm} write them. */
    Outcome writeScripts(Path dir) throws Exception {
        Outcome written = dyad(temp, "slurm", SWEEP, "--shards", "3", "--out", dir.toString(), "--time", "00:10:00",
                "--mem", "1024");
        assertEquals(0, written.exitCode(), written.output());
        return written;
    }

    static String submit(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(List.of(args));
        Outcome outcome = run(dir, command);
        assertEquals(0, outcome.exitCode(), String.join(" ", command) + ": " + outcome.output());
        return outcome.output().strip().split(";")[0];
    }

    @Test
    void theSubmittedScriptGivesTheBytesOfALocalSweep() throws Exception {
        Path dir = temp.resolve("cluster");
        Outcome written = writeScripts(dir);
        assertTrue(written.output().contains("sbatch " + dir + "/submit.sh"), written.output());
        long started = System.nanoTime();
        submit(dir, dir.resolve("submit.sh").toString());
        awaitMerged(dir);
        System.out.printf("slurm: 3 shards of 36 runs and the merge in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertSameAsLocal(dir);
        for (int k = 1; k <= 3; k++) {
            assertTrue(Files.isRegularFile(dir.resolve("shards/" + k + "/runs.csv")), "shard " + k);
        }
    }

    /**
     * Task 2 is cancelled before it runs, so the merge that waits for every task is never run; submitted again
     * alone, as task.sh says, task 2 completes the shards, and the merge the sweep.
     */
    @Test
    void aCancelledTaskSubmittedAgainAloneCompletesTheSweep() throws Exception {
        Path dir = temp.resolve("cancelled");
        writeScripts(dir);
        String array = submit(dir, "--hold", dir.resolve("task.sh").toString());
        String merge = submit(dir, "--dependency=afterok:" + array, dir.resolve("merge.sh").toString());
        assertEquals(0, run(dir, List.of("scancel", array + "_2")).exitCode());
        assertEquals(0, run(dir, List.of("scontrol", "release", array)).exitCode());
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until) && run(dir, List.of("squeue", "-h", "-j", array + "," + merge)).output()
                .strip().length() > 0) {
            Thread.sleep(500);
        }
        assertTrue(Files.notExists(dir.resolve("runs.csv")), "the merge ran without task 2");
        assertTrue(Files.isRegularFile(dir.resolve("shards/1/runs.csv")), "task 1 ran");
        assertTrue(Files.notExists(dir.resolve("shards/2/runs.csv")), "task 2 was cancelled");
        String again = submit(dir, "--array=2", dir.resolve("task.sh").toString());
        submit(dir, "--dependency=afterok:" + again, dir.resolve("merge.sh").toString());
        awaitMerged(dir);
        assertSameAsLocal(dir);
        Files.writeString(dir.resolve("shards/logs/checked.txt"), "ok\n", StandardCharsets.UTF_8);
    }
}
