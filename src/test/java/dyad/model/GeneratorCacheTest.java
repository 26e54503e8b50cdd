package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class GeneratorCacheTest {

    @Test
    void aCopyIsInTheStateOfAFreshlyKeyedGenerator() {
        GeneratorCache cache = new GeneratorCache(42, GeneratorCache.MAX_CACHED + 3);
        for (int replication : new int[] {0, 5, 0, GeneratorCache.MAX_CACHED + 1}) {
            assertTrue(cache.generator(replication).stateEquals(Seeds.generator(42, replication)),
                    "replication " + replication);
        }
    }

    @Test
    void eachCopyIsTheCallersOwn() {
        GeneratorCache cache = new GeneratorCache(7, 4);
        MersenneTwisterFast first = cache.generator(2);
        int drawn = first.nextInt();
        MersenneTwisterFast second = cache.generator(2);
        assertNotSame(first, second);
        assertEquals(drawn, second.nextInt(), "drawing from one copy leaves the next one at the start");
    }

    @Test
    void aSimulationReplaysTheSameWithACopyAsWithItsOwnKey() {
        ExogenousInputs inputs = ExogenousInputs.of(ReplayTest.BASELINE);
        GeneratorCache cache = new GeneratorCache(11, 10);
        DyadSimulation simulation = new DyadSimulation(ReplayTest.BASELINE, inputs, 11, 0);
        for (int replication : new int[] {4, 9, 4}) {
            double[] copied = simulation.replay(cache.generator(replication)).index().clone();
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    Replay.replicate(ReplayTest.BASELINE, inputs, 11, replication).index(), copied);
        }
    }
}
