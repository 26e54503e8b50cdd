package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.batch.SweepSpec;
import dyad.batch.design.MorrisDesign;
import dyad.batch.design.SaltelliDesign;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * One output's sensitivity indices as horizontal bars, a pair per parameter: Sobol's first-order and total index
 * with their 95 % bootstrap intervals, sorted by the total index, or Morris's μ* and σ, sorted by μ*. The
 * parameters are named in words, as in the sweep charts. 1920×1080.
 */
public final class SensitivityChart {

    /** The charts' files: {@code sensitivity-<output>.png}, {@code .svg}, {@code .pdf}. */
    public static final String PREFIX = "sensitivity-";

    /** Okabe–Ito orange and blue. */
    private static final Color FIRST = new Color(0xE6, 0x9F, 0x00);
    private static final Color SECOND = new Color(0x00, 0x72, 0xB2);
    private static final Color WHISKER = new Color(0x22, 0x22, 0x22);
    private static final Stroke WHISKER_STROKE = new BasicStroke(2.5f);
    private static final double BAR = 0.36;
    private static final int TICKS = 10;
    /** Below this share of μ*, |μ| says the effects go both ways. */
    private static final double MIXED = 0.5;
    /** Room for the direction beside the longest Morris bar, as a share of the axis. */
    private static final double SIGN_ROOM = 0.03;
    private static final java.awt.Font SIGN_FONT = ChartFonts.font(java.awt.Font.BOLD, 24);
    /** The widest line of a parameter's name beside its bars: a long name wraps rather than narrow the plot. */
    static final double NAME_WIDTH = 480;

    private SensitivityChart() {
    }

    /** Writes one chart per output of the analysis into {@code dir}, except for outputs that do not vary. */
    public static void writeAll(SensitivityFile file, Scenario scenario, List<Sensitivity.Estimate> estimates,
                                Path dir, FigureOutput figures) throws IOException {
        for (String output : file.outputs()) {
            if (Sensitivity.constant(estimates, output)) {
                continue;
            }
            ChartFiles.writeAll(create(file, scenario, estimates, output, figures.language()), dir, PREFIX + output,
                    IndexChart.WIDTH, IndexChart.HEIGHT, figures);
        }
    }

    /**
     * Draws the charts of a finished sensitivity analysis again into {@code staging}, from its folder's
     * {@code sensitivity.yaml}, {@code scenario.yaml} and {@code points.csv}, in each language's formats and names.
     */
    public static void redraw(Path dir, Path staging, dyad.batch.Figures figures) throws IOException {
        SensitivityFile file = SensitivityFile.load(dir.resolve(SensitivityFile.FILE));
        Scenario scenario = dyad.scenario.ScenarioLoader.template(file.sweep().scenarioFile()).bind(java.util.Map.of());
        List<Sensitivity.Estimate> estimates = Sensitivity.estimate(file, dir);
        for (FigureOutput output : figures.outputs()) {
            writeAll(file, scenario, estimates, staging, output);
        }
    }

