package dyad.cli;

import dyad.model.rules.RuleSet;
import dyad.scenario.EventKind;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad validate}: checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and what it extends and reads) without running it.")
final class ValidateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private DataFolderOption dataFolders = new DataFolderOption();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path file;

    @Override
    public Integer call() {
        dataFolders.grant();
        Scenario scenario = ScenarioLoader.load(file);
        RuleSet.STANDARD.check(scenario);
        long drivers = scenario.events().stream().filter(e -> e.kind() == EventKind.DRIVER).count();
        spec.commandLine().getOut().printf("%s is valid: scenario '%s', %d agents, %d months (%s to %s), "
                        + "%d series, %d events (%d drivers, %d markers), %d periodisations, %d facts (%d twins), "
                        + "%d replications, seed %d%n",
                file, scenario.name(), scenario.agents().size(), scenario.months(), scenario.start(), scenario.end(),
                scenario.series().size(), scenario.events().size(), drivers, scenario.events().size() - drivers,
                scenario.periodisations().size(), scenario.facts().size(),
                dyad.check.FactCheck.twins(scenario).size(), scenario.replications(), scenario.seed());
        if (scenario.hasAreas()) {
            spec.commandLine().getOut().printf("issue areas: %s%n", scenario.areas().stream()
                    .map(area -> area.id() + " (" + area.choices() + ")").collect(java.util.stream.Collectors.joining(", ")));
        }
        noteUnitDependentTerms(scenario);
        warnOfMissingGlyphs(scenario);
        UnreadSeries.warn(scenario, spec.commandLine().getOut(), dyad.scenario.Language.EN);
        return 0;
    }

    /**
     * Says, in one line, when the scenario's results hang on the unit of a capability series: its strength is read
     * as written, so the same series in another unit gives other strengths, room and containment.
     */
    private void noteUnitDependentTerms(Scenario scenario) {
        java.util.List<String> fromSeries = scenario.agents().stream().filter(a -> a.capabilitySeries().isPresent())
                .map(dyad.scenario.AgentSpec::id).toList();
        if (scenario.dynamics().unitDependent() && !fromSeries.isEmpty()) {
            spec.commandLine().getOut().printf("note: the capability of %s is read in its series' own unit, so"
                    + " results change if the series is rescaled; 'dynamics: {strength: relative_to_start}' reads it"
                    + " as a ratio to its first month (see model.md, S8)%n", String.join(", ", fromSeries));
        }
    }

    /** Names the texts with characters the bundled font lacks: figures would draw them as empty boxes. */
    private void warnOfMissingGlyphs(Scenario scenario) {
        java.util.Map<String, dyad.scenario.Text> texts = new java.util.LinkedHashMap<>();
        texts.put("title", scenario.title());
        texts.put("description", scenario.description());
        scenario.agents().forEach(a -> texts.put("agents." + a.id() + ".name", a.name()));
        scenario.events().forEach(e -> texts.put("events." + e.id() + ".label", e.label()));
        scenario.periodisations().forEach(p -> {
            texts.put("phases." + p.id() + ".label", p.label());
            p.phases().forEach(phase -> texts.put("phases." + p.id() + ".phases." + phase.id() + ".label", phase.label()));
        });
        scenario.facts().forEach(f -> texts.put("facts." + f.id() + ".title", f.title()));
        texts.forEach((field, text) -> {
            String missing = dyad.chart.ChartFonts.missingGlyphs(String.join("", text.all()));
            if (!missing.isEmpty()) {
                spec.commandLine().getOut().printf("warning: %s has characters the bundled font lacks (%s):"
                        + " figures draw them as empty boxes%n", field, missing);
            }
        });
    }
}
