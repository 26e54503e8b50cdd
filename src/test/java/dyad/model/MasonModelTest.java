package dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;
import sim.util.Properties;

/** The simulation is a proper MASON model: MASON's start, a schedule that ends, inspectable agents, checkpoints, doLoop. */
class MasonModelTest {

    static final Scenario BASELINE = ReplayTest.BASELINE;
    static final ExogenousInputs INPUTS = ExogenousInputs.of(BASELINE);
    static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");

    @Test
    void startIsMasonsStartWhichPrimesTheKeyedGenerator() {
        DyadSimulation simulation = new DyadSimulation(BASELINE, INPUTS, 11, 3);
        assertTrue(simulation.random.stateEquals(Seeds.generator(11, 3)), "keyed, not yet primed");
        simulation.start();
        assertTrue(simulation.random.stateEquals(SimState.primeGenerator(Seeds.generator(11, 3))),
                "primed by SimState.start()");
    }

    @Test
    void theScheduleStopsItselfAfterThePeriod() {
        DyadSimulation simulation = new DyadSimulation(BASELINE, INPUTS, 11, 3);
        simulation.start();
        int steps = 0;
        while (simulation.schedule.step(simulation)) {
            steps++;
            assertTrue(steps <= BASELINE.months(), "the schedule runs past the period");
        }
        assertEquals(BASELINE.months(), steps);
        assertFalse(simulation.schedule.step(simulation), "nothing is left to step");
        Trajectory replayed = Replay.replicate(BASELINE, INPUTS, 11, 3);
        assertArrayEquals(replayed.index(), simulation.trajectory().index());
        assertArrayEquals(replayed.trust()[1], simulation.trajectory().trust()[1]);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} months")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 13})
    void aShortPeriodEndsAfterItsLastMonthToo(int months, @TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("short.yaml"), String.join("\n", "name: short",
                "period: {start: 2000-01, end: " + java.time.YearMonth.of(2000, 1).plusMonths(months - 1) + "}",
                "agents:", "  a: {capability: 1, weights: {baseline: 1, reciprocity: 1}}",
                "  b: {capability: 1, weights: {baseline: -1, reciprocity: 2}}", ""));
        Scenario scenario = ScenarioLoader.load(file);
        DyadSimulation simulation = new DyadSimulation(scenario, ExogenousInputs.of(scenario), 1, 0);
        for (int run = 0; run < 2; run++) {
            simulation.start();
            while (simulation.schedule.step(simulation)) {
                assertTrue(simulation.schedule.getSteps() <= months, "the schedule runs past the period");
            }
            assertEquals(months, simulation.schedule.getSteps());
        }
    }

    @Test
    void masonsInspectorSeesTheAgentsAndTheirState() {
        DyadSimulation simulation = new DyadSimulation(BASELINE, INPUTS, 11, 0);
        simulation.start();
        for (int m = 0; m < 24; m++) {
            simulation.schedule.step(simulation);
        }
        Map<String, Object> model = properties(simulation);
        assertEquals(BASELINE.months(), model.get("Months"));
        @SuppressWarnings("unchecked")
        List<StateAgent> agents = (List<StateAgent>) model.get("Agents");
        assertEquals(BASELINE.agents().stream().map(dyad.scenario.AgentSpec::id).toList(),
                agents.stream().map(StateAgent::getId).toList());
        Map<String, Object> second = properties(agents.get(1));
        assertTrue(second.keySet().containsAll(List.of("Id", "Name", "Trust", "Grievance", "Propensity",
                "Cooperations", "CooperationShare", "Room", "Strength")), second.keySet().toString());
        Trajectory trajectory = simulation.trajectory();
        assertEquals(BASELINE.agents().get(1).id(), second.get("Id"));
        assertEquals(trajectory.trust()[1][23], (double) second.get("Trust"));
        assertEquals(trajectory.grievance()[1][23], (double) second.get("Grievance"));
        assertEquals(trajectory.propensity()[1][23], (double) second.get("Propensity"));
        assertEquals(trajectory.cooperationShare()[1][23], (double) second.get("CooperationShare"));
        assertEquals(INPUTS.room(1, 23), (double) second.get("Room"));
    }

    private static Map<String, Object> properties(Object bean) {
        Properties properties = Properties.getProperties(bean);
        Map<String, Object> values = new HashMap<>();
        for (int p = 0; p < properties.numProperties(); p++) {
            values.put(properties.getName(p), properties.getValue(p));
        }
        return values;
    }

    @Test
    void aCheckpointWrittenMidRunFinishesTheSameRun() throws IOException, ClassNotFoundException {
        Trajectory uninterrupted = Replay.replicate(BASELINE, INPUTS, 11, 5);
        DyadSimulation simulation = new DyadSimulation(BASELINE, INPUTS, 11, 5);
        simulation.start();
        for (int m = 0; m < 100; m++) {
            simulation.schedule.step(simulation);
        }
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        simulation.writeToCheckpoint(checkpoint);
        DyadSimulation restored = (DyadSimulation) SimState.readFromCheckpoint(
                new ByteArrayInputStream(checkpoint.toByteArray()));
        for (DyadSimulation run : List.of(simulation, restored)) {
            while (run.schedule.step(run)) {
                // to the end of the period
            }
            run.finish();
            Trajectory finished = run.trajectory();
            assertArrayEquals(uninterrupted.index(), finished.index());
            for (int a = 0; a < 2; a++) {
                assertArrayEquals(uninterrupted.cooperationShare()[a], finished.cooperationShare()[a]);
                assertArrayEquals(uninterrupted.propensity()[a], finished.propensity()[a]);
                assertArrayEquals(uninterrupted.trust()[a], finished.trust()[a]);
                assertArrayEquals(uninterrupted.grievance()[a], finished.grievance()[a]);
            }
        }
        assertEquals(BASELINE.months(), restored.schedule.getSteps());
    }

    /**
     * A GUIState needs nothing of the model but the SimState: this one, written as a Dyad GUI would be, steps
     * the model until the schedule ends, with a GUI-side steppable after every month, and reads what MASON's
     * inspector would show.
     */
    @Test
    void aGuiStateRunsTheModelWithoutTouchingIt() {
        DyadSimulation simulation = new DyadSimulation(BASELINE, INPUTS, 11, 2);
        List<Double> secondsTrust = new ArrayList<>();
        sim.display.GUIState gui = new sim.display.GUIState(simulation) {
            /** The console's model tab inspects the simulation's bean properties, as in MASON's examples. */
            @Override
            public Object getSimulationInspectedObject() {
                return state;
            }

            @Override
            public void start() {
                super.start();
                // the GUI's own steppables run once more on the step that finds the schedule empty
                scheduleRepeatingImmediatelyAfter(state -> {
                    if (state.schedule.getTime() < sim.engine.Schedule.AFTER_SIMULATION) {
                        secondsTrust.add(((DyadSimulation) state).getAgents().get(1).getTrust());
                    }
                });
            }
        };
        gui.start();
        int months = 0;
        while (gui.step()) {
            months++;
        }
        gui.finish();
        assertEquals(BASELINE.months(), months);
        assertEquals(BASELINE.months(), secondsTrust.size());
        Trajectory replayed = Replay.replicate(BASELINE, INPUTS, 11, 2);
        for (int m = 0; m < months; m++) {
            assertEquals(replayed.trust()[1][m], secondsTrust.get(m), "month " + m);
        }
        assertTrue(properties(gui.getSimulationInspectedObject()).containsKey("Agents"), "the console's model tab");
    }

    /** doLoop ends the JVM, so it runs in a child JVM: see {@link DoLoopMain}. */
    @Test
    void masonsDoLoopRunsTheModelUnchanged(@TempDir Path temp) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DoLoopMain.class.getName(),
                SMALL.toString(), "-repeat", "3", "-seed", "5", "-quiet"));
        Path log = temp.resolve("doloop.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("doLoop did not end: " + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        int months = ScenarioLoader.load(SMALL).months();
        for (long seed = 5; seed < 8; seed++) {
            assertTrue(output.contains("seed " + seed + ": " + months + " steps, same as its replay"), output);
        }
    }
}
