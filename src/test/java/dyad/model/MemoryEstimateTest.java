package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {

    static final Scenario BASELINE = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"));
    static final long GB = 1L << 30;

    @Test
    void theBaselineRunFitsWithItsTwinReplay() {
        MemoryEstimate estimate = MemoryEstimate.ofRun(BASELINE, 2);
        assertTrue(estimate.fits(), estimate.toString());
        estimate.check(null, "replications", "lower replications");
        // two replays keep every replication's index: 192 months x 200 replications of 8 bytes each
        assertTrue(estimate.bytes() > 2 * 192 * 200 * 8);
        assertTrue(estimate.figures().contains("200 replications x 192 months, 2 times with the twins"), estimate.figures());
    }

    @Test
    void memoryGrowsWithReplicationsTimesMonths() {
        MemoryEstimate huge = MemoryEstimate.ofRun(6000, 2, 1, 1_000_000, 1);
        assertTrue(huge.bytes() >= 6000L * 1_000_000 * Double.BYTES, huge.toString());
        assertTrue(huge.bytes() < 2 * 6000L * 1_000_000 * Double.BYTES, huge.toString());
        // the figures are drawn once, whatever the replays
        assertTrue(MemoryEstimate.ofRun(6000, 2, 1, 1_000_000, 2).bytes() > 2 * huge.bytes() - (64L << 20)
                - 2 * 6000 * MemoryEstimate.FIGURE_BYTES_PER_AGENT_MONTH);
    }

    /**
     * The why figure draws every agent's terms in every month, and its SVG is built in memory: 20 agents over 500
     * years drew in a 2 GB heap and ran out of a 1 GB one, so the estimate counts it and refuses the run there.
     */
    @Test
    void theFiguresOfManyAgentsOverALongPeriodAreCounted() {
        MemoryEstimate many = MemoryEstimate.ofRun(6000, 20, 1, 100, 1);
        assertFalse(many.fits((long) (0.8 * GB)), many.toString());
        assertTrue(many.fits((long) (1.6 * GB)), many.toString());
        assertTrue(many.figures().contains("100 replications x 6000 months x 20 agents"), many.figures());
        assertTrue(MemoryEstimate.ofRun(192, 2, 1, 200, 1).fits(64L << 20), "the baseline needs little");
    }

    @Test
    void aRunTooBigIsRefusedWithTheFigureAndWhatToDo() {
        MemoryEstimate huge = MemoryEstimate.ofRun(6000, 2, 1, 1_000_000, 1);
        Location at = new Location(Path.of("huge.yaml"), 5, 15);
        String message = assertThrows(BadInputException.class,
                () -> huge.check(at, "replications", "lower replications or the period", 4 * GB)).getMessage();
        assertTrue(message.startsWith("huge.yaml:5:15: field 'replications': this run needs about "), message);
        assertTrue(message.contains("(1000000 replications x 6000 months), more than the 4.0 GB this Java may use: "
                + "lower replications or the period, or give Java more memory with java -Xmx"), message);
        assertFalse(message.contains("\n"), message);
        huge.check(at, "replications", "lower replications", huge.bytes());
    }

    @Test
    void bytesAreWrittenForPeople() {
        assertEquals("38 GB", MemoryEstimate.format(38 * GB + GB / 3));
        assertEquals("3.9 GB", MemoryEstimate.format((long) (3.9 * GB)));
        assertEquals("640 MB", MemoryEstimate.format(640L << 20));
        assertEquals("1.5 MB", MemoryEstimate.format(3L << 19));
    }

    @Test
    void arraysOfHalfARegionOrMoreTakeWholeRegions() {
        assertEquals(16 + 80, HeapSizes.doubles(10));
        assertEquals(16 + 8, HeapSizes.doubles(1));
        assertEquals(1L << 20, HeapSizes.regionBytes(256L << 20));
        assertEquals(2L << 20, HeapSizes.regionBytes(6L * GB));
        assertEquals(32L << 20, HeapSizes.regionBytes(1024 * GB));
        long region = HeapSizes.regionBytes(Runtime.getRuntime().maxMemory());
        assertEquals(region, HeapSizes.doubles(region / 16));
        assertEquals(2 * region, HeapSizes.doubles(region / 8));
        // two arrays of 0.4 regions fill a region: the rest is lost
        assertEquals(region / 2, HeapSizes.doubles(region / 20));
    }
}
