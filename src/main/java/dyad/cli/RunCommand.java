package dyad.cli;

import dyad.batch.Manifest;
import dyad.batch.ResultDirectory;
import dyad.batch.RunProgress;
import dyad.batch.RunWriter;
import dyad.chart.IndexChart;
import dyad.check.Fact;
import dyad.check.PaperCheck;
import dyad.model.ExogenousInputs;
import dyad.model.MemoryEstimate;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad run}: replays a scenario, writes its tables, chart and manifest, and prints the paper check. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Replay a scenario month by month and write the cooperation index as data and charts.",
                "Results go to results/<scenario name>/ (or --out), replacing an earlier run only once the new "
                        + "one is complete: timeseries.csv, summary.csv, paper-check.csv, "
                        + "cooperation-index.png/.svg/.pdf and manifest.json."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<scenario name>).")
    private Path out;

    @Option(names = "--no-check", description = "Skip the paper check (SF1-SF7) and its low-oil replay.")
    private boolean noCheck;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario scenario = scenarioOptions.load(spec.commandLine());
        int replays = !noCheck && PaperCheck.replaysLowOil(scenario) ? 2 : 1;
        scenarioOptions.checkMemory(MemoryEstimate.ofRun(scenario, replays));
        RunProgress progress = RunProgress.forConsole(stdout, (long) replays * scenario.replications());
        Path target = out != null ? out : Path.of("results", scenario.name());
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ScenarioException(null, "--out", target + " exists and is not a folder");
        }
        long started = System.nanoTime();
        ExogenousInputs inputs = ExogenousInputs.of(scenario);
        RunSummary run = Replay.run(scenario, inputs, scenario.seed(), scenario.replications(), progress);
        double replaySeconds = (System.nanoTime() - started) / 1e9;
        List<Fact> facts = noCheck ? List.of() : PaperCheck.check(scenario, run, progress);
        try (ResultDirectory results = ResultDirectory.open(target)) {
            Path dir = results.staging();
            RunWriter.writeTimeseries(dir.resolve(RunWriter.TIMESERIES), scenario, inputs, run);
            RunWriter.writeSummary(dir.resolve(RunWriter.SUMMARY), scenario, run);
            if (!noCheck) {
                RunWriter.writePaperCheck(dir.resolve(RunWriter.PAPER_CHECK), facts);
            }
            IndexChart.write(scenario, run, dir);
            Manifest.write(dir.resolve("manifest.json"), scenario, scenarioOptions.file);
            results.commit();
        }
        stdout.printf(Locale.ROOT, "Replayed %s: %d replications x %d months, seed %d (%.2f s)%n", scenario.name(),
                scenario.replications(), scenario.months(), scenario.seed(), replaySeconds);
        if (!facts.isEmpty()) {
            Scorecard.print(stdout, facts);
        }
        stdout.printf("Results written to %s%n", displayPath(target));
        stdout.flush();
        return 0;
    }

    private static String displayPath(Path path) {
        return path.toString().replace('\\', '/') + "/";
    }

}
