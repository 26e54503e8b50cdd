package dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CooperationIndexTest {

    @Test
    void isPlusOneWhenAllCooperateAndMinusOneWhenAllResist() {
        assertEquals(1.0, CooperationIndex.of(new int[] {8, 8}, 8));
        assertEquals(-1.0, CooperationIndex.of(new int[] {0, 0}, 8));
    }

    @Test
    void balancesToZeroAndAveragesOverAnyNumberOfAgents() {
        assertEquals(0.0, CooperationIndex.of(new int[] {8, 0}, 8));
        assertEquals(0.0, CooperationIndex.of(new int[] {4, 4, 4}, 8));
        assertEquals((1.0 + 0.5 - 1.0) / 3, CooperationIndex.of(new int[] {8, 6, 0}, 8), 1e-12);
    }

    @Test
    void halfLifeHalvesTheWeightOfAMonth() {
        double weight = Smoothing.weightPerMonth(4);
        assertEquals(0.5, Math.pow(1 - weight, 4), 1e-12);
        assertEquals(1.0, Smoothing.weightPerMonth(0));
    }
}
