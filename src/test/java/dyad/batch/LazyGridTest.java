package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.design.GridDesign;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grid's points are computed from their index, never listed: a grid of 10^8 points is accepted, a shard of it
 * needs the memory of its runs in flight only, and its points are those of the grid laid out in order; the whole
 * sweep in one process is refused by its memory, with the way to run it as shards.
 */
public class LazyGridTest {

    static final Path TWO_MONTHS = Path.of("src/test/resources/scenarios/two-months.yaml").toAbsolutePath();
    static final List<String> PARAMETERS = List.of("agents.leader.weights.baseline",
            "agents.leader.weights.shared_interest", "agents.leader.weights.reciprocity",
            "agents.leader.weights.ambition", "agents.leader.weights.containment", "agents.challenger.weights.baseline",
            "agents.challenger.weights.shared_interest", "agents.challenger.weights.reciprocity");

    @TempDir
    Path temp;

    /** Eight parameters of ten values each: 10^8 points. */
    public static Path hundredMillion(Path dir) throws IOException {
        StringBuilder text = new StringBuilder("name: grid8\nscenario: " + TWO_MONTHS + "\ndesign: grid\n"
                + "replications: 1\nseed: 1\nparameters:\n");
        for (String parameter : PARAMETERS) {
            text.append("  ").append(parameter).append(": {values: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]}\n");
        }
        Path file = dir.resolve("grid8.yaml");
        Files.writeString(file, text.toString());
        return file;
    }

    @Test
    void aGridsPointsAreComputedFromTheirIndexInTheOrderOfTheLaidOutGrid() {
        SweepParameter a = new SweepParameter("a", List.of(1.0, 2.0), 0, 0, 0);
        SweepParameter b = new SweepParameter("b", List.of(), 0, 1, 3);
        SweepParameter c = new SweepParameter("c", List.of(7.0, 8.0, 9.0, 10.0), 0, 0, 0);
        List<double[]> points = new GridDesign().points(List.of(a, b, c), 1);
        assertEquals(24, points.size());
        int i = 0;
        for (double x : a.gridValues()) {
            for (double y : b.gridValues()) {
                for (double z : c.gridValues()) {
                    assertArrayEquals(new double[] {x, y, z}, points.get(i++));
                }
            }
        }
    }

    @Test
    void aHundredMillionPointGridIsAcceptedAndItsShardsFitWhereTheWholeSweepDoesNot() throws Exception {
        SweepSpec spec = SweepLoader.load(hundredMillion(temp));
        SweepPlan plan = SweepPlan.of(spec, false);
        assertEquals(100_000_000, plan.points().size());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}, plan.points().get(1_234_567));
        assertArrayEquals(new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0}, plan.points().get(99_999_999));

        long sixtyFourMegabytes = 64L << 20;
        SweepMemory.checkShard(spec, 2, false, sixtyFourMegabytes);
        assertTrue(SweepMemory.estimateShard(spec, 2, false).bytes() < 32L << 20);
        String message = assertThrows(BadInputException.class, () -> SweepMemory.check(spec, 2, false, 4L << 30))
                .getMessage();
        assertTrue(message.contains("(100000000 points x 1 replication x 2 months, 3 fan points, 2 threads), more"
                + " than the 4.0 GB this Java may use: use fewer steps or values (about "), message);
        assertTrue(message.contains("fit), or run it as shards on a cluster with 'dyad slurm'"), message);
    }

    /** The last of 100,000 shards: its thousand runs are the grid's last points, each with its own values. */
    @Test
    void aShardOfTheGridRunsItsOwnPoints() throws Exception {
        SweepSpec spec = SweepLoader.load(hundredMillion(temp));
        Path dir = temp.resolve("grid8");
        Shard last = new Shard(100_000, 100_000);
        SweepRunner.Tally tally = ShardedSweep.run(spec, dir, last, new Sweep.Options(2, true, false, false),
                PointRunner.SIMULATION, Progress.QUIET, notice -> { });
        assertEquals(1000, tally.done());
        assertEquals(0, tally.failed());
        List<String> rows = Files.readAllLines(ShardedSweep.folderOf(dir, last).resolve(SweepRunner.RUNS));
        assertEquals(1001, rows.size());
        // point 99,999,000 has the digits 9 9 9 9 9 0 0 0: the last value of the first five, the first of the rest
        assertTrue(rows.get(1).startsWith("99999000,0,1,1.000000,1.000000,1.000000,1.000000,1.000000,0.100000,"
                + "0.100000,0.100000,ok,"), rows.get(1));
        assertTrue(rows.get(1000).startsWith("99999999,0,1,1.000000,1.000000,1.000000,1.000000,1.000000,1.000000,"
                + "1.000000,1.000000,ok,"), rows.get(1000));
    }
}
