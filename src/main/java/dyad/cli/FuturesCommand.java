package dyad.cli;

import dyad.analysis.futures.EventUncertainty;
import dyad.analysis.futures.FutureDrawing;
import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesLoader;
import dyad.analysis.futures.FuturesSweep;
import dyad.analysis.futures.Lever;
import dyad.analysis.futures.LeverSetting;
import dyad.analysis.futures.Robustness;
import dyad.analysis.futures.SeriesUncertainty;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepRunner;
import dyad.scenario.BadInputException;
import dyad.scenario.Fields;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad futures}: the futures of a relationship under uncertain series, events and levers. */
@Command(name = "futures", mixinStandardHelpOptions = true,
        description = {"Futures of a relationship: its scenario carried past its data under uncertain series, blows"
                + " and thaws, with levers to compare (see futures-format.md).",
                "Runs every future under every lever setting on all cores, reproducible from the file's seed, and"
                        + " writes to results/<name>/ (or --out): futures.csv (each future's draws, yearly index and"
                        + " states under each lever setting), regret.csv and robustness.csv (how far each setting"
                        + " falls short of the best), states.csv (the share of futures in each state), the figures"
                        + " futures-fan, futures-states and, for a scenario with issue areas, futures-areas (.png,"
                        + " .svg, .pdf), the sweep's tables (runs.csv, points.csv, fan.csv, sweep.yaml,"
                        + " manifest.json), each future's scenario (scenario.yaml, scenario-<future>.yaml), the"
                        + " futures file as run (futures.yaml, with its base scenario in base-scenario.yaml, from"
                        + " which 'dyad chart' redraws the figures) and datapackage.json,"
                        + " which describes the tables. If interrupted, run it again with --resume.",
                "--write-future N writes future N as a scenario file that 'dyad run' replays. --shard k/K runs part of"
                        + " the runs, as the tasks that 'dyad slurm FILE' writes do; 'dyad merge' then writes the"
                        + " results."})
