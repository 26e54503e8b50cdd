package dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of a command that runs a file's sweep: the data folders it may read, the languages and formats of its charts,
 * where it writes, on how many threads, resumed or not, how loudly.
 */
final class SweepRunOptions {

    @picocli.CommandLine.Mixin
    DataFolderOption dataFolders = new DataFolderOption();

    @picocli.CommandLine.Mixin
    FigureOptions figures = new FigureOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<the file's"
            + " name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to use (default: all cores, ${sys:dyad.cores}).")
    Integer threads;

    @Option(names = "--resume", description = "Finish an interrupted run of the file without redoing finished runs.")
    boolean resume;

    @Option(names = "--quiet", description = "Print no progress.")
    boolean quiet;

    /**
     * Runs an analysis file's sweep on the sweep engine into its folder (checking the threads and memory first),
     * the analysis writing its own tables and charts into the folder before it is committed, then prints how many
     * runs it did and how fast.
     *
     * @param command  the subcommand, such as "sensitivity", which also names the folder's kind in messages
     * @param file     the analysis file, for the command that resumes it
     * @param finisher what the analysis writes into the finished sweep's folder
     */
    dyad.batch.SweepRunner.Tally runAnalysis(picocli.CommandLine commandLine, String command, Path file,
                                             dyad.batch.SweepSpec sweep, dyad.batch.Sweep.Finisher finisher,
                                             dyad.batch.ResultsFolder.Kind kind) throws Exception {
        int threadCount = SweepCommand.checkThreads(commandLine, threads);
        // an analysis draws no sweep charts: it holds its runs in flight, then reads its points back
        dyad.batch.SweepMemory.checkAnalysis(sweep, threadCount);
        long started = System.nanoTime();
        dyad.batch.SweepRunner.Tally tally = SweepCommand.runInterruptibly(commandLine, sweep, dir(sweep.name()),
                new dyad.batch.Sweep.Options(threadCount, resume, false, false, figures.figures()), quiet, finisher,
                kind, "dyad " + command + " " + sweep.name(), command + " analysis", resumeCommand(command, file));
        printSpeed(commandLine, command, sweep.name(), tally, threadCount, started);
        return tally;
    }

    /**
     * Runs an analysis as above, whose sweep's files {@code inputs} writes into a scratch folder of the results
     * folder (the futures of a futures file), so that a kill leaves nothing outside the results folder.
     *
     * @param name the sweep's name, which names the results folder
     */
    dyad.batch.SweepRunner.Tally runAnalysis(picocli.CommandLine commandLine, String command, Path file, String name,
                                             dyad.batch.Sweep.Inputs inputs, dyad.batch.Sweep.Finisher finisher,
                                             dyad.batch.ResultsFolder.Kind kind) throws Exception {
        int threadCount = SweepCommand.checkThreads(commandLine, threads);
        dyad.batch.Sweep.Inputs checked = scratch -> {
            dyad.batch.SweepSpec sweep = inputs.write(scratch);
            dyad.batch.SweepMemory.checkAnalysis(sweep, threadCount);
            return sweep;
        };
        long started = System.nanoTime();
        dyad.batch.SweepRunner.Tally tally = SweepCommand.runInterruptibly(commandLine, checked, dir(name),
                new dyad.batch.Sweep.Options(threadCount, resume, false, false, figures.figures()), quiet, finisher,
                kind, "dyad " + command + " " + name, command + " analysis", resumeCommand(command, file));
        printSpeed(commandLine, command, name, tally, threadCount, started);
        return tally;
    }

    private String resumeCommand(String command, Path file) {
        return "dyad " + command + " " + SlurmCommand.quoted(file.toString())
                + (out == null ? "" : " --out " + SlurmCommand.quoted(out.toString()))
                + figures.asOptions()
                + " --resume";
    }

    private void printSpeed(picocli.CommandLine commandLine, String command, String name,
                            dyad.batch.SweepRunner.Tally tally, int threadCount, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!quiet) {
            // the speed of the runs this process did: a resumed analysis did the others before
            String now = tally.ranNow() == tally.done() ? "" : String.format(java.util.Locale.ROOT, ", %d of them now",
                    tally.ranNow());
            commandLine.getOut().printf(java.util.Locale.ROOT, "%s %s: %d runs%s on %d thread%s in %.1f s (%.0f runs/s)%n",
                    Character.toUpperCase(command.charAt(0)) + command.substring(1), name, tally.done(), now,
                    threadCount, threadCount == 1 ? "" : "s", seconds, tally.ranNow() / Math.max(seconds, 1e-9));
        }
    }

    /** The results folder: the one given with --out, or results/NAME. */
    Path dir(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
