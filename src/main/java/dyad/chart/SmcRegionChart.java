package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.analysis.region.RegionFile;
import dyad.analysis.region.Smc;
import dyad.analysis.region.SmcRegion;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;

/**
 * The charts of a region analysis by sequential Monte Carlo, 1920×1080, under the names of the rejection's:
 * {@code marginals}, one histogram per parameter of the last generation's particles, each counted by its weight,
 * over the parameter's prior range with the prior's even level and the base value marked; and {@code pairs}, the
 * particles of the first three parameters two at a time.
 */
public final class SmcRegionChart {

    private SmcRegionChart() {
    }

    /**
     * The last complete generation, as the charts need it.
     *
     * @param particles one row per particle, one value per parameter
     * @param weights   each particle's weight, summing to 1
     * @param generation the generation's number (0 for the priors), or -1 if none completed
     * @param tolerance its tolerance
     */
    public record Particles(RegionFile file, double[][] particles, double[] weights, int generation,
                            double tolerance) {

        static Particles of(SmcRegion region) {
            Smc.Generation last = region.run().result();
            return last == null ? new Particles(region.file(), new double[0][], new double[0], -1, Double.NaN)
                    : new Particles(region.file(), last.particles(), last.weights(), last.index(), last.tolerance());
        }

        /** Kish's effective sample size, 1 / Σ w². */
        double effectiveSampleSize() {
            double sum = 0;
            for (double w : weights) {
                sum += w * w;
            }
            return sum == 0 ? 0 : 1 / sum;
        }
    }

    /** Writes the marginals chart and, for two parameters or more, the pairs chart into {@code dir}. */
    public static void writeAll(SmcRegion region, Scenario scenario, Path dir, FigureOutput output) throws IOException {
        write(Particles.of(region), scenario, dir, output);
    }

    private static void write(Particles particles, Scenario scenario, Path dir, FigureOutput output)
            throws IOException {
        SweepLabels labels = SweepLabels.of(particles.file().sweep(), scenario, output.language());
        ChartFiles.writeAll(marginals(particles, labels), dir, RegionChart.MARGINALS, IndexChart.WIDTH,
                IndexChart.HEIGHT, output);
        if (particles.file().sweep().parameters().size() > 1) {
            ChartFiles.writeAll(pairs(particles, labels), dir, RegionChart.PAIRS, IndexChart.WIDTH, IndexChart.HEIGHT,
                    output);
        }
    }

    /** Draws the charts again from the folder's {@code accepted.csv} and {@code generations.csv}. */
    static void redraw(RegionFile file, Path dir, Path staging, dyad.batch.Figures figures) throws IOException {
        int parameters = file.sweep().parameters().size();
        List<String> rows = Files.readAllLines(dir.resolve(dyad.analysis.region.Region.ACCEPTED),
                StandardCharsets.UTF_8);
        double[][] particles = new double[rows.size() - 1][];
        double[] weights = new double[particles.length];
        for (int i = 0; i < particles.length; i++) {
            String[] cells = rows.get(i + 1).split(",");
            particles[i] = new double[parameters];
            for (int j = 0; j < parameters; j++) {
                particles[i][j] = Double.parseDouble(cells[1 + j]);
            }
            weights[i] = Double.parseDouble(cells[cells.length - 1]);
        }
        int generation = -1;
        double tolerance = Double.NaN;
        for (String line : Files.readAllLines(dir.resolve(SmcRegion.GENERATIONS), StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(dir.resolve(SmcRegion.GENERATIONS)).size())) {
            String[] cells = line.split(",");
            if (cells[cells.length - 1].equals("true")) {
                generation = Integer.parseInt(cells[0]);
                tolerance = Double.parseDouble(cells[1]);
            }
        }
        Particles drawn = new Particles(file, particles, weights, generation, tolerance);
        Scenario scenario = dyad.scenario.ScenarioLoader.template(file.sweep().scenarioFile()).bind(java.util.Map.of());
        for (FigureOutput output : figures.outputs()) {
            write(drawn, scenario, staging, output);
        }
    }

