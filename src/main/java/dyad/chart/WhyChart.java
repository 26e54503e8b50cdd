package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.model.Contributions;
import dyad.model.rules.Rule;
import dyad.scenario.Language;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The run figure "why the index moves": one panel per agent, on one time axis, with each rule's term of the
 * agent's log-odds of cooperating as a stacked area (terms above zero stacked upwards, those below zero
 * downwards, in the order of the rules) and their sum, the log-odds, as a black line; the shaded phases and
 * the events as in the index figure. Every panel has the same scale, and a rule has the same colour in all.
 * The values are monthly means over the replications, drawn as they are, without smoothing.
 */
public final class WhyChart {

    public static final String FILE_NAME = "why";

    /** Pixels of the canvas's height that the event lane and the panels share, about. */
    private static final int PLOT_HEIGHT = 780;
    /** About the width of the time axis. */
    private static final int AXIS_WIDTH = 1700;
    private static final int MAX_LANE_HEIGHT = 200;
    private static final int GAP = 8;
    /** Pixels above the top panel's scale for the labels of the shaded phases. */
    private static final int HEADROOM = 36;
    /** Pixels between two ticks of a panel's axis, at least. */
    private static final int MIN_TICK_SPACING = 26;
    /**
     * Pixels of an agent's panel, at least, on average: a scenario with more agents than fit at this height gets
     * a taller figure rather than flatter panels.
     */
    private static final int MIN_PANEL_HEIGHT = 110;
    /** Room in log-odds between the highest or lowest stack and the end of its scale, at least. */
    private static final double MARGIN = 0.25;

    /**
     * The rules' colours by weight key, colour-blind safe: the Okabe–Ito palette, then greys for the terms that
     * change least (the standing disposition and grievance).
     */
    private static final Map<String, Color> COLOURS = Map.of(
            "baseline", new Color(0xD9, 0xD9, 0xD9),
            "shared_interest", new Color(0x00, 0x9E, 0x73),
            "reciprocity", new Color(0x00, 0x72, 0xB2),
            "threat", new Color(0xE6, 0x9F, 0x00),
            "grievance", new Color(0x8C, 0x8C, 0x8C),
            "aspiration", new Color(0xF0, 0xE4, 0x42),
            "containment", new Color(0x56, 0xB4, 0xE9),
            "ambition", new Color(0xD5, 0x5E, 0x00),
            "domestic_pressure", new Color(0xCC, 0x79, 0xA7));
    /** Colours of rules added to the standard ones, in turn. */
    private static final List<Color> MORE_COLOURS = List.of(new Color(0x55, 0x55, 0x55), new Color(0xA8, 0x6B, 0x3C),
            new Color(0x7B, 0x5E, 0xA7), new Color(0xB0, 0xB0, 0x70));

    private static final Stroke TOTAL_STROKE = ChartStyle.MEAN_STROKE;
    private static final Stroke HALO_STROKE = new BasicStroke(7.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Color TOTAL = Color.BLACK;
    private static final Color HALO = new Color(0xFF, 0xFF, 0xFF, 0xC0);

    private WhyChart() {
    }

    /** Writes why.png, why.svg and why.pdf into dir. */
    public static void write(Scenario scenario, Contributions contributions, int replications, Path dir,
                             Language language) throws IOException {
        write(scenario, contributions, replications, dir, FigureOutput.plain(language));
    }

    /** Writes the chart in one language's formats and names. */
    public static void write(Scenario scenario, Contributions contributions, int replications, Path dir,
                             FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(scenario, contributions, replications, output.language()), dir, FILE_NAME,
                IndexChart.WIDTH, height(scenario, output.language()), output);
    }

    /**
     * The figure's height in pixels: the index figure's, or more for a scenario with so many agents that their
     * panels would be shorter than {@link #MIN_PANEL_HEIGHT} in it.
     */
    public static int height(Scenario original, Language language) {
        Scenario scenario = original.in(language);
        return IndexChart.HEIGHT + extraHeight(scenario, laneHeight(new EventLane(scenario), scenario));
    }

