package dyad.cli;

import dyad.batch.ShardedSweep;
import dyad.batch.SweepRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad merge DIR}: the whole sweep's or analysis's results from the shards in DIR/shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the shards of a sweep (run with 'dyad sweep SWEEP --shard k/K --out DIR') into the"
                + " sweep's tables, charts and manifest in DIR, as 'dyad sweep' writes them in one process; the shards"
                + " of a sensitivity or region analysis ('dyad sensitivity FILE --shard k/K', 'dyad region FILE --shard"
                + " k/K') or of futures ('dyad futures FILE --shard k/K') into what the analysis writes in one"
                + " process: its indices, region or futures.csv, charts and tables.",
                "Refuses, naming them, shards that are missing, unfinished or of another sweep. The shards stay."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder, holding shards/1 ... shards/K.")
    private Path dir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the fan chart's replays (default: all cores, ${sys:dyad.cores}).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int threadCount = SweepCommand.checkThreads(spec.commandLine(), threads);
        long started = System.nanoTime();
        SweepRunner.Tally tally = ShardedSweep.merge(dir, threadCount, AnalysisShards.finishing(stdout));
        stdout.printf(Locale.ROOT, "Merged %d runs from the shards of %s in %.1f s%n", tally.done(),
                dir.toString().replace('\\', '/'), Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        stdout.printf("Results written to %s/%n", dir.toString().replace('\\', '/'));
        stdout.flush();
        if (tally.failed() > 0) {
            spec.commandLine().getErr().printf("dyad: %d of %d runs failed; runs.csv gives each one's error%n",
                    tally.failed(), tally.done());
            return SweepCommand.RUNS_FAILED;
        }
        return 0;
    }
}
