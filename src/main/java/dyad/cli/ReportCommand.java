package dyad.cli;

import dyad.batch.Comparison;
import dyad.batch.Failpoint;
import dyad.batch.Manifest;
import dyad.batch.ResultsFolder;
import dyad.batch.RunProgress;
import dyad.check.Fact;
import dyad.check.FactCheck;
import dyad.handout.Handout;
import dyad.model.MemoryEstimate;
import dyad.scenario.Language;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad report}: a scenario's handout, one self-contained HTML page to hand out and print. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a scenario's handout: one self-contained handout.html (charts, comparison, phase table,"
                + " scorecard, the model in a page, events and sources, how to rerun it) that prints on A4.",
                "Results go to results/handout-<scenario name>/ (or --out)."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path file;

    @Option(names = "--compare", paramLabel = "SCENARIO", arity = "1..*",
            description = "Counterfactual scenarios to compare it with, on one figure.")
    private List<Path> compared = new ArrayList<>();

    @Mixin
    private SameRuns sameRuns;

    @Mixin
    private FigureLanguagesOption languages;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the handout (default: results/handout-<name>).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>(List.of(file));
        files.addAll(compared);
        if (files.size() > dyad.chart.CompareChart.MAX_SCENARIOS) {
            throw new ParameterException(spec.commandLine(), "--compare takes at most "
                    + (dyad.chart.CompareChart.MAX_SCENARIOS - 1) + " scenarios, not " + compared.size());
        }
        List<ResolvedScenario> resolved = sameRuns.resolve(spec.commandLine(), files);
        Scenario scenario = resolved.get(0).scenario();
        MemoryEstimate.ofRun(scenario, RunCommand.replays(scenario, true) + compared.size())
                .check(null, "--replications", "lower --replications");
        Language language = languages.first();
        Path target = out != null ? out : Path.of("results", "handout-" + scenario.name());
        PrintWriter stdout = spec.commandLine().getOut();
        try (ResultsFolder folder = ResultsFolder.open(target, ResultsFolder.Kind.HANDOUT, "--out",
                "dyad report " + scenario.name())) {
            long total = (long) scenario.replications() * (resolved.size() + FactCheck.twins(scenario).size());
            RunProgress progress = RunProgress.forConsole(stdout, total);
            Comparison runs = SameRuns.replay(resolved, progress, true);
            List<Fact> facts = FactCheck.check(scenario, runs.scenarios().get(0).run(), progress);
            Path dir = folder.stage();
            for (Language handoutLanguage : languages.languages()) {
                Handout handout = new Handout(scenario, runs.scenarios().get(0).run(), facts,
                        compared.isEmpty() ? Optional.empty() : Optional.of(runs), handoutLanguage, rerunCommand());
                Files.writeString(dir.resolve(handoutFile(handoutLanguage)), handout.html(), StandardCharsets.UTF_8);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("dyad_version", dyad.Version.current());
            manifest.put("command", rerunCommand());
            manifest.put("seed", scenario.seed());
            manifest.put("replications", scenario.replications());
            manifest.put("language", language.tag());
            manifest.put("languages", languages.languages().stream().map(Language::tag).toList());
            Manifest.writeJson(dir.resolve("manifest.json"), manifest);
            Failpoint.reach("report-staged");
            folder.commit(dir, true);
            Scorecard.print(stdout, facts, language, scenario.reference());
        }
        for (Language handoutLanguage : languages.languages()) {
            stdout.println(dyad.scenario.Texts.of(language).get("report.written",
                    target.toString().replace('\\', '/') + "/" + handoutFile(handoutLanguage)));
        }
        stdout.flush();
        return 0;
    }

    /** The command that writes the same handout again, as a user types it. */
    private String rerunCommand() {
        StringBuilder command = new StringBuilder("java -jar target/dyad.jar report ").append(shown(file));
        if (!compared.isEmpty()) {
            command.append(" --compare");
            compared.forEach(path -> command.append(' ').append(shown(path)));
        }
        command.append(languages.asOption());
        return command.append(sameRuns.asOptions()).toString();
    }

    /** handout.html for one language, handout.&lt;tag&gt;.html for each of several, as figures are named. */
    private String handoutFile(Language language) {
        return languages.languages().size() == 1 ? Handout.FILE : Handout.fileName(language);
    }

    private static String shown(Path path) {
        return SlurmCommand.quoted(path.toString().replace('\\', '/'));
    }
}
