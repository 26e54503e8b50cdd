package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two scenarios in everything a run or a chart reads, numbers bit for bit; not the files they came from. */
public final class SameScenario {

    private SameScenario() {
    }

    public static void assertSame(Scenario expected, Scenario actual) {
        assertEquals(expected.name(), actual.name(), "name");
        assertEquals(expected.description(), actual.description(), "description");
        assertEquals(expected.start(), actual.start(), "start");
        assertEquals(expected.end(), actual.end(), "end");
        assertEquals(expected.issuesPerMonth(), actual.issuesPerMonth(), "issues per month");
        assertEquals(expected.seed(), actual.seed(), "seed");
        assertEquals(expected.replications(), actual.replications(), "replications");
        assertBits(expected.referenceOilPrice(), actual.referenceOilPrice(), "reference oil price");
        assertEquals(expected.oilPriceSeries(), actual.oilPriceSeries(), "oil price series");
        assertEquals(expected.agents().size(), actual.agents().size(), "agents");
        for (int i = 0; i < expected.agents().size(); i++) {
            assertSameAgent(expected.agents().get(i), actual.agents().get(i));
        }
        assertEquals(expected.series().keySet(), actual.series().keySet(), "series");
        for (Series series : expected.series().values()) {
            Series other = actual.series().get(series.id());
            assertEquals(series.id(), other.id());
            assertEquals(series.unit(), other.unit(), series.id() + " unit");
            assertEquals(series.source(), other.source(), series.id() + " source");
            assertArrayEquals(series.values().toArray(), other.values().toArray(), series.id() + " values");
        }
        // records of numbers, texts and months: equal means equal bit for bit
        assertEquals(expected.events(), actual.events(), "events");
        assertEquals(expected.periodisations(), actual.periodisations(), "periodisations");
        assertEquals(expected.areas(), actual.areas(), "issue areas");
        assertEquals(expected.dynamics(), actual.dynamics(), "dynamics");
    }

    private static void assertSameAgent(AgentSpec expected, AgentSpec actual) {
        String id = expected.id();
        assertEquals(id, actual.id(), "agent order");
        assertEquals(expected.name(), actual.name(), id + " name");
        assertArrayEquals(expected.capability().toArray(), actual.capability().toArray(), id + " capability");
        assertEquals(expected.capabilitySeries(), actual.capabilitySeries(), id + " capability series");
        assertBits(expected.oilDependence(), actual.oilDependence(), id + " oil dependence");
        assertBits(expected.roomMidpoint(), actual.roomMidpoint(), id + " room midpoint");
        assertBits(expected.strengthHalfLife(), actual.strengthHalfLife(), id + " strength half-life");
        assertBits(expected.memoryHalfLife(), actual.memoryHalfLife(), id + " memory half-life");
        assertBits(expected.grievanceHalfLife(), actual.grievanceHalfLife(), id + " grievance half-life");
        assertBits(expected.initialTrust(), actual.initialTrust(), id + " initial trust");
        assertBits(expected.initialGrievance(), actual.initialGrievance(), id + " initial grievance");
        assertEquals(expected.weights(), actual.weights(), id + " weights");
        assertBits(expected.forgiveness(), actual.forgiveness(), id + " forgiveness");
        assertEquals(expected.areas(), actual.areas(), id + " areas");
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what);
    }
}
