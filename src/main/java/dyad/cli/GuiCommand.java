package dyad.cli;

import dyad.gui.LiveMode;
import dyad.gui.LiveSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad gui SCENARIO}: live mode in MASON's console. */
@Command(name = "gui", description = "Runs one replication of a scenario month by month in a window (MASON's"
        + " console): play, pause, step; change the agents' parameters and the events as it runs; save the session"
        + " as a scenario that replays it.")
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file.")
    Path scenario;

    @Mixin
    LanguageOption language;

    @Option(names = "--replication", paramLabel = "R", defaultValue = "0",
            description = "Which replication of the scenario's seed to run live (default 0): a saved session"
                    + " replays as this replication of a run.")
    int replication;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "0",
            description = "Run N months at once after opening the window.")
    int steps;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Save a screenshot of the chart window after --steps months, then close.")
    Path snapshot;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps < 0 || replication < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--steps and --replication must not be negative");
        }
        if (!LiveMode.hasDisplay()) {
            spec.commandLine().getErr().println("dyad: gui needs a display, and there is none here (no DISPLAY,"
                    + " or Java runs headless); run it on a desktop, or under xvfb-run for --snapshot");
            return 2;
        }
        LiveSession session = LiveSession.open(scenario, replication);
        LiveMode.open(session, language.language, steps, snapshot);
        return 0;
    }
}
