package dyad.cli;

import dyad.scenario.Language;
import dyad.batch.FigureFormat;
import dyad.batch.Figures;
import dyad.batch.ResultsFolder;
import dyad.batch.SweepManifest;
import dyad.chart.RunChartRedraw;
import dyad.chart.SensitivityChart;
import dyad.chart.SweepChartWriter;
import dyad.scenario.BadInputException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad chart}: redraws a results folder's charts from its tables, without running anything. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw the charts of a run, a finished sweep, a sensitivity analysis, a region or futures from its"
                + " tables, without running anything.",
                "A run's charts of why the index moves in an issue area (why-<area>.png) are redrawn with the others.",
                "Charts in another language or format are added beside those the folder has; its tables are not"
                        + " touched."})
final class ChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run's or a sweep's results folder, e.g. results/quick.")
    private Path dir;

    @Option(names = "--lang", paramLabel = "TAGS", hideParamSyntax = true, split = ",",
            converter = LanguageOption.Tag.class,
            description = "Languages of the charts: en, zh-TW or en,zh-TW (default: every language the folder's charts"
                    + " are in). A language the folder has no charts in is added beside the others, its tag in the"
                    + " names (cooperation-index.zh-TW.png); no chart of another language is replaced.")
    private List<Language> languages;

    @Option(names = "--formats", paramLabel = "LIST", hideParamSyntax = true, split = ",",
            converter = FigureFormatsOption.Name.class,
            description = "Formats of the charts: png, svg, pdf or some of them, comma-separated (default: the formats"
                    + " the folder's charts are in); a format added is written beside the others.")
    private List<FigureFormat> formats;

    @Mixin
    private WhyAreaOption whyAreas;

    @Override
    public Integer call() throws Exception {
        ResultsFolder.Kind kind = ResultsFolder.kindOfExisting(dir, "DIR");
        if (!whyAreas.areas.isEmpty() && kind != ResultsFolder.Kind.RUN) {
            throw new BadInputException(null, "--area", dir + " holds " + kind.article() + ", not a run: --area draws"
                    + " why the index moves in an issue area of a run");
        }
        if (kind == ResultsFolder.Kind.HANDOUT) {
            throw new BadInputException(null, "DIR", dir + " holds a handout: write it again with the command at its"
                    + " end");
        }
        if (kind == ResultsFolder.Kind.COMPARE) {
            throw new BadInputException(null, "DIR", dir + " holds a comparison: draw it again with 'dyad compare'"
                    + " and the scenarios it names in its manifest.json");
        }
        if (kind == ResultsFolder.Kind.DISCOVER) {
            throw new BadInputException(null, "DIR", dir + " holds a scenario discovery: draw it again with 'dyad"
                    + " discover' and the sweep and condition its manifest.json names");
        }
        if (kind == ResultsFolder.Kind.CALIBRATION) {
            throw new BadInputException(null, "DIR", dir + " holds a calibration: draw it again with 'dyad calibrate'"
                    + " on the calibration.yaml kept in it (with --out and --lang)");
        }
        if (kind == ResultsFolder.Kind.SHARD) {
            throw new BadInputException(null, "DIR", dir + " holds one shard of a sweep, which has no charts: merge"
                    + " the shards with 'dyad merge' and chart the sweep's folder");
        }
        try (ResultsFolder folder = ResultsFolder.open(dir, kind, "DIR", "dyad chart")) {
            if (folder.files().isEmpty()) {
                throw new BadInputException(null, "DIR", kind.unfinished(dir));
            }
            Path staging = folder.stage();
            Figures recorded = Figures.of(SweepManifest.read(dir));
            Figures drawn = recorded.redrawn(languages == null ? null : languages.stream().distinct().toList(),
                    formats == null ? null : EnumSet.copyOf(formats));
            if (kind == ResultsFolder.Kind.RUN) {
                RunChartRedraw.redraw(dir, staging, drawn, whyAreas.areas, folder.files());
            } else if (kind == ResultsFolder.Kind.SENSITIVITY) {
                SensitivityChart.redraw(dir, staging, drawn);
            } else if (kind == ResultsFolder.Kind.REGION) {
                dyad.chart.RegionChart.redraw(dir, staging, drawn);
            } else if (kind == ResultsFolder.Kind.FUTURES) {
                dyad.chart.FuturesCharts.redraw(dir, staging, drawn);
            } else {
                SweepChartWriter.write(dir, staging, drawn);
            }
            // the manifest records the languages and formats added, so that 'dyad rerun' writes them again
            recorded.and(drawn).recordIn(dir, staging);
            folder.commit(staging, false);
        }
        spec.commandLine().getOut().printf("Charts redrawn in %s/%n", dir.toString().replace('\\', '/'));
        return 0;
    }
}
