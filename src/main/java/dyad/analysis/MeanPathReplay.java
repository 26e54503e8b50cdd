package dyad.analysis;

import dyad.check.RunPaths;
import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.model.Trajectory;
import dyad.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays a scenario on a seed's replications (the same for every scenario: common random numbers) and averages
 * them into its mean path. Replications run on the pool given, each on its own; their paths are summed in
 * replication order, so the mean path is the same on any number of threads. Calibration and region analyses by
 * sequential Monte Carlo score candidates on it.
 */
public final class MeanPathReplay {

    /** Replications run at once: enough to keep the threads busy, few enough to keep memory small. */
    static final int BATCH = 64;

    private final long seed;
    private final int replications;
    private final ExecutorService pool;
    private final int threads;
    private final AtomicLong runs = new AtomicLong();

    public MeanPathReplay(long seed, int replications, ExecutorService pool, int threads) {
        this.seed = seed;
        this.replications = replications;
        this.pool = pool;
        this.threads = threads;
    }

    /** The replications run so far. */
    public long runs() {
        return runs.get();
    }

    /**
     * The base scenario with a candidate's values written at the parameters' paths, checked against the rules.
     *
     * @throws dyad.scenario.BadInputException if the scenario or the rules refuse a value
     */
    public static Scenario candidate(dyad.scenario.ScenarioLoader.Template template, List<String> paths,
                                     double[] values) {
        java.util.Map<String, Double> overrides = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            overrides.put(paths.get(i), values[i]);
        }
        Scenario scenario = template.bind(overrides);
        dyad.model.rules.RuleSet.STANDARD.check(scenario);
        return scenario;
    }

    /** The mean path of each twin the facts are checked against, by the twin's name. */
    public java.util.Map<String, RunPaths> twinPaths(List<dyad.scenario.FactSpec> facts) {
        java.util.Map<String, RunPaths> twins = new java.util.LinkedHashMap<>();
        for (dyad.scenario.TwinScenario twin : dyad.scenario.FactTest.distinct(facts.stream()
                .map(dyad.scenario.FactSpec::test).toList())) {
            twins.put(twin.name(), meanPath(twin.scenario()));
        }
        return twins;
    }

    /**
     * The mean index and cooperation shares over the file's replications, summed in replication order, and the
     * same in each area of a scenario that declares areas. The replications run in batches of {@link #BATCH},
     * each spread over the threads, so that memory does not grow with the replications and the sums do not
     * depend on the threads.
     */
    public RunPaths meanPath(Scenario scenario) {
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        int months = scenario.months();
        int agents = scenario.agents().size();
        int areas = scenario.hasAreas() ? scenario.areas().size() : 0;
        double[] meanIndex = new double[months];
        double[][] meanShares = new double[agents][months];
        double[][] meanAreaIndex = new double[areas][months];
        double[][][] meanAreaShares = new double[agents][areas][months];
        Paths[] batchPaths = new Paths[Math.min(BATCH, replications)];
        List<LaneSimulation> simulations = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            simulations.add(new LaneSimulation());
        }
        for (int first = 0; first < replications; first += BATCH) {
            int batch = Math.min(BATCH, replications - first);
            int offset = first;
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int lane = t;
                tasks.add(() -> {
                    for (int i = lane; i < batch; i += threads) {
                        int r = offset + i;
                        batchPaths[i] = Paths.copyOf(simulations.get(lane).replay(scenario, inputs, seed, r), areas);
                    }
                    return null;
                });
            }
            invokeAll(tasks);
            for (int i = 0; i < batch; i++) {
                Paths paths = batchPaths[i];
                add(meanIndex, paths.index());
                add(meanShares, paths.shares());
                add(meanAreaIndex, paths.areaIndex());
                for (int a = 0; a < agents; a++) {
                    add(meanAreaShares[a], paths.areaShares()[a]);
                }
            }
        }
        runs.addAndGet(replications);
        divide(meanIndex);
        divide(meanShares);
        divide(meanAreaIndex);
        for (double[][] shares : meanAreaShares) {
            divide(shares);
        }
        return areas == 0 ? new RunPaths(scenario, meanIndex, meanShares)
                : new RunPaths(scenario, meanIndex, meanShares, meanAreaIndex, meanAreaShares);
    }

    /** One replication's paths, copied out of its simulation's buffer: the areas' only for a scenario with areas. */
    private record Paths(double[] index, double[][] shares, double[][] areaIndex, double[][][] areaShares) {

        static Paths copyOf(Trajectory trajectory, int areas) {
            int agents = trajectory.cooperationShare().length;
            double[][] areaIndex = new double[areas][];
            double[][][] areaShares = new double[agents][areas][];
            for (int k = 0; k < areas; k++) {
                areaIndex[k] = trajectory.areaIndex()[k].clone();
                for (int a = 0; a < agents; a++) {
                    areaShares[a][k] = trajectory.areaShare()[a][k].clone();
                }
            }
            double[][] shares = new double[agents][];
            for (int a = 0; a < agents; a++) {
                shares[a] = trajectory.cooperationShare()[a].clone();
            }
            return new Paths(trajectory.index().clone(), shares, areaIndex, areaShares);
        }
    }

    private static void add(double[] sum, double[] values) {
        for (int m = 0; m < sum.length; m++) {
            sum[m] += values[m];
        }
    }

    private static void add(double[][] sums, double[][] values) {
        for (int s = 0; s < sums.length; s++) {
            add(sums[s], values[s]);
        }
    }

    private void divide(double[] sum) {
        for (int m = 0; m < sum.length; m++) {
            sum[m] /= replications;
        }
    }

    private void divide(double[][] sums) {
        for (double[] sum : sums) {
            divide(sum);
        }
    }

    private void invokeAll(List<Callable<Void>> tasks) {
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replays interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * One lane's simulation of the scenario being replayed, made once per scenario and reused for its
     * replications, as a sweep's points do; a lane runs on one thread at a time.
     */
    private static final class LaneSimulation {
        private Scenario scenario;
        private DyadSimulation simulation;

        Trajectory replay(Scenario wanted, ExogenousInputs inputs, long seed, int replication) {
            if (scenario != wanted) {
                scenario = wanted;
                simulation = new DyadSimulation(wanted, inputs, seed, replication);
            }
            return simulation.replay(seed, replication);
        }
    }
}
