package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sweep run as shards and merged gives the bytes of the sweep run in one process, for any number of shards
 * (more than its points, more than its runs) and threads; a shard cut short resumes; merge refuses a set of
 * shards that is incomplete or mixed. The tiny sweep records facts and twins, so points cut by shards must
 * also get their mean paths right.
 */
class ShardedSweepTest {

    static final SweepSpec TINY = SweepTest.TINY;

    @TempDir
    static Path shared;
    static Path whole;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheWholeSweep() throws Exception {
        whole = shared.resolve("whole");
        Sweep.run(TINY, whole, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
    }

    static void runShards(Path dir, int count, int threads) throws Exception {
        for (int k = 1; k <= count; k++) {
            ShardedSweep.run(TINY, dir, new Shard(k, count), new Sweep.Options(threads, true, false, true),
                    PointRunner.SIMULATION, Progress.QUIET, notice -> { });
        }
    }

    @ParameterizedTest(name = "{0} shards on {1} threads")
    @CsvSource({"1, 1", "2, 2", "5, 1", "7, 2", "36, 1", "40, 2"})
    void mergedShardsGiveTheWholeSweepsBytes(int count, int threads) throws Exception {
        Path dir = temp.resolve("sharded");
        runShards(dir, count, threads);
        SweepRunner.Tally tally = ShardedSweep.merge(dir, threads, Sweep.Finisher.NOTHING);
        assertEquals(36, tally.done());
        SweepTest.assertSameTables(whole, dir);
        for (String file : java.util.List.of(ResolvedSweep.FILE, dyad.scenario.ResolvedScenario.FILE)) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(dir.resolve(file)), file);
        }
    }

    @Test
    void aShardCutShortResumesWhereItStopped() throws Exception {
        Path dir = temp.resolve("cut");
        Shard second = new Shard(2, 3);
        AtomicInteger runs = new AtomicInteger();
        PointRunner dying = (plan, point, run, replication, keepSeries) -> {
            if (runs.incrementAndGet() > 5) {
                throw new OutOfMemoryError("stopped for the test");
            }
            return PointRunner.SIMULATION.run(plan, point, run, replication, keepSeries);
        };
        assertThrows(IllegalStateException.class, () -> ShardedSweep.run(TINY, dir, second,
                new Sweep.Options(1, true, false, true), dying, Progress.QUIET, notice -> { }));
        assertTrue(Files.isDirectory(ShardedSweep.folderOf(dir, second).resolve(".dyad/unfinished-sweep")));
        StringBuilder notices = new StringBuilder();
        runShards(dir, 3, 2);
        ShardedSweep.run(TINY, dir, second, new Sweep.Options(1, true, false, true), PointRunner.SIMULATION,
                Progress.QUIET, notices::append);
        assertTrue(notices.toString().contains("already complete"), notices.toString());
        ShardedSweep.merge(dir, 1, Sweep.Finisher.NOTHING);
        SweepTest.assertSameTables(whole, dir);
    }

    @Test
    void mergeNamesMissingAndForeignShards() throws Exception {
        Path dir = temp.resolve("incomplete");
        ShardedSweep.run(TINY, dir, new Shard(1, 4), new Sweep.Options(1, true, false, true), PointRunner.SIMULATION,
                Progress.QUIET, notice -> { });
        ShardedSweep.run(TINY, dir, new Shard(3, 4), new Sweep.Options(1, true, false, true), PointRunner.SIMULATION,
                Progress.QUIET, notice -> { });
        BadInputException missing = assertThrows(BadInputException.class,
                () -> ShardedSweep.merge(dir, 1, Sweep.Finisher.NOTHING));
        assertTrue(missing.getMessage().contains("shards 2, 4 of 4"), missing.getMessage());
        BadInputException refused = assertThrows(BadInputException.class, () -> ShardedSweep.run(TINY, dir,
                new Shard(2, 4), new Sweep.Options(1, true, true, true), PointRunner.SIMULATION, Progress.QUIET,
                notice -> { }));
        assertTrue(refused.getMessage().contains("another sweep or settings (its seed_mode differs)"),
                refused.getMessage());
        // a shard of other settings, copied in by hand, is named by the merge
        Path elsewhere = temp.resolve("elsewhere");
        ShardedSweep.run(TINY, elsewhere, new Shard(2, 4), new Sweep.Options(1, true, true, true),
                PointRunner.SIMULATION, Progress.QUIET, notice -> { });
        ShardedSweep.run(TINY, dir, new Shard(4, 4), new Sweep.Options(1, true, false, true), PointRunner.SIMULATION,
                Progress.QUIET, notice -> { });
        java.nio.file.Files.move(ShardedSweep.folderOf(elsewhere, new Shard(2, 4)),
                ShardedSweep.folderOf(dir, new Shard(2, 4)));
        BadInputException foreign = assertThrows(BadInputException.class,
                () -> ShardedSweep.merge(dir, 1, Sweep.Finisher.NOTHING));
        assertTrue(foreign.getMessage().contains("shards 1 and 2") && foreign.getMessage().contains("seed_mode"),
                foreign.getMessage());
        assertTrue(Files.notExists(dir.resolve(SweepRunner.RUNS)), "a refused merge writes nothing");
        BadInputException none = assertThrows(BadInputException.class,
                () -> ShardedSweep.merge(temp.resolve("nothing"), 1, Sweep.Finisher.NOTHING));
        assertTrue(none.getMessage().contains("holds no shards"), none.getMessage());
    }

    @Test
    void mergeRefusesAShardWhoseTablesWereDamaged() throws Exception {
        Path dir = temp.resolve("damaged");
        runShards(dir, 3, 1);
        Path runs = ShardedSweep.folderOf(dir, new Shard(1, 3)).resolve(SweepRunner.RUNS);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(runs));
        lines.remove(3);
        Files.write(runs, lines);
        BadInputException damaged = assertThrows(BadInputException.class,
                () -> ShardedSweep.merge(dir, 1, Sweep.Finisher.NOTHING));
        assertTrue(damaged.getMessage().contains("shard 1/3") && damaged.getMessage().contains("holds 11 runs, not 12"),
                damaged.getMessage());
        // run again, the damaged shard is run afresh, and the merge gives the whole sweep
        runShards(dir, 3, 1);
        ShardedSweep.merge(dir, 1, Sweep.Finisher.NOTHING);
        SweepTest.assertSameTables(whole, dir);
    }

    /** A sweep run again in one process into a cluster's folder keeps the scripts that run its shards. */
    @Test
    void aNewResultKeepsTheClusterScripts() throws Exception {
        Path dir = temp.resolve("scripts");
        try (ResultsFolder folder = ResultsFolder.open(dir, ResultsFolder.Kind.SWEEP, "--out", "test")) {
            Path staging = folder.stage();
            for (String script : ResultsFolder.CLUSTER_SCRIPTS) {
                Files.writeString(staging.resolve(script), "#!/bin/bash\n");
            }
            folder.commit(staging, false);
        }
        Sweep.run(TINY, dir, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION, Progress.QUIET);
        for (String script : ResultsFolder.CLUSTER_SCRIPTS) {
            assertTrue(Files.isRegularFile(dir.resolve(script)), script);
        }
        SweepTest.assertSameTables(whole, dir);
    }

    @Test
    void shardsAreContiguousAndBalanced() {
        long runs = 1_000_003;
        long next = 0;
        for (int k = 1; k <= 7; k++) {
            Shard shard = new Shard(k, 7);
            assertEquals(next, shard.firstRun(runs));
            long size = shard.endRun(runs) - shard.firstRun(runs);
            assertTrue(size == runs / 7 || size == runs / 7 + 1, "shard " + k + " has " + size);
            next = shard.endRun(runs);
        }
        assertEquals(runs, next);
        assertEquals(new Shard(3, 40), Shard.parse("3/40"));
        assertEquals(null, Shard.parse("0/4"));
        assertEquals(null, Shard.parse("5/4"));
        assertEquals(null, Shard.parse("x"));
    }
}
