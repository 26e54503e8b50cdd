package dyad.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.scenario.BadInputException;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live session saved as a scenario replays, month by month, what the session ran. */
class LiveSessionTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();
    static final long SEED = 20071121L;
    static final int REPLICATION = 3;

    @TempDir
    Path temp;

    private static void steps(LiveSession session, int months) {
        for (int m = 0; m < months; m++) {
            session.simulation().schedule.step(session.simulation());
        }
    }

    private static double[] replay(Scenario scenario, int replication) {
        return Replay.replicate(scenario, ExogenousInputs.of(scenario), SEED, replication).index().clone();
    }

    @Test
    void aSavedSessionReplaysTheLivePathBitForBit() throws IOException {
        LiveSession session = new LiveSession(BASELINE, SEED, REPLICATION);
        session.restart();
        steps(session, 60);                                    // to 1996-12
        session.set("agents.russia.oil_dependence", 0.1);      // from 1997-01
        steps(session, 5);
        session.removeEvent("nato-madrid-summit");             // 1997-07, not yet happened: removed
        steps(session, 30);                                    // to 1999-11
        session.removeEvent("kosovo-war");                     // acted in 1999-03: ends from 1999-12
        steps(session, 12);
        String added = session.addEvent("threat to Russia", "russia", Perception.THREAT, 0.8, 12, 0);
        session.set("agents.usa.weights.reciprocity", 1.5);
        while (session.simulation().schedule.step(session.simulation())) {
            // to the end
        }
        double[] live = session.index();
        assertEquals(192, live.length);

        Path saved = temp.resolve("session.yaml");
        session.save(saved);
        String text = Files.readString(saved);
        assertTrue(text.contains("nato-madrid-summit"), text);
        assertTrue(text.contains("end: \"kosovo-war\""), text);
        assertTrue(text.contains(added), text);
        Scenario reloaded = ScenarioLoader.load(saved);
        assertArrayEquals(live, replay(reloaded, REPLICATION), text);

        Scenario baseline = ScenarioLoader.load(BASELINE);
        double[] before = replay(baseline, REPLICATION);
        assertArrayEquals(Arrays.copyOf(before, 60), Arrays.copyOf(live, 60));
        assertFalse(Arrays.equals(before, live));
    }

    @Test
    void aBadValueChangesNothingAndSaysWhy() {
        LiveSession session = new LiveSession(BASELINE, SEED, 0);
        session.restart();
        steps(session, 10);
        BadInputException refused = assertThrows(BadInputException.class,
                () -> session.set("agents.russia.oil_dependence", 1.5));
        assertTrue(refused.problem().contains("out of range"), refused.getMessage());
        BadInputException weight = assertThrows(BadInputException.class,
                () -> session.set("agents.russia.weights.threat", 99));
        assertTrue(weight.problem().contains("out of range"), weight.getMessage());
        assertFalse(session.changed());
        while (session.simulation().schedule.step(session.simulation())) {
            // to the end
        }
        assertArrayEquals(replay(session.opened(), 0), session.index());
    }

    @Test
    void theInspectorsPropertiesSetParametersFromTheComingMonth() {
        LiveSession session = new LiveSession(BASELINE, SEED, 0);
        java.util.List<String> said = new java.util.ArrayList<>();
        AgentParameters parameters = new AgentParameters(session, dyad.scenario.Texts.of(dyad.scenario.Language.EN),
                said::add);
        sim.util.Properties properties = parameters.properties();
        int oil = -1;
        for (int p = 0; p < properties.numProperties(); p++) {
            if (parameters.path(p).equals("agents.russia.oil_dependence")) {
                oil = p;
            }
        }
        assertTrue(oil >= 0);
        assertTrue(properties.getDomain(oil) instanceof sim.util.Interval);
        session.restart();
        steps(session, 24);
        properties.setValue(oil, (Object) 1.5);
        assertTrue(said.get(said.size() - 1).startsWith("Not changed:"), said.toString());
        assertFalse(session.changed());
        properties.setValue(oil, (Object) 0.2);
        assertEquals(0.2, (Double) properties.getValue(oil));
        assertTrue(session.changed());
        assertTrue(session.yaml(temp.resolve("s.yaml")).contains("from: \"1994-01\""));
    }

    @Test
    void aSliderMovedSeveralTimesInOneMonthMakesOneChange() throws IOException {
        LiveSession session = new LiveSession(BASELINE, SEED, 0);
        session.restart();
        steps(session, 12);
        session.set("agents.usa.weights.ambition", 0.5);
        session.set("agents.usa.weights.ambition", 0.7);
        session.set("agents.usa.weights.ambition", 0.7);
        String text = session.yaml(temp.resolve("s.yaml"));
        assertEquals(1, text.split("weights.ambition", -1).length - 1, text);
        assertTrue(text.contains("to: 0.7"), text);
        assertEquals(0.7, session.value("usa", "weights.ambition"));
    }
}
