package dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of a command that runs a file's sweep: the data folders it may read, the language of its charts,
 * where it writes, on how many threads, resumed or not, how loudly.
 */
final class SweepRunOptions {

    @picocli.CommandLine.Mixin
    DataFolderOption dataFolders = new DataFolderOption();

    @picocli.CommandLine.Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results (default: results/<the file's"
            + " name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to use (default: all cores, ${sys:dyad.cores}).")
    Integer threads;

    @Option(names = "--resume", description = "Finish an interrupted run of the file without redoing finished runs.")
    boolean resume;

    @Option(names = "--quiet", description = "Print no progress.")
    boolean quiet;

    /** The results folder: the one given with --out, or results/NAME. */
    Path dir(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
