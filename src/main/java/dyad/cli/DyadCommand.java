package dyad.cli;

import dyad.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: replay scenarios, check them against the paper, sweep their parameters. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = DyadCommand.VersionProvider.class,
        description = "Agent-based simulation of bilateral relations: replays a scenario month by month and "
                + "charts the cooperation index that comes out of the state agents' choices.",
        subcommands = {RunCommand.class, CompareCommand.class, ReportCommand.class, ValidateCommand.class, CheckCommand.class, SweepCommand.class,
                FuturesCommand.class,
                ChartCommand.class, RerunCommand.class, MergeCommand.class, SlurmCommand.class, DiscoverCommand.class,
                GuiCommand.class, SensitivityCommand.class, CalibrateCommand.class, RegionCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 bad input, 3 a fact did not come out as its scenario expects (check only), 4 some sweep runs failed."})
public final class DyadCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** What to do when the work does not fit in the memory Java was given. */
    static String outOfMemory(long maxBytes) {
        return "dyad: out of memory: Java may use at most " + maxBytes / (1024 * 1024) + " MB here. Give it more"
                + " (java -Xmx4g -jar target/dyad.jar ...), or split the work into shards (--shard k/K; see"
                + " cluster.md). Nothing unfinished was committed to the results folder.";
    }

    /** The configured command line, for {@code main} and for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DyadCommand());
        ErrorHandler errors = new ErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad " + Version.current()};
        }
    }
}
