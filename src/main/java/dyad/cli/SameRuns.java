package dyad.cli;

import dyad.batch.Comparison;
import dyad.batch.RunProgress;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.model.rules.RuleSet;
import dyad.scenario.BadInputException;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios replayed with the same seed and replications, so that their runs can be paired: the options and
 * replays of compare and report.
 */
final class SameRuns {

    @picocli.CommandLine.Mixin
    private DataFolderOption dataFolders = new DataFolderOption();

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N",
            description = "Random seed of every scenario (default: the first's).")
    private Long seed;

    @picocli.CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Replications of every scenario (default: the first's).")
    private Integer replications;

    /** The options as given, to write the command again; empty when left at the first scenario's. */
    String asOptions() {
        return (seed != null ? " --seed " + seed : "") + (replications != null ? " --replications " + replications : "");
    }

    /** Every scenario with the first one's (or the command line's) seed and replications, over the same period. */
    List<ResolvedScenario> resolve(picocli.CommandLine commandLine, List<Path> files) {
        if (seed != null && seed < 0) {
            throw new picocli.CommandLine.ParameterException(commandLine, "--seed must be 0 or more, not " + seed);
        }
        if (replications != null && (replications < 1 || replications > ScenarioOptions.MAX_REPLICATIONS)) {
            throw new picocli.CommandLine.ParameterException(commandLine, "--replications must be 1 to "
                    + ScenarioOptions.MAX_REPLICATIONS + ", not " + replications);
        }
        dataFolders.grant();
        return resolve(files, seed, replications);
    }

    private static List<ResolvedScenario> resolve(List<Path> files, Long seed, Integer replications) {
        ResolvedScenario first = resolve(files.get(0), ScenarioOverrides.NONE);
        long commonSeed = seed != null ? seed : first.scenario().seed();
        int commonReplications = replications != null ? replications : first.scenario().replications();
        ScenarioOverrides common = ScenarioOverrides.NONE.withSeed(commonSeed).withReplications(commonReplications);
        List<ResolvedScenario> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            ResolvedScenario one = resolve(file, common);
            Scenario scenario = one.scenario();
            if (!scenario.start().equals(first.scenario().start()) || !scenario.end().equals(first.scenario().end())) {
                throw new BadInputException(null, "SCENARIO", file + " covers " + scenario.start() + " to "
                        + scenario.end() + ", " + files.get(0) + " " + first.scenario().start() + " to "
                        + first.scenario().end() + ": compare scenarios of the same period");
            }
            if (!names.add(scenario.name())) {
                throw new BadInputException(null, "SCENARIO", file + " has the name '" + scenario.name()
                        + "' of another scenario given: give each scenario its own name");
            }
            all.add(one);
        }
        return all;
    }

    private static ResolvedScenario resolve(Path file, ScenarioOverrides overrides) {
        ResolvedScenario resolved = ResolvedScenario.of(file, overrides);
        RuleSet.STANDARD.check(resolved.scenario());
        return resolved;
    }

    /** Replays each scenario; the first is the one the others are compared with. */
    static Comparison replay(List<ResolvedScenario> resolved, RunProgress progress) {
        return replay(resolved, progress, false);
    }

    /** As {@link #replay(List, RunProgress)}, recording why the first scenario's index moves if asked. */
    static Comparison replay(List<ResolvedScenario> resolved, RunProgress progress, boolean whyOfFirst) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RunSummary> runs = new ArrayList<>();
        for (ResolvedScenario one : resolved) {
            Scenario scenario = one.scenario();
            scenarios.add(scenario);
            runs.add(Replay.run(scenario, ExogenousInputs.of(scenario), scenario.seed(), scenario.replications(),
                    progress, whyOfFirst && runs.isEmpty()));
        }
        return Comparison.of(scenarios, runs);
    }
}
