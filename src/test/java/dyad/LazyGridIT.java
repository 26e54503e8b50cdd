package dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar accepts a grid of 10^8 points (8 parameters of 10 values) in 1,000 shards, and its first
 * shard, 100,000 runs, runs to the end in a Java of 64 MB: a shard computes its own points from their index.
 */
class LazyGridIT {

    @TempDir
    Path temp;

    @Test
    void theFirstOfAThousandShardsOfAHundredMillionPointGridRunsIn64Megabytes() throws Exception {
        Path file = dyad.batch.LazyGridTest.hundredMillion(temp);
        Path dir = temp.resolve("grid8");
        SlurmIT.Outcome scripts = SlurmIT.dyad(temp, "slurm", file.toString(), "--shards", "1000", "--out",
                dir.toString());
        assertEquals(0, scripts.exitCode(), scripts.output());
        assertTrue(scripts.output().contains("100,000,000 runs in 1000 shards, run by 1000 array tasks"),
                scripts.output());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-jar", System.getProperty("dyad.jar"), "sweep",
                dir.resolve("shards/sweep.yaml").toString(), "--shard", "1/1000", "--out", dir.toString(),
                "--threads", "2", "--quiet"));
        SlurmIT.Outcome shard = SlurmIT.run(temp, command);
        assertEquals(0, shard.exitCode(), shard.output());
        List<String> rows = Files.readAllLines(dir.resolve("shards/1/runs.csv"));
        assertEquals(100_001, rows.size());
        assertTrue(rows.get(100_000).startsWith("99999,0,1,0.100000,0.100000,0.100000,1.000000,1.000000,1.000000,"
                + "1.000000,1.000000,ok,"), rows.get(100_000));
    }
}