final class FuturesCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private SweepRunOptions run = new SweepRunOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Futures file (YAML).")
    private Path file;

    @Option(names = "--shard", paramLabel = "k/K", description = "Run only shard k of K of the futures' runs, into"
            + " DIR/shards/k ('dyad slurm' writes the scripts that run them all); 'dyad merge DIR' then writes"
            + " futures.csv, the other tables and the figures.")
    private String shard;

    @Option(names = "--write-future", paramLabel = "N", description = "Write future N (counted from 1) as a"
            + " scenario file.")
    private Integer writeFuture;

    @Option(names = "--lever", paramLabel = "NAME=VALUE", description = "With --write-future: a lever's value"
            + " (default: each lever's first value). Repeat for several levers.")
    private Map<String, String> levers = new LinkedHashMap<>();

    @Option(names = "--to", paramLabel = "FILE", description = "With --write-future: the scenario file to write"
            + " (default: <future name>.yaml in the current folder). An existing file is never overwritten.")
    private Path to;

    @Override
    public Integer call() throws Exception {
        run.dataFolders.grant();
        FuturesFile futures = FuturesLoader.load(file);
        PrintWriter stdout = spec.commandLine().getOut();
        if (writeFuture == null) {
            if (!levers.isEmpty() || to != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lever and --to go with"
                        + " --write-future N");
            }
            refuseOneScenario(futures);
            if (shard != null) {
                return AnalysisShards.runShard(spec.commandLine(), run, shard, "futures", futures.name(),
                        scratch -> FuturesSweep.sweep(futures, scratch), AnalysisShards.of(futures));
            }
            summary(futures).forEach(stdout::println);
            return runAll(futures);
        }
        if (shard != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shard runs part of the futures'"
                    + " runs and --write-future writes one future: give one of them");
        }
        if (writeFuture < 1 || writeFuture > futures.futures()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--write-future: the file draws"
                    + " futures 1 to " + futures.futures() + ", not " + writeFuture);
        }
        LeverSetting setting = setting(futures);
        String name = FutureDrawing.draw(futures, writeFuture, setting).name();
        Path target = to != null ? to : Path.of(name + ".yaml");
        if (Files.exists(target)) {
            throw new BadInputException(null, null, target + " exists; Dyad does not overwrite it: remove it, or"
                    + " name another file with --to");
        }
        String yaml;
        try {
            yaml = FutureDrawing.scenario(futures, writeFuture, setting);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(futures.source().location(), null, e.getMessage());
        }
        writeNew(target, yaml);
        stdout.printf("Future %d written to %s; replay it with: dyad run %s%n", writeFuture,
                target.toString().replace('\\', '/'), target.toString().replace('\\', '/'));
        return 0;
    }

    /** Refuses a file whose runs are those of a single scenario, which 'dyad run' runs. */
    static void refuseOneScenario(FuturesFile futures) {
        if (futures.futures() == 1 && futures.levers().isEmpty()) {
            throw new Fields(futures.source(), "").error("futures", "one future and no levers is a"
                    + " single scenario: draw 2 futures or more, or write it with --write-future 1 and 'dyad run' it");
        }
    }

    /**
     * Runs every future under every lever setting on the sweep engine. The futures' scenario files are written
     * into a scratch folder inside the results folder's own .dyad folder, which is removed when the run ends (or by
     * the next command after a kill); the results folder keeps each as scenario-<name>.yaml. The files' bytes, not
     * their folder, identify the sweep, so a resumed run finds its unfinished sweep again.
     */
    private int runAll(FuturesFile futures) throws Exception {
        Robustness[] robustness = new Robustness[1];
        SweepRunner.Tally tally = run.runAnalysis(spec.commandLine(), "futures", file, futures.name(),
                scratch -> FuturesSweep.sweep(futures, scratch),
                AnalysisShards.finisher(futures, run.figures.figures(), found -> robustness[0] = found),
                ResultsFolder.Kind.FUTURES);
        RobustnessLines.print(spec.commandLine().getOut(), robustness[0], run.figures.first());
        return SweepCommand.written(spec.commandLine(), run.dir(futures.name()), tally);
    }

    /** The command line's lever values, each lever not named at its first value. */
    private LeverSetting setting(FuturesFile futures) {
        List<String> names = futures.levers().stream().map(Lever::name).toList();
        for (String given : levers.keySet()) {
            if (!names.contains(given)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lever: the file has no"
                        + " lever '" + given + "'" + (names.isEmpty() ? "; it has none"
                        : Fields.didYouMeanThen(given, names, "its levers are " + String.join(", ", names))));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Lever lever : futures.levers()) {
            String value = levers.getOrDefault(lever.name(), lever.valueNames().get(0));
            if (!lever.valueNames().contains(value)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lever " + lever.name() + ": '"
                        + value + "' is not one of its values, " + String.join(", ", lever.valueNames()));
            }
            values.put(lever.name(), value);
        }
        return new LeverSetting(values);
    }

    /** Writes a file that does not exist yet, whole or not at all. */
    private static void writeNew(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".dyad-", ".yaml.partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** What the file draws, as checked: one line per part. */
    static List<String> summary(FuturesFile futures) {
        List<String> lines = new java.util.ArrayList<>();
        int settings = LeverSetting.all(futures.levers()).size();
        lines.add(String.format(Locale.ROOT, "%s: %d future%s of %s, %s to %s, %d lever setting%s, %d replication%s"
                        + " each: %d runs", futures.name(), futures.futures(), futures.futures() == 1 ? "" : "s", futures.base().scenario().name(),
                futures.horizon().first(), futures.horizon().last(), settings, settings == 1 ? "" : "s",
                futures.replications(), futures.replications() == 1 ? "" : "s",
                (long) futures.futures() * settings * futures.replications()));
        for (SeriesUncertainty series : futures.series()) {
            lines.add("  series " + series.id() + ": " + modelName(series));
        }
        for (EventUncertainty event : futures.events()) {
            lines.add(String.format(Locale.ROOT, "  events %s: %s to %s, %.3g a year", event.name(),
                    event.blows() ? "blows" : "thaws", event.process().agentId(), event.process().ratePerYear()));
        }
        for (Lever lever : futures.levers()) {
            lines.add("  lever " + lever.name() + ": " + String.join(", ", lever.valueNames()));
        }
        futures.states().forEach(state -> lines.add("  state " + state.id() + ": " + state.label().text()));
        return lines;
    }

    private static String modelName(SeriesUncertainty series) {
        if (series.model() instanceof dyad.analysis.futures.BlockBootstrap bootstrap) {
            return "block_bootstrap, blocks of " + bootstrap.blockMonths() + " months";
        }
        if (series.fitted() instanceof dyad.analysis.futures.MeanReverting.Fit fit) {
            return String.format(Locale.ROOT, "mean_reverting to %.4g, half-life %.3g months", fit.meanLevel(),
                    fit.halfLifeMonths());
        }
        var growth = (dyad.analysis.futures.GrowthRange) series.model();
        return "growth_range " + Fields.format(growth.lowPerYear()) + " to " + Fields.format(growth.highPerYear())
                + " a year";
    }
}
