package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.ScenarioOverrides;
import dyad.scenario.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dated change leaves the months before it as they were and acts from its month on, through the model. */
class DatedChangesTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    private Path extending(String name, String body) throws IOException {
        Path file = temp.resolve(name + ".yaml");
        Files.writeString(file, "extends: " + BASELINE + "\nname: " + name + "\n" + body);
        return file;
    }

    private static double[] index(Scenario scenario, int replication) {
        return Replay.replicate(scenario, ExogenousInputs.of(scenario), 20071121L, replication).index().clone();
    }

    private static void assertSameBeforeAndDifferentAfter(Scenario baseline, Scenario changed, int month) {
        for (int r = 0; r < 3; r++) {
            double[] before = index(baseline, r);
            double[] after = index(changed, r);
            assertArrayEquals(Arrays.copyOf(before, month), Arrays.copyOf(after, month), "replication " + r);
            assertFalse(Arrays.equals(before, after), "replication " + r + " should differ from " + month);
        }
    }

    @Test
    void aParameterChangeActsFromItsMonthOnly() throws IOException {
        Scenario baseline = ScenarioLoader.load(BASELINE);
        Scenario changed = ScenarioLoader.load(extending("cheap-russia", """
                changes:
                  - {from: 1997-06, set: agents.russia.oil_dependence, to: 0.0}
                  - {from: 1997-06, set: agents.russia.weights.reciprocity, to: 0.2}
                """));
        int month = baseline.monthIndex(java.time.YearMonth.of(1997, 6));
        assertSameBeforeAndDifferentAfter(baseline, changed, month);
        ExogenousInputs a = ExogenousInputs.of(baseline);
        ExogenousInputs b = ExogenousInputs.of(changed);
        int russia = baseline.agentIndex("russia");
        assertEquals(a.strength(russia, month - 1), b.strength(russia, month - 1));
        assertTrue(a.strength(russia, month + 24) != b.strength(russia, month + 24));
    }

    @Test
    void anEndedEventStopsActingFromItsMonth() throws IOException {
        Scenario baseline = ScenarioLoader.load(BASELINE);
        Scenario changed = ScenarioLoader.load(extending("short-kosovo", """
                changes:
                  - {from: 1999-06, end: kosovo-war}
                """));
        int month = baseline.monthIndex(java.time.YearMonth.of(1999, 6));
        assertSameBeforeAndDifferentAfter(baseline, changed, month);
    }

    @Test
    void theResolvedScenarioKeepsTheChanges() throws IOException {
        Path file = extending("cheap-russia", """
                changes:
                  - {from: 1999-06, end: kosovo-war}
                  - {from: 2003-01, set: agents.usa.memory_half_life_months, to: 12}
                """);
        ResolvedScenario resolved = ResolvedScenario.of(file, ScenarioOverrides.NONE);
        Path written = temp.resolve("scenario.yaml");
        Files.writeString(written, dyad.scenario.YamlWriter.write(resolved.tree(), "resolved"));
        Scenario again = ScenarioLoader.load(written);
        Scenario direct = ScenarioLoader.load(file);
        assertEquals(direct.changes().eventEnds(), again.changes().eventEnds());
        assertEquals(direct.changes().stages().size(), again.changes().stages().size());
        assertArrayEquals(index(direct, 1), index(again, 1));
        assertTrue(YamlReader.readMapping(written).entries().containsKey("changes"));
    }
}
