package dyad.bench;

import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import sim.engine.MakesSimState;
import sim.engine.SimState;

/**
 * The plain MASON way of running a model many times, as a baseline for {@code dyad-bench}: the scenario's
 * simulation under {@link SimState#doLoop(MakesSimState, String[])}, which records nothing. Run it as
 * {@code java dyad.bench.MasonBaseline SCENARIO WARMUP DOLOOP-ARGS...}. The clock starts when doLoop makes
 * its job WARMUP + 1, so that its first WARMUP jobs warm the JVM up; as doLoop exits the JVM, it prints
 * {@code jobs=N seconds=S}: the jobs made since, and the seconds since.
 */
public final class MasonBaseline implements MakesSimState {

    private final Scenario scenario;
    private final ExogenousInputs inputs;
    private final long warmUp;
    private final AtomicLong made = new AtomicLong();
    private volatile long started;

    private MasonBaseline(Scenario scenario, long warmUp) {
        this.scenario = scenario;
        this.inputs = ExogenousInputs.of(scenario);
        this.warmUp = warmUp;
    }

    @Override
    public SimState newInstance(long seed, String[] args) {
        if (made.incrementAndGet() == warmUp + 1) {
            started = System.nanoTime();
        }
        return new DyadSimulation(scenario, inputs, seed, 0);
    }

    @Override
    public Class<?> simulationClass() {
        return DyadSimulation.class;
    }

    public static void main(String[] args) {
        MasonBaseline maker = new MasonBaseline(ScenarioLoader.load(Path.of(args[0])), Long.parseLong(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(Locale.ROOT, "jobs=%d seconds=%.6f%n",
                Math.max(0, maker.made.get() - maker.warmUp), (System.nanoTime() - maker.started) / 1e9)));
        SimState.doLoop(maker, Arrays.copyOfRange(args, 2, args.length));
    }
}
