package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code dyad validate} lists a scenario's issue areas and says when its results hang on a series' unit. */
class ValidateDynamicsTest {

    @Test
    void aScenarioReadingCapabilityInItsSeriesUnitIsNotedInOneLine() {
        CliTest.Result before = dyad("validate", "src/test/resources/before-areas/us-russia-1992-2007.yaml");
        assertEquals(0, before.exitCode(), before.err());
        assertEquals(1, before.out().lines().filter(line -> line.startsWith("note: the capability of russia is read"
                + " in its series' own unit")).count(), before.out());
        assertTrue(before.out().contains("'dynamics: {strength: relative_to_start}'"), before.out());
        assertFalse(before.out().contains("issue areas:"), before.out());
    }

    @Test
    void theBaselineWithAreasListsThemAndNeedsNoNote() {
        CliTest.Result baseline = dyad("validate", CliTest.BASELINE);
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertTrue(baseline.out().contains("issue areas: security (2), post_soviet_space (2), arms_control (2),"
                + " counter_terrorism (1), energy_economy (1)"), baseline.out());
        assertFalse(baseline.out().contains("note:"), baseline.out());
    }
}