    public static JFreeChart create(SensitivityFile file, Scenario scenario, List<Sensitivity.Estimate> estimates,
                                    String output, Language language) {
        SweepSpec sweep = file.sweep();
        SweepLabels labels = SweepLabels.of(sweep, scenario, language);
        Texts texts = labels.texts();
        boolean sobol = file.method() == SensitivityFile.Method.SOBOL;
        String firstIndex = sobol ? Sensitivity.FIRST : Sensitivity.MU_STAR;
        String secondIndex = sobol ? Sensitivity.TOTAL : Sensitivity.SIGMA;
        String sortedBy = sobol ? Sensitivity.TOTAL : Sensitivity.MU_STAR;
        List<String> paths = sweep.parameterPaths();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -find(estimates, output, paths.get(i), sortedBy)
                .estimate()).thenComparing(i -> i));

        XYIntervalSeries first = new XYIntervalSeries(firstIndex);
        XYIntervalSeries second = new XYIntervalSeries(secondIndex);
        XYIntervalSeries firstWhiskers = new XYIntervalSeries(firstIndex + " interval");
        XYIntervalSeries secondWhiskers = new XYIntervalSeries(secondIndex + " interval");
        String[] names = new String[paths.size()];
        List<XYTextAnnotation> signs = new ArrayList<>();
        double low = 0;
        double high = sobol ? 1 : 0;
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            names[rank] = labels.parameter(i);
            Sensitivity.Estimate a = find(estimates, output, paths.get(i), firstIndex);
            Sensitivity.Estimate b = find(estimates, output, paths.get(i), secondIndex);
            double y1 = rank - BAR / 2;
            double y2 = rank + BAR / 2;
            first.add(y1, y1 - BAR / 2, y1 + BAR / 2, a.estimate(), 0, a.estimate());
            second.add(y2, y2 - BAR / 2, y2 + BAR / 2, b.estimate(), 0, b.estimate());
            if (!sobol && !isFileChoice(sweep.parameters().get(i))) {
                signs.add(sign(eventFirst(sweep.parameters().get(i), find(estimates, output, paths.get(i),
                        Sensitivity.MU).estimate()), a.estimate(), y1));
            }
            if (sobol) {
                firstWhiskers.add(y1, y1, y1, a.estimate(), a.low(), a.high());
                secondWhiskers.add(y2, y2, y2, b.estimate(), b.low(), b.high());
            }
            for (double value : new double[] {a.estimate(), b.estimate(), a.low(), a.high(), b.low(), b.high()}) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(first);
        bars.addSeries(second);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setUseYInterval(true);
        barRenderer.setSeriesPaint(0, FIRST);
        barRenderer.setSeriesPaint(1, SECOND);

        SymbolAxis parameters = new WrappingSymbolAxis(texts.get(sobol ? "sensitivity.sorted.sobol"
                : "sensitivity.sorted.morris"), names, NAME_WIDTH);
        SweepChartParts.style(parameters);
        parameters.setGridBandsVisible(false);
        parameters.setInverted(true);
        parameters.setRange(-0.6, names.length - 0.4);
        NumberAxis values = SweepChartParts.numberAxis(texts.get(sobol ? "sensitivity.axis.sobol"
                : "sensitivity.axis.morris"));
        double top = high > low ? high : low + 1;
        // room right of the longest bar for its direction
        SweepChartParts.show(values, low, sobol ? top : top + SIGN_ROOM * (top - low), TICKS);

        XYPlot plot = SweepChartParts.plot(parameters, values);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (sobol) {
            XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
            whiskers.addSeries(firstWhiskers);
            whiskers.addSeries(secondWhiskers);
            XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
            whiskerRenderer.setDrawXError(false);
            whiskerRenderer.setDrawYError(true);
            whiskerRenderer.setDefaultShapesVisible(false);
            whiskerRenderer.setDefaultLinesVisible(false);
            whiskerRenderer.setErrorPaint(WHISKER);
            whiskerRenderer.setErrorStroke(WHISKER_STROKE);
            whiskerRenderer.setCapLength(14);
            plot.setDataset(0, whiskers);
            plot.setRenderer(0, whiskerRenderer);
        }
        plot.setDataset(1, bars);
        plot.setRenderer(1, barRenderer);
        SweepChartParts.addGridlines(plot);
        signs.forEach(plot::addAnnotation);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));

        String subtitle = sobol
                ? texts.get("sensitivity.design.sobol", ((SaltelliDesign) sweep.design()).baseRows(), paths.size() + 2,
                        sweep.design().pointCount(sweep.parameters()), SweepChartParts.replications(
                                sweep.replications(), texts), file.bootstrap())
                : texts.get("sensitivity.design.morris", ((MorrisDesign) sweep.design()).trajectories(),
                        ((MorrisDesign) sweep.design()).levels(), sweep.design().pointCount(sweep.parameters()),
                        SweepChartParts.replications(sweep.replications(), texts));
        String source = texts.get("sensitivity.source", sweep.name(), labels.scenarioTitle());
        String method = sobol ? "sobol" : "morris";
        // a fact's name holds its title in quotes, which the question's own quotes would nest
        String title = labels.fact(output).map(fact -> texts.get("sensitivity.title.fact." + method, fact.id(),
                fact.title())).orElseGet(() -> texts.get("sensitivity.title." + method, labels.metric(output)));
        JFreeChart chart = SweepChartParts.chart(plot, title, List.of(source, subtitle));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(IndexLegend.box(texts.get(sobol ? "sensitivity.first" : "sensitivity.muStar"), FIRST));
        legend.add(IndexLegend.box(texts.get(sobol ? "sensitivity.total" : "sensitivity.sigma"), SECOND));
        if (sobol) {
            legend.add(SweepLegend.line(texts.get("sensitivity.interval"), WHISKER_STROKE, WHISKER));
        }
        chart.addLegend(SweepLegend.title(legend));
        if (!sobol) {
            chart.addSubtitle(BottomNote.of(texts.get("sensitivity.sign"), ChartStyle.SECONDARY_TEXT,
                    new RectangleInsets(8, 0, 0, 0)));
        }
        return chart;
    }

    /**
     * The direction of a Morris effect beside its μ* bar: "+" or "−" by the sign of the mean effect μ, or "±"
     * where effects of both signs bring |μ| below half of μ*.
     */
    static String direction(double mu, double muStar) {
        if (!(muStar > 0) || Math.abs(mu) < MIXED * muStar) {
            return "±";
        }
        return mu > 0 ? "+" : "−";
    }

    /**
     * A Morris effect with the direction a reader expects: for an event switched on and off, the change the event
     * makes (the output with it less without it), whichever order the file lists its levels in; else as estimated,
     * the change as the parameter rises.
     */
    static double eventFirst(dyad.batch.SweepParameter parameter, double mu) {
        if (!parameter.isChoice() || parameter.choice().event() == null) {
            return mu;
        }
        // the design steps from a level to the next, so a choice's effect is the later level less the earlier
        return parameter.choice().words().get(0).equals("on") ? -mu : mu;
    }

    /** A choice among scenario files, whose levels have no direction to mark. */
    private static boolean isFileChoice(dyad.batch.SweepParameter parameter) {
        return parameter.isChoice() && parameter.choice().event() == null;
    }

    private static XYTextAnnotation sign(double mu, double muStar, double rank) {
        XYTextAnnotation sign = new XYTextAnnotation("  " + direction(mu, muStar), rank, Math.max(0, muStar));
        sign.setFont(SIGN_FONT);
        sign.setPaint(ChartStyle.TEXT);
        sign.setTextAnchor(TextAnchor.CENTER_LEFT);
        return sign;
    }

    private static Sensitivity.Estimate find(List<Sensitivity.Estimate> estimates, String output, String parameter,
                                             String index) {
        return estimates.stream().filter(e -> e.output().equals(output) && e.parameter().equals(parameter)
                && e.index().equals(index)).findFirst().orElseThrow();
    }
}
