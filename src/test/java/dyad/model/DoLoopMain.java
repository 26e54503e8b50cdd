package dyad.model;

import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import sim.engine.MakesSimState;
import sim.engine.SimState;

/**
 * Runs the scenario of the first argument under MASON's {@code doLoop} with the other arguments, then says, for each simulation it
 * made, how many steps its schedule took and whether its run is that of {@link Replay}. doLoop ends the JVM,
 * so this prints from a shutdown hook.
 */
public final class DoLoopMain implements MakesSimState {

    private final Scenario scenario;
    private final ExogenousInputs inputs;
    private final List<DyadSimulation> made = new CopyOnWriteArrayList<>();
    private final List<Long> seeds = new CopyOnWriteArrayList<>();

    private DoLoopMain(Scenario scenario) {
        this.scenario = scenario;
        this.inputs = ExogenousInputs.of(scenario);
    }

    @Override
    public SimState newInstance(long seed, String[] args) {
        DyadSimulation simulation = new DyadSimulation(scenario, inputs, seed, 0);
        made.add(simulation);
        seeds.add(seed);
        return simulation;
    }

    @Override
    public Class<?> simulationClass() {
        return DyadSimulation.class;
    }

    public static void main(String[] args) {
        DoLoopMain maker = new DoLoopMain(ScenarioLoader.load(Path.of(args[0])));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = 0; i < maker.made.size(); i++) {
                DyadSimulation simulation = maker.made.get(i);
                long seed = maker.seeds.get(i);
                boolean same = Arrays.equals(simulation.trajectory().index(),
                        Replay.replicate(maker.scenario, maker.inputs, seed, 0).index());
                System.out.println("seed " + seed + ": " + simulation.schedule.getSteps() + " steps, "
                        + (same ? "same as" : "not") + " its replay");
            }
        }));
        SimState.doLoop(maker, Arrays.copyOfRange(args, 1, args.length));
    }
}