    static JFreeChart marginals(Particles particles, SweepLabels labels) {
        Texts texts = labels.texts();
        SweepSpec sweep = particles.file().sweep();
        int count = particles.particles().length;
        int bins = RegionChart.bins(count);
        int parameters = sweep.parameters().size();
        double[][] shares = new double[parameters][bins];
        double highest = 1.0 / bins;
        for (int j = 0; j < parameters; j++) {
            SweepParameter parameter = sweep.parameters().get(j);
            for (int i = 0; i < count; i++) {
                double value = particles.particles()[i][j];
                int bin = (int) Math.floor((value - parameter.min()) / (parameter.max() - parameter.min()) * bins);
                shares[j][Math.max(0, Math.min(bins - 1, bin))] += particles.weights()[i];
            }
            for (double share : shares[j]) {
                highest = Math.max(highest, share);
            }
        }
        int columns = PanelGridPlot.columnsFor(parameters);
        int xTicks = Math.max(RegionChart.MIN_TICKS, RegionChart.MAX_TICKS_ACROSS / columns);
        List<XYPlot> panels = new ArrayList<>();
        List<WrappingLabelAxis> labelled = new ArrayList<>();
        boolean marked = false;
        for (int j : mostConstrained(particles)) {
            SweepParameter parameter = sweep.parameters().get(j);
            panels.add(RegionChart.histogram(parameter, shares[j], labels.parameter(j), highest, xTicks, labelled));
            marked |= RegionChart.baseInRange(parameter);
        }
        WrappingLabelAxis.align(labelled);
        PanelGridPlot grid = new PanelGridPlot(panels, columns, RegionChart.GAP * 1.5, RegionChart.GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4 + RegionChart.GAP * 1.5 / 2));
        JFreeChart chart = SweepChartParts.chart(grid, texts.get("region.smc.title.marginals", facts(particles,
                texts)), subtitles(particles, labels));
        chart.addSubtitle(SweepChartParts.sideLabel(texts.get("region.smc.axis.weight", bins)));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.box(texts.get("region.smc.legend.particles", count), RegionChart.ACCEPTED));
        items.add(SweepLegend.line(texts.get("region.legend.prior"), RegionChart.PRIOR_STROKE, RegionChart.PRIOR));
        if (marked) {
            items.add(SweepLegend.line(texts.get("sweep.legend.basePanels"), SweepStyle.BASE_STROKE, SweepStyle.BASE));
        }
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    static JFreeChart pairs(Particles particles, SweepLabels labels) {
        Texts texts = labels.texts();
        SweepSpec sweep = particles.file().sweep();
        int shown = Math.min(RegionChart.PAIRED, sweep.parameters().size());
        List<Integer> paired = mostConstrained(particles).subList(0, shown);
        List<XYPlot> panels = new ArrayList<>();
        for (int a = 0; a < shown; a++) {
            for (int b = a + 1; b < shown; b++) {
                XYPlot panel = pair(particles, labels, paired.get(a), paired.get(b), shown);
                ((WrappingLabelAxis) panel.getDomainAxis()).setOverhang(RegionChart.GAP);
                panels.add(panel);
            }
        }
        WrappingLabelAxis.align(panels.stream().map(panel -> (WrappingLabelAxis) panel.getDomainAxis()).toList());
        PanelGridPlot grid = new PanelGridPlot(panels, panels.size(), RegionChart.GAP * 2, RegionChart.GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4 + RegionChart.GAP));
        JFreeChart chart = SweepChartParts.chart(grid, texts.get("region.smc.title.pairs"),
                subtitles(particles, labels));
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(texts.get("region.smc.legend.particles", particles.particles().length), null, null,
                null, SweepStyle.DOT, RegionChart.ACCEPTED));
        items.add(new LegendItem(texts.get("region.legend.base"), null, null, null, RegionChart.CROSS,
                SweepStyle.BASE));
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    private static List<Integer> mostConstrained(Particles particles) {
        return dyad.analysis.region.SmcRegion.mostConstrained(particles.file().sweep(), particles.particles(),
                particles.weights());
    }

    private static XYPlot pair(Particles particles, SweepLabels labels, int across, int up, int shown) {
        XYSeries dots = new XYSeries("particles", false, true);
        for (double[] particle : particles.particles()) {
            dots.add(particle[across], particle[up]);
        }
        return RegionChart.scatter(particles.file().sweep(), labels, across, up, shown,
                List.of(new RegionChart.Dots(dots, RegionChart.ACCEPTED, RegionChart.DOT)));
    }

    /** The analysis and its source; then the last generation's tolerance and effective sample size. */
    private static List<String> subtitles(Particles particles, SweepLabels labels) {
        Texts texts = labels.texts();
        RegionFile file = particles.file();
        String source = texts.get("region.smc.source", file.sweep().name(), labels.scenarioTitle(),
                particles.generation() + 1);
        String each = texts.get("region.accept.meanPath", SweepChartParts.replications(file.sweep().replications(),
                texts));
        String last = texts.get("region.smc.generation", particles.generation(), particles.particles().length,
                particles.tolerance() == 0 ? "0" : String.format(Locale.ROOT, "%.4g", particles.tolerance()),
                String.format(Locale.ROOT, "%.1f", particles.effectiveSampleSize()), each);
        return List.of(source, last);
    }

    private static String facts(Particles particles, Texts texts) {
        return particles.file().factIds().stream().reduce((a, b) -> texts.get("region.factPair", a, b)).orElse("");
    }
}
