package dyad.cli;

import dyad.model.MemoryEstimate;
import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.ScenarioOverrides;
import dyad.scenario.YamlValue;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The scenario file and the seed and replications that may override its defaults. */
final class ScenarioOptions {

    static final int MAX_REPLICATIONS = 1_000_000;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path file;

    @picocli.CommandLine.Mixin
    DataFolderOption dataFolders = new DataFolderOption();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications to average (default: the scenario's).")
    Integer replications;

    /**
     * The scenario with the command line's seed and replications, for commands that write no results; its
     * weights checked against Dyad's rules.
     */
    Scenario load(CommandLine commandLine) {
        ScenarioOverrides overrides = overrides(commandLine);
        Scenario scenario = ScenarioLoader.load(file);
        RuleSet.STANDARD.check(scenario);
        return scenario.withSeedAndReplications(overrides.seed().orElse(scenario.seed()),
                overrides.replications().orElse(scenario.replications()));
    }

    /**
     * The scenario with the command line's seed and replications, as a self-contained scenario file; its
     * weights checked against Dyad's rules.
     */
    ResolvedScenario resolve(CommandLine commandLine) {
        ResolvedScenario resolved = ResolvedScenario.of(file, overrides(commandLine));
        RuleSet.STANDARD.check(resolved.scenario());
        return resolved;
    }

    private ScenarioOverrides overrides(CommandLine commandLine) {
        dataFolders.grant();
        if (seed != null && seed < 0) {
            throw new ParameterException(commandLine, "--seed must be 0 or more, not " + seed);
        }
        if (replications != null && (replications < 1 || replications > MAX_REPLICATIONS)) {
            throw new ParameterException(commandLine, "--replications must be 1 to " + MAX_REPLICATIONS
                    + ", not " + replications);
        }
        ScenarioOverrides overrides = ScenarioOverrides.NONE;
        if (seed != null) {
            overrides = overrides.withSeed(seed);
        }
        if (replications != null) {
            overrides = overrides.withReplications(replications);
        }
        return overrides;
    }

    /** Refuses a run too big for this Java's memory, naming where its replications were set. */
    void checkMemory(MemoryEstimate estimate) {
        long usable = MemoryEstimate.usableBytes();
        if (estimate.fits(usable)) {
            return;
        }
        if (replications != null) {
            throw estimate.refusal(null, "--replications", "lower --replications or the period", usable);
        }
        YamlValue.Mapping tree = ScenarioLoader.tree(file);
        YamlValue written = tree.entries().get("replications");
        throw estimate.refusal(written != null ? written.location() : tree.location(), "replications",
                "lower replications or the period", usable);
    }
}
