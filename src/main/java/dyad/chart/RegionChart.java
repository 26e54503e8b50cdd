package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.analysis.region.Region;
import dyad.analysis.region.RegionFile;
import dyad.analysis.region.Rejection;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a region analysis, 1920×1080: {@code marginals}, one histogram per parameter of the accepted
 * draws over the parameter's prior range, from the most to the least constrained, with the prior's even level
 * and the base scenario's value marked; and {@code pairs}, the accepted draws over the rejected ones for every
 * pair of the most constrained parameters, the base scenario marked.
 */
public final class RegionChart {

    public static final String MARGINALS = "marginals";
    public static final String PAIRS = "pairs";
    /**
     * The most parameters the pairs chart shows: 3 give 3 pairs side by side, tall enough for their axis labels
     * (4 would give 6 panels whose labels outgrow them).
     */
    static final int PAIRED = 3;

    /** Okabe–Ito blue for the accepted draws; light grey for the rejected. */
    static final Color ACCEPTED = new Color(0x00, 0x72, 0xB2);
    private static final Color REJECTED = new Color(0xCC, 0xCC, 0xCC);
    static final Color PRIOR = new Color(0x77, 0x77, 0x77);
    private static final Color NONE = new Color(0xB0, 0x30, 0x30);
    static final Stroke PRIOR_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {10f, 6f}, 0f);
    private static final Shape SMALL_DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    static final Shape CROSS = cross(13, 3.5);
    static final double GAP = 36;
    static final int Y_TICKS = 6;
    static final int MAX_TICKS_ACROSS = 24;
    static final int MIN_TICKS = 4;
    private static final int MIN_BINS = 5;
    private static final int MAX_BINS = 20;

    private RegionChart() {
    }

    /** Writes the marginals chart and, for two parameters or more, the pairs chart into {@code dir}. */
    public static void writeAll(Region region, Scenario scenario, Path dir, FigureOutput output) throws IOException {
        SweepLabels labels = SweepLabels.of(region.file().sweep(), scenario, output.language());
        ChartFiles.writeAll(marginals(region, labels), dir, MARGINALS, IndexChart.WIDTH, IndexChart.HEIGHT, output);
        if (region.file().sweep().parameters().size() > 1) {
            ChartFiles.writeAll(pairs(region, labels), dir, PAIRS, IndexChart.WIDTH, IndexChart.HEIGHT, output);
        }
    }

    /**
     * Draws the charts of a finished region analysis again into {@code staging}, from its folder's
     * {@code region.yaml}, {@code scenario.yaml} and {@code points.csv}, in each language's formats and names.
     */
    public static void redraw(Path dir, Path staging, dyad.batch.Figures figures) throws IOException {
        RegionFile file = RegionFile.load(dir.resolve(RegionFile.FILE));
        if (file.sequential()) {
            SmcRegionChart.redraw(file, dir, staging, figures);
            return;
        }
        Region region = Region.estimate(file, dir);
        Scenario scenario = dyad.scenario.ScenarioLoader.template(file.sweep().scenarioFile()).bind(java.util.Map.of());
        for (FigureOutput output : figures.outputs()) {
            writeAll(region, scenario, staging, output);
        }
    }

    /** Bins for n accepted draws: Sturges's rule, kept within 5 to 20. */
    static int bins(int accepted) {
        int sturges = (int) Math.ceil(Math.log(Math.max(1, accepted)) / Math.log(2)) + 1;
        return Math.max(MIN_BINS, Math.min(MAX_BINS, sturges));
    }

    static JFreeChart marginals(Region region, SweepLabels labels) {
        Texts texts = labels.texts();
        SweepSpec sweep = region.file().sweep();
        Rejection.Result result = region.result();
        int accepted = result.accepted().size();
        int bins = bins(accepted);
        List<Integer> order = result.byConstraint();
        double[][] shares = new double[order.size()][];
        double highest = 1.0 / bins;
        for (int j = 0; j < order.size(); j++) {
            SweepParameter parameter = sweep.parameters().get(j);
            int[] counts = Rejection.histogram(acceptedValues(region, j), parameter.min(), parameter.max(), bins);
            shares[j] = new double[bins];
            for (int b = 0; b < bins; b++) {
                shares[j][b] = accepted == 0 ? 0 : (double) counts[b] / accepted;
                highest = Math.max(highest, shares[j][b]);
            }
        }
        int columns = PanelGridPlot.columnsFor(order.size());
        int xTicks = Math.max(MIN_TICKS, MAX_TICKS_ACROSS / columns);
        List<XYPlot> panels = new ArrayList<>();
        List<WrappingLabelAxis> labelled = new ArrayList<>();
        boolean marked = false;
        for (int j : order) {
            SweepParameter parameter = sweep.parameters().get(j);
            panels.add(histogram(parameter, shares[j], labels.parameter(j), highest, xTicks, labelled));
            marked |= baseInRange(parameter);
        }
        WrappingLabelAxis.align(labelled);
        // room on the right for the last column's label, which may reach half a gap beyond its panel
        PanelGridPlot grid = new PanelGridPlot(panels, columns, GAP * 1.5, GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4 + GAP * 1.5 / 2));
        JFreeChart chart = SweepChartParts.chart(grid, texts.get("region.title.marginals", facts(region, texts)),
                subtitles(region, labels));
        chart.addSubtitle(SweepChartParts.sideLabel(texts.get("region.axis.share", bins)));
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.box(texts.get("region.legend.accepted", accepted), ACCEPTED));
        items.add(SweepLegend.line(texts.get("region.legend.prior"), PRIOR_STROKE, PRIOR));
        if (marked) {
            items.add(SweepLegend.line(texts.get("sweep.legend.basePanels"), SweepStyle.BASE_STROKE, SweepStyle.BASE));
        }
        chart.addLegend(SweepLegend.title(items));
        addNotes(chart, region, texts, accepted > 0 && order.size() > 1 ? texts.get("region.order") : null);
        addOutside(chart, region, labels, order);
        return chart;
    }

    /**
     * One parameter's panel of the marginals: the share of the draws (or of the weight) in each bin of its prior
     * range as bars, the prior's even share as a line, and the base scenario's value where it lies in the range.
     *
     * @param labelled the panels' axes so far, which this one's joins, to be aligned
     */
    static XYPlot histogram(SweepParameter parameter, double[] shares, String label, double highest, int xTicks,
                            List<WrappingLabelAxis> labelled) {
        int bins = shares.length;
        XYIntervalSeries bars = new XYIntervalSeries(parameter.path());
        double width = (parameter.max() - parameter.min()) / bins;
        for (int b = 0; b < bins; b++) {
            double from = parameter.min() + b * width;
            bars.add(from + width / 2, from, from + width, shares[b], 0, shares[b]);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(java.awt.Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setUseYInterval(true);
        renderer.setSeriesPaint(0, ACCEPTED);

        WrappingLabelAxis x = WrappingLabelAxis.of(label, SweepStyle.PANEL_AXIS_LABEL);
        x.setOverhang(GAP * 1.5 / 2);
        labelled.add(x);
        SweepChartParts.show(x, parameter.min(), parameter.max(), xTicks);
        NumberAxis y = SweepChartParts.numberAxis(null);
        SweepChartParts.show(y, 0, highest, Y_TICKS);
        y.setRange(0, highest * 1.08);
        XYPlot panel = SweepChartParts.plot(x, y);
        panel.setDataset(dataset);
        panel.setRenderer(renderer);
        SweepChartParts.addGridlines(panel);
        // over the bars, which would hide it
        panel.addRangeMarker(new ValueMarker(1.0 / bins, PRIOR, PRIOR_STROKE), Layer.FOREGROUND);
        if (baseInRange(parameter)) {
            panel.addDomainMarker(new ValueMarker(parameter.base(), SweepStyle.BASE, SweepStyle.BASE_STROKE),
                    Layer.FOREGROUND);
        }
        return panel;
    }

    /** Whether the base scenario's value of the parameter lies in its prior range, where a panel marks it. */
    static boolean baseInRange(SweepParameter parameter) {
        return parameter.base() >= parameter.min() && parameter.base() <= parameter.max();
    }

    static JFreeChart pairs(Region region, SweepLabels labels) {
        Texts texts = labels.texts();
        SweepSpec sweep = region.file().sweep();
        List<Integer> shown = region.result().byConstraint().subList(0, Math.min(PAIRED, sweep.parameters().size()));
        List<XYPlot> panels = new ArrayList<>();
        for (int a = 0; a < shown.size(); a++) {
            for (int b = a + 1; b < shown.size(); b++) {
                XYPlot panel = pair(region, labels, shown.get(a), shown.get(b), shown.size());
                ((WrappingLabelAxis) panel.getDomainAxis()).setOverhang(GAP);
                panels.add(panel);
            }
        }
        WrappingLabelAxis.align(panels.stream().map(panel -> (WrappingLabelAxis) panel.getDomainAxis()).toList());
        PanelGridPlot grid = new PanelGridPlot(panels, panels.size(), GAP * 2, GAP);
        grid.setInsets(new RectangleInsets(4, 4, 4, 4 + GAP));
        JFreeChart chart = SweepChartParts.chart(grid, texts.get("region.title.pairs"),
                subtitles(region, labels));
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(texts.get("region.legend.accepted", region.result().accepted().size()), null, null,
                null, SweepStyle.DOT, ACCEPTED));
        items.add(new LegendItem(texts.get("region.legend.rejected", region.draws().length
                - region.result().accepted().size()), null, null, null, SweepStyle.DOT, REJECTED));
        items.add(new LegendItem(texts.get("region.legend.base"), null, null, null, CROSS, SweepStyle.BASE));
        chart.addLegend(SweepLegend.title(items));
        // which parameters, when some are left out and the accepted draws rank them
        boolean some = shown.size() < sweep.parameters().size() && !region.result().accepted().isEmpty();
        addNotes(chart, region, texts, some ? texts.get("region.pairs.which", shown.size()) : null);
        addOutside(chart, region, labels, shown);
        return chart;
    }

    private static XYPlot pair(Region region, SweepLabels labels, int across, int up, int parameters) {
        XYSeries accepted = new XYSeries("accepted", false, true);
        XYSeries rejected = new XYSeries("rejected", false, true);
        boolean[] isAccepted = new boolean[region.draws().length];
        region.result().accepted().forEach(row -> isAccepted[row] = true);
        for (int row = 0; row < region.draws().length; row++) {
            double[] draw = region.draws()[row];
            (isAccepted[row] ? accepted : rejected).add(draw[across], draw[up]);
        }
        return scatter(region.file().sweep(), labels, across, up, parameters,
                List.of(new Dots(accepted, ACCEPTED, DOT), new Dots(rejected, REJECTED, SMALL_DOT)));
    }

    /** A layer of a scatter panel: its points, drawn in one colour and shape. */
    record Dots(XYSeries points, Color colour, Shape shape) {
    }

    /**
     * A panel of two parameters over their prior ranges: the base scenario's values as a cross on top, then the
     * layers, each drawn over the ones after it.
     *
     * @param shown how many parameters the panels pair, which sets the ticks
     */
    static XYPlot scatter(SweepSpec sweep, SweepLabels labels, int across, int up, int shown, List<Dots> layers) {
        SweepParameter x = sweep.parameters().get(across);
        SweepParameter y = sweep.parameters().get(up);
        XYSeries base = new XYSeries("base", false, true);
        if (!Double.isNaN(x.base()) && !Double.isNaN(y.base())) {
            base.add(x.base(), y.base());
        }
        XYPlot plot = SweepChartParts.plot(axis(labels, across, x, shown), axis(labels, up, y, shown));
        // drawn in reverse order of index: the last layer first, the base on top
        plot.setDataset(0, new XYSeriesCollection(base));
        plot.setRenderer(0, dots(SweepStyle.BASE, CROSS));
        for (int i = 0; i < layers.size(); i++) {
            plot.setDataset(i + 1, new XYSeriesCollection(layers.get(i).points()));
            plot.setRenderer(i + 1, dots(layers.get(i).colour(), layers.get(i).shape()));
        }
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return plot;
    }

    private static NumberAxis axis(SweepLabels labels, int j, SweepParameter parameter, int parameters) {
        NumberAxis axis = WrappingLabelAxis.of(labels.parameter(j), SweepStyle.PANEL_AXIS_LABEL);
        SweepChartParts.show(axis, parameter.min(), parameter.max(), parameters > 3 ? MIN_TICKS + 1 : Y_TICKS);
        return axis;
    }

    private static XYLineAndShapeRenderer dots(Color colour, Shape shape) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesShape(0, shape);
        return renderer;
    }

    /** The analysis and its source; then how many draws satisfy all the facts. */
    private static List<String> subtitles(Region region, SweepLabels labels) {
        Texts texts = labels.texts();
        RegionFile file = region.file();
        Rejection.Share all = region.result().all();
        String each = file.accept().onMeanPath()
                ? texts.get("region.accept.meanPath", SweepChartParts.replications(file.sweep().replications(), texts))
                : texts.get("region.accept.share", percent(file.accept().share()),
                        SweepChartParts.replications(file.sweep().replications(), texts));
        String source = texts.get("region.source", file.sweep().name(), labels.scenarioTitle());
        String share = texts.get("region.share", all.passed(), all.draws(), percent(all.share()), percent(all.low()),
                percent(all.high()), each);
        return List.of(source, share);
    }

    /**
     * Under the plot, each fact's share alone and what the panels show ({@code what}, if not null); over it, a
     * warning if nothing was accepted.
     */
    private static void addNotes(JFreeChart chart, Region region, Texts texts, String what) {
        Rejection.Result result = region.result();
        List<String> alone = new ArrayList<>();
        int weakest = 0;
        for (int f = 0; f < result.alone().size(); f++) {
            alone.add(texts.get("region.alone.item", region.file().facts().get(f).id(),
                    percent(result.alone().get(f).share())));
            weakest = result.alone().get(f).share() < result.alone().get(weakest).share() ? f : weakest;
        }
        String shares = texts.get("region.alone", String.join(texts.get("sweep.pair", "", ""), alone));
        chart.addSubtitle(BottomNote.of(what == null ? shares : texts.get("region.notes", shares, what),
                ChartStyle.SECONDARY_TEXT, new RectangleInsets(8, 0, 0, 0)));
        if (result.accepted().isEmpty()) {
            TextTitle none = BottomNote.of(texts.get("region.none", result.all().draws(),
                    region.file().facts().get(weakest).id()), NONE, new RectangleInsets(4, 0, 8, 0));
            none.setPosition(RectangleEdge.TOP);
            none.setFont(ChartStyle.AXIS_LABEL);
            chart.addSubtitle(none);
        }
    }

    /** A note naming the parameters shown whose base value lies outside the range shown, and so is not marked. */
    private static void addOutside(JFreeChart chart, Region region, SweepLabels labels, List<Integer> shown) {
        Texts texts = labels.texts();
        List<String> outside = new ArrayList<>();
        for (int j : shown) {
            SweepParameter parameter = region.file().sweep().parameters().get(j);
            if (!Double.isNaN(parameter.base()) && !(parameter.base() >= parameter.min()
                    && parameter.base() <= parameter.max())) {
                outside.add(texts.get("region.outside.item", labels.parameter(j),
                        Decimals.format(parameter.base(), Math.min(4, Decimals.of(parameter.base())))));
            }
        }
        if (!outside.isEmpty()) {
            chart.addSubtitle(BottomNote.of(texts.get("region.outside", String.join(texts.get("sweep.pair", "", ""),
                    outside)), ChartStyle.SECONDARY_TEXT, new RectangleInsets(4, 0, 0, 0)));
        }
    }

    /** The facts' ids as a list in the language: "SF1, SF2, SF3" or "SF1、SF2、SF3". */
    private static String facts(Region region, Texts texts) {
        return region.file().factIds().stream().reduce((a, b) -> texts.get("region.factPair", a, b)).orElse("");
    }

    private static double[] acceptedValues(Region region, int parameter) {
        return region.result().accepted().stream().mapToDouble(row -> region.draws()[row][parameter]).toArray();
    }

    /** A share as a percentage: one decimal, two below 1 %. */
    static String percent(double share) {
        double value = 100 * share;
        return String.format(Locale.ROOT, value < 1 && value > 0 ? "%.2f %%" : "%.1f %%", value);
    }

    private static Shape cross(double size, double thickness) {
        Path2D.Double cross = new Path2D.Double();
        double t = thickness / 2;
        cross.moveTo(-t, -size);
        cross.lineTo(t, -size);
        cross.lineTo(t, -t);
        cross.lineTo(size, -t);
        cross.lineTo(size, t);
        cross.lineTo(t, t);
        cross.lineTo(t, size);
        cross.lineTo(-t, size);
        cross.lineTo(-t, t);
        cross.lineTo(-size, t);
        cross.lineTo(-size, -t);
        cross.lineTo(-t, -t);
        cross.closePath();
        return cross;
    }
}
