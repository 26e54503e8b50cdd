package dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.cli.AnalysisShardsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sensitivity analysis, a region and futures on a real Slurm cluster: the scripts {@code dyad slurm} writes for them run
 * the shards as a job array and the merge, which writes every file the analysis writes in one process, each the
 * same bytes (SHA-256), but the manifest and the cluster's own files. Skipped without Slurm, unless
 * {@code DYAD_REQUIRE_SLURM=1}, as {@link SlurmIT}.
 */
class SlurmAnalysisIT {

    @TempDir
    Path temp;

    @BeforeAll
    static void needsACluster() throws Exception {
        SlurmIT.requireACluster();
    }

    /** Runs the analysis here, then on the cluster in {@code shards} shards, and compares the two folders. */
    private Path assertTheClusterGivesTheBytesOfOneProcess(String command, Path file, int shards) throws Exception {
        Path local = temp.resolve("local");
        SlurmIT.Outcome here = SlurmIT.dyad(temp, command, file.toString(), "--out", local.toString(), "--threads",
                "2", "--quiet");
        assertEquals(0, here.exitCode(), here.output());
        Path dir = temp.resolve("cluster");
        SlurmIT.Outcome written = SlurmIT.dyad(temp, "slurm", file.toString(), "--shards", String.valueOf(shards),
                "--out", dir.toString(), "--time", "00:10:00", "--mem", "1024");
        assertEquals(0, written.exitCode(), written.output());
        long started = System.nanoTime();
        // sbatch's own output is logged outside the folder compared
        SlurmIT.Outcome submitted = SlurmIT.run(temp, java.util.List.of("sbatch", dir.resolve("submit.sh").toString()));
        assertEquals(0, submitted.exitCode(), submitted.output());
        SlurmIT.awaitMerged(dir);
        System.out.printf("slurm: %s in %d shards and the merge in %.1f s%n", command, shards,
                (System.nanoTime() - started) / 1e9);
        Map<String, String> expected = AnalysisShardsTest.digests(local);
        assertTrue(expected.containsKey(command + ".yaml"), expected.toString());
        assertEquals(expected, AnalysisShardsTest.digests(dir));
        return dir;
    }

    @Test
    void aSobolAnalysisOnTheClusterGivesTheBytesOfOneProcess() throws Exception {
        Path dir = assertTheClusterGivesTheBytesOfOneProcess("sensitivity", AnalysisShardsTest.sobol(temp), 3);
        assertTrue(Files.readString(dir.resolve("shards/logs/merge.out")).contains("Merged 128 runs"));
    }

    @Test
    void futuresOnTheClusterGiveTheBytesOfOneProcess() throws Exception {
        Path dir = assertTheClusterGivesTheBytesOfOneProcess("futures",
                Path.of(AnalysisShardsTest.SMALL_FUTURES).toAbsolutePath(), 3);
        assertTrue(Files.readString(dir.resolve("shards/logs/merge.out")).contains("Merged 24 runs"));
        assertTrue(Files.isRegularFile(dir.resolve("robustness.csv")));
    }

    @Test
    void aRegionOnTheClusterGivesTheBytesOfOneProcess() throws Exception {
        Path dir = assertTheClusterGivesTheBytesOfOneProcess("region", AnalysisShardsTest.region(temp), 4);
        assertTrue(Files.isRegularFile(dir.resolve("accepted.csv")));
    }
}
