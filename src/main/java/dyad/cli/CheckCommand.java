package dyad.cli;

import dyad.check.Fact;
import dyad.check.FactCheck;
import dyad.model.ReplicationListener;
import dyad.model.MemoryEstimate;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad check}: the paper check for one seed or many, without writing results. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Replay a scenario and check the facts it states, writing nothing.",
                "With --seeds N, checks N seeds from --seed (or the scenario's seed) on and counts how many come out"
                        + " as the scenario expects."})
final class CheckCommand implements Callable<Integer> {

    static final int CHECK_FAILED = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Mixin
    private LanguageOption languageOption;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1", description = "How many seeds to check (default: 1).")
    private int seeds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = scenarioOptions.load(spec.commandLine());
        UnreadSeries.warn(scenario, spec);
        scenarioOptions.checkMemory(MemoryEstimate.ofRun(scenario, RunCommand.replays(scenario, true)));
        if (seeds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seeds must be at least 1");
        }
        int allPassed = 0;
        dyad.scenario.Texts texts = dyad.scenario.Texts.of(languageOption.language);
        for (int i = 0; i < seeds; i++) {
            Scenario seeded = scenario.withSeedAndReplications(scenario.seed() + i, scenario.replications());
            RunSummary run = Replay.run(seeded);
            List<Fact> facts = FactCheck.check(seeded, run, ReplicationListener.NONE);
            out.println(texts.get("check.seed", String.valueOf(seeded.seed()), seeded.replications()));
            Scorecard.print(out, facts, languageOption.language, scenario.reference());
            if (facts.stream().allMatch(Fact::asExpected)) {
                allPassed++;
            }
        }
        if (seeds > 1) {
            out.println(texts.get("check.seeds", allPassed, seeds));
        }
        out.flush();
        return allPassed == seeds ? 0 : CHECK_FAILED;
    }
}