    private static int extraHeight(Scenario scenario, int laneHeight) {
        boolean shaded = scenario.periodisations().stream().anyMatch(Periodisation::shaded);
        int needed = (laneHeight > 0 ? laneHeight + GAP : 0) + (shaded ? HEADROOM : 0)
                + scenario.agents().size() * (PanelTitle.height() + 2 * GAP + MIN_PANEL_HEIGHT);
        return Math.max(0, needed - PLOT_HEIGHT);
    }

    private static int laneHeight(EventLane events, Scenario scenario) {
        return events.isEmpty() ? 0 : Math.min(MAX_LANE_HEIGHT,
                events.height(AXIS_WIDTH, Months.start(scenario.start()), Months.end(scenario.end())));
    }

    /** The base name of the files of the figure for one issue area: why-&lt;area id&gt;. */
    public static String fileName(String areaId) {
        return FILE_NAME + "-" + areaId;
    }

    /**
     * Writes the figure for one declared issue area, why-&lt;area&gt;.png, .svg and .pdf, into dir.
     *
     * @param contributions the terms of the agents' log-odds of a choice in that area
     */
    public static void writeArea(Scenario scenario, String areaId, Contributions contributions, int replications,
                                 Path dir, FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(scenario, areaId, contributions, replications, output.language()), dir,
                fileName(areaId), IndexChart.WIDTH, height(scenario, output.language()), output);
    }

    /** The figure as a chart, with the scenario's texts and the fixed ones in a language. */
    public static JFreeChart create(Scenario original, Contributions contributions, int replications,
                                    Language language) {
        return create(original, null, contributions, replications, language);
    }

    /**
     * The figure of one declared issue area as a chart, or of the whole agenda if {@code areaId} is null.
     *
     * @param contributions the terms of the agents' log-odds of a choice in that area, or on the whole agenda
     */
    public static JFreeChart create(Scenario original, String areaId, Contributions contributions, int replications,
                                    Language language) {
        Scenario scenario = original.in(language);
        Texts texts = Texts.of(language);
        String title = areaId == null ? texts.get("why.title", scenario.title().text())
                : texts.get("why.areaTitle", scenario.title().text(), scenario.areas().stream()
                        .filter(area -> area.id().equals(areaId)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no area " + areaId + " in " + scenario.name()))
                        .label().text());
        int agents = scenario.agents().size();
        if (contributions.terms().length != agents || contributions.logOdds()[0].length != scenario.months()) {
            throw new IllegalArgumentException("contributions for " + contributions.terms().length + " agents and "
                    + contributions.logOdds()[0].length + " months, scenario " + scenario.name() + " has "
                    + agents + " and " + scenario.months());
        }
        EventLane events = new EventLane(scenario);
        DateAxis time = SweepChartParts.timeAxis(scenario.start(), scenario.end(), texts);
        // the years say it: the panels get the label's height
        time.setLabel(null);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(GAP);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        int laneHeight = laneHeight(events, scenario);
        if (laneHeight > 0) {
            plot.add(events.plot(), laneHeight);
        }
        Optional<Periodisation> shaded = scenario.periodisations().stream().filter(Periodisation::shaded).findFirst();
        int headroom = shaded.isPresent() ? HEADROOM : 0;
        int titleHeight = PanelTitle.height();
        int panelsHeight = PLOT_HEIGHT + extraHeight(scenario, laneHeight) - (laneHeight > 0 ? laneHeight + GAP : 0)
                - agents * (titleHeight + 2 * GAP);
        double[][] scales = new double[agents][];
        double units = 0;
        for (int a = 0; a < agents; a++) {
            scales[a] = scale(contributions, a);
            units += scales[a][1] - scales[a][0];
        }
        // one scale for all panels: a unit of log-odds is as tall in each
        double pixelsPerUnit = (panelsHeight - headroom) / units;
        for (int a = 0; a < agents; a++) {
            plot.add(PanelTitle.strip(scenario.agents().get(a).name().text(), ChartStyle.TEXT), titleHeight);
            double top = scales[a][1] + (a == 0 ? headroom / pixelsPerUnit : 0);
            XYPlot panel = panel(scenario, contributions, a, scales[a][0], top, pixelsPerUnit, texts);
            if (shaded.isPresent()) {
                if (a == 0) {
                    PhaseShading.add(shaded.get(), panel, panel.getRenderer(), scales[a][1]);
                } else {
                    PhaseShading.addBands(shaded.get(), panel);
                }
            }
            events.addLines(panel);
            // a panel whose scale is tiny beside another's still gets a pixel, which JFreeChart requires
            plot.add(panel, Math.max(1, (int) Math.round((top - scales[a][0]) * pixelsPerUnit)));
        }
        plot.setFixedLegendItems(legend(contributions, events, texts));

        JFreeChart chart = SweepChartParts.chart(plot, title, List.of(texts.get("why.subtitle", replications)));
        chart.addSubtitle(SweepChartParts.sideLabel(texts.get("why.axis")));
        chart.addLegend(IndexLegend.title(plot));
        return chart;
    }

    /** A rule's name in the language of the texts: its {@code rule.<key>.name} text, else the rule's own English name. */
    public static String ruleName(Rule rule, Texts texts) {
        String key = "rule." + rule.key() + ".name";
        return texts.has(key) ? texts.get(key) : rule.name();
    }

    /** The colour of the rule at this position of the rules. */
    static Color colour(List<Rule> rules, int position) {
        Color standard = COLOURS.get(rules.get(position).key());
        if (standard != null) {
            return standard;
        }
        int added = 0;
        for (int r = 0; r < position; r++) {
            added += COLOURS.containsKey(rules.get(r).key()) ? 0 : 1;
        }
        return MORE_COLOURS.get(added % MORE_COLOURS.size());
    }

    /** Whether the rule's term is 0 in every month of the agent (its weight is 0, or nothing feeds it). */
    private static boolean silent(Contributions contributions, int agent, int rule) {
        for (double[] month : contributions.terms()[agent]) {
            if (month[rule] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lowest and highest value of an agent's panel: the bottom of its lowest stack below zero, the top of its
     * highest above zero and its log-odds, widened to whole numbers with a margin.
     */
    private static double[] scale(Contributions contributions, int agent) {
        double low = 0;
        double high = 0;
        for (int m = 0; m < contributions.logOdds()[agent].length; m++) {
            double below = 0;
            double above = 0;
            for (double term : contributions.terms()[agent][m]) {
                below += Math.min(0, term);
                above += Math.max(0, term);
            }
            low = Math.min(low, Math.min(below, contributions.logOdds()[agent][m]));
            high = Math.max(high, Math.max(above, contributions.logOdds()[agent][m]));
        }
        return new double[] {Math.floor(low - MARGIN), Math.ceil(high + MARGIN)};
    }

    private static XYPlot panel(Scenario scenario, Contributions contributions, int agent, double low, double high,
                                double pixelsPerUnit, Texts texts) {
        List<Rule> rules = contributions.rules();
        int months = scenario.months();
        double[] x = new double[months];
        for (int m = 0; m < months; m++) {
            x[m] = Months.middle(scenario.month(m));
        }
        YIntervalSeriesCollection stacks = new YIntervalSeriesCollection();
        DeviationRenderer stackRenderer = new DeviationRenderer(false, false);
        stackRenderer.setAlpha(1f);
        List<StackLabels.Area> areas = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (silent(contributions, agent, r)) {
                continue;
            }
            YIntervalSeries above = new YIntervalSeries(rules.get(r).key() + "+", false, false);
            YIntervalSeries below = new YIntervalSeries(rules.get(r).key() + "-", false, false);
            for (int m = 0; m < months; m++) {
                double[] terms = contributions.terms()[agent][m];
                double aboveBefore = 0;
                double belowBefore = 0;
                for (int earlier = 0; earlier < r; earlier++) {
                    aboveBefore += Math.max(0, terms[earlier]);
                    belowBefore += Math.min(0, terms[earlier]);
                }
                above.add(x[m], aboveBefore, aboveBefore, aboveBefore + Math.max(0, terms[r]));
                below.add(x[m], belowBefore, belowBefore + Math.min(0, terms[r]), belowBefore);
            }
            for (YIntervalSeries series : List.of(above, below)) {
                int index = stacks.getSeriesCount();
                stacks.addSeries(series);
                stackRenderer.setSeriesFillPaint(index, colour(rules, r));
                stackRenderer.setSeriesPaint(index, colour(rules, r));
                double[] lower = new double[months];
                double[] upper = new double[months];
                for (int m = 0; m < months; m++) {
                    lower[m] = series.getYLowValue(m);
                    upper[m] = series.getYHighValue(m);
                }
                areas.add(new StackLabels.Area(ruleName(rules.get(r), texts), colour(rules, r), lower, upper));
            }
        }
        XYSeriesCollection total = new XYSeriesCollection();
        XYSeries halo = new XYSeries("halo", false, false);
        XYSeries sum = new XYSeries("log-odds", false, false);
        for (int m = 0; m < months; m++) {
            halo.add(x[m], contributions.logOdds()[agent][m]);
            sum.add(x[m], contributions.logOdds()[agent][m]);
        }
        total.addSeries(halo);
        total.addSeries(sum);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, HALO);
        lineRenderer.setSeriesStroke(0, HALO_STROKE);
        lineRenderer.setSeriesPaint(1, TOTAL);
        lineRenderer.setSeriesStroke(1, TOTAL_STROKE);

        double step = tickStep(pixelsPerUnit);
        XYPlot panel = new XYPlot(total, null, axis(low, high, step), lineRenderer);
        panel.setDataset(1, stacks);
        panel.setRenderer(1, stackRenderer);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        panel.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        IndexPlot.style(panel);
        for (double y = Math.ceil(low / step) * step; y <= high; y += step) {
            if (y != 0) {
                panel.addRangeMarker(new ValueMarker(y, ChartStyle.GRID, ChartStyle.GRID_STROKE), Layer.BACKGROUND);
            }
        }
        panel.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.FOREGROUND);
        panel.addAnnotation(new StackLabels(x, areas, contributions.logOdds()[agent]), false);
        return panel;
    }

    /**
     * Log-odds between two ticks of a panel: 1, 2, 5, 10, 20, 50... the first at least {@link #MIN_TICK_SPACING}
     * pixels apart, so that a panel of huge terms (a containment weight times a strength of a million) gets a few
     * ticks, not millions of grid lines.
     */
    static double tickStep(double pixelsPerUnit) {
        double step = 1;
        while (pixelsPerUnit * step < MIN_TICK_SPACING) {
            step *= String.valueOf((long) step).charAt(0) == '2' ? 2.5 : 2;
        }
        return step;
    }

    /** A panel's axis, unlabelled (the figure has one label at its left), with a tick every {@code step}. */
    private static NumberAxis axis(double low, double high, double step) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(low, high);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("0", symbols);
        format.setPositivePrefix("+");
        axis.setTickUnit(new NumberTickUnit(step, format));
        SweepChartParts.style(axis);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(ChartStyle.GRID);
        return axis;
    }

    /** The rules that push either agent in some month, in their order, then the sum and the kinds of event. */
    private static LegendItemCollection legend(Contributions contributions, EventLane events, Texts texts) {
        LegendItemCollection items = new LegendItemCollection();
        List<Rule> rules = contributions.rules();
        for (int r = 0; r < rules.size(); r++) {
            boolean shown = false;
            for (int a = 0; a < contributions.terms().length; a++) {
                shown |= !silent(contributions, a, r);
            }
            if (shown) {
                items.add(IndexLegend.box(ruleName(rules.get(r), texts), colour(rules, r)));
            }
        }
        items.add(IndexLegend.line(texts.get("why.total"), TOTAL_STROKE, TOTAL));
        IndexLegend.addEventKinds(items, events, texts);
        return items;
    }
}
