package dyad.cli;

import dyad.batch.SweepManifest;
import dyad.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad chart}: redraws a sweep's charts from its tables, without running anything. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Redraw the charts of a finished sweep from its tables (points.csv, fan.csv, manifest.json).")
final class ChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's results folder, e.g. results/quick.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        var manifest = SweepManifest.read(dir);
        if (manifest == null) {
            throw new ScenarioException(null, "DIR", dir + " holds no sweep results (no readable manifest.json)");
        }
        if (!"complete".equals(manifest.get("status").getAsString())) {
            throw new ScenarioException(null, "DIR", "the sweep in " + dir + " is not finished: finish it with"
                    + " 'dyad sweep FILE --resume' first");
        }
        SweepCharts.drawInto(dir);
        spec.commandLine().getOut().printf("Charts redrawn in %s/%n", dir.toString().replace('\\', '/'));
        return 0;
    }
}
