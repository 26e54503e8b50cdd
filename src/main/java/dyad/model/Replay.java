package dyad.model;

import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;

/** Runs every replication of a scenario and averages them into a {@link RunSummary}. */
public final class Replay {

    private Replay() {
    }

    public static RunSummary run(Scenario scenario) {
        return run(scenario, ExogenousInputs.of(scenario), scenario.seed(), scenario.replications());
    }

    /** Every replication of {@code scenario} under {@code rules} instead of Dyad's standard rules. */
    public static RunSummary run(Scenario scenario, RuleSet rules) {
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        RunSummary.Builder summary = new RunSummary.Builder(scenario.agents().size(), scenario.agenda().size(), scenario.months(),
                scenario.replications());
        for (int r = 0; r < scenario.replications(); r++) {
            summary.add(new DyadSimulation(scenario, inputs, scenario.seed(), r, rules).replay());
        }
        return summary.build();
    }

    public static RunSummary run(Scenario scenario, ExogenousInputs inputs, long seed, int replications) {
        return run(scenario, inputs, seed, replications, ReplicationListener.NONE);
    }

    /** As {@link #run(Scenario, ExogenousInputs, long, int)}, telling {@code listener} of each replication done. */
    public static RunSummary run(Scenario scenario, ExogenousInputs inputs, long seed, int replications,
                                 ReplicationListener listener) {
        return run(scenario, inputs, seed, replications, listener, false);
    }

    /**
     * As {@link #run(Scenario, ExogenousInputs, long, int, ReplicationListener)}; with {@code contributions}
     * it also records each rule's term of every agent's log-odds under Dyad's standard rules, averaged over
     * the replications in {@link RunSummary#contributions()}, which slows the replay a little and changes
     * nothing else: a sweep does without.
     */
    public static RunSummary run(Scenario scenario, ExogenousInputs inputs, long seed, int replications,
                                 ReplicationListener listener, boolean contributions) {
        RuleSet rules = RuleSet.STANDARD;
        RunSummary.Builder summary = new RunSummary.Builder(scenario.agents().size(), scenario.agenda().size(), scenario.months(), replications,
                contributions ? rules : null);
        for (int r = 0; r < replications; r++) {
            summary.add(new DyadSimulation(scenario, inputs, seed, r, rules, contributions).replay());
            listener.replicationDone();
        }
        return summary.build();
    }

    public static Trajectory replicate(Scenario scenario, ExogenousInputs inputs, long seed, int replication) {
        return new DyadSimulation(scenario, inputs, seed, replication).replay();
    }
}
