package dyad.cli;

import dyad.batch.Comparison;
import dyad.batch.Failpoint;
import dyad.batch.Manifest;
import dyad.batch.ResultsFolder;
import dyad.batch.RunProgress;
import dyad.chart.CompareChart;
import dyad.model.MemoryEstimate;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad compare}: replays scenarios with the same seed and replications and draws them on one figure. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Replay scenarios with the same seed and replications and draw them on one figure: each one's"
                + " mean index and band, and its difference from the first, paired by replication.",
                "Results go to results/compare-<first scenario's name>/ (or --out): compare.png/.svg/.pdf,"
                        + " compare.csv, the scenarios as run (<name>.yaml) and manifest.json."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario files (YAML): the first, then those compared with it (at most "
                    + CompareChart.MAX_SCENARIOS + " in all).")
    private List<Path> files;

    @Mixin
    private SameRuns sameRuns;

    @Mixin
    private FigureOptions figureOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the results (default: results/compare-<first scenario's name>).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (files.size() < 2) {
            throw new ParameterException(spec.commandLine(), "compare needs two scenarios or more: the first, then"
                    + " those to compare with it");
        }
        if (files.size() > CompareChart.MAX_SCENARIOS) {
            throw new ParameterException(spec.commandLine(), "compare draws at most " + CompareChart.MAX_SCENARIOS
                    + " scenarios on one figure, not " + files.size());
        }
        List<ResolvedScenario> resolved = sameRuns.resolve(spec.commandLine(), files);
        Scenario first = resolved.get(0).scenario();
        long totalReplications = (long) first.replications() * resolved.size();
        for (ResolvedScenario one : resolved) {
            MemoryEstimate.ofRun(one.scenario(), 1).check(null, "--replications", "lower --replications");
        }
        Path target = out != null ? out : Path.of("results", "compare-" + first.name());
        PrintWriter stdout = spec.commandLine().getOut();
        try (ResultsFolder folder = ResultsFolder.open(target, ResultsFolder.Kind.COMPARE, "--out",
                "dyad compare " + first.name())) {
            RunProgress progress = RunProgress.forConsole(stdout, totalReplications);
            Comparison comparison = SameRuns.replay(resolved, progress);
            List<Scenario> scenarios = comparison.scenarios().stream().map(Comparison.Compared::scenario).toList();
            Path dir = folder.stage();
            comparison.write(dir.resolve(Comparison.FILE));
            for (dyad.batch.FigureOutput output : figureOptions.figures().outputs()) {
                CompareChart.write(comparison, dir, output);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            List<Object> entries = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                String name = scenarios.get(i).name() + ".yaml";
                resolved.get(i).write(dir.resolve(name));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("scenario", scenarios.get(i).name());
                entry.put("scenario_file", files.get(i).toString().replace('\\', '/'));
                entry.put("scenario_sha256", Manifest.sha256(files.get(i)));
                entry.put("resolved_scenario", name);
                entries.add(entry);
            }
            manifest.put("dyad_version", dyad.Version.current());
            manifest.put("scenarios", entries);
            manifest.put("seed", first.seed());
            manifest.put("replications", first.replications());
            manifest.put("language", figureOptions.first().tag());
            manifest.put(dyad.batch.Figures.KEY, figureOptions.figures().toManifest());
            Manifest.writeJson(dir.resolve("manifest.json"), manifest);
            Failpoint.reach("compare-staged");
            folder.commit(dir, true);
        }
        dyad.scenario.Texts texts = dyad.scenario.Texts.of(figureOptions.first());
        stdout.println(texts.get("compare.done", String.valueOf(resolved.size()), String.valueOf(first.replications()),
                String.valueOf(first.months()), String.valueOf(first.seed())));
        stdout.println(texts.get("run.written", target.toString().replace('\\', '/') + "/"));
        stdout.flush();
        return 0;
    }
}
