package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.model.RunSummary;
import dyad.scenario.IssueArea;
import dyad.scenario.Language;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The run figure "cooperation index by issue area", for a scenario that declares areas: small multiples, one
 * panel per area in the scenario's order, on one time axis and one scale (−1 to +1), each with the area's mean
 * index over a light line of the whole index; the phases shaded and the events marked as in the index figure.
 * The values are monthly means over the replications, as timeseries.csv has them. 1920×1080.
 */
public final class AreaChart {

    public static final String FILE_NAME = "areas";

    /** Pixels of the canvas's height that the event lane, the key and the panels share, about. */
    private static final int PLOT_HEIGHT = 800;
    /** About the width of the time axis. */
    private static final int AXIS_WIDTH = 1700;
    /** The highest lane of event labels; events that would need more are numbered, with a key under the plot. */
    private static final int MAX_LABEL_LANE_HEIGHT = 120;
    private static final int GAP = 5;
    /** Pixels above the top panel's scale for the labels of the shaded phases. */
    private static final int HEADROOM = 48;
    /** Pixels between two ticks of a panel's axis, at least. */
    private static final int MIN_TICK_SPACING = 34;
    private static final int SMALLEST_TICK_FONT = 12;
    /** Pixels of a unit of the index in the panels, at least. */
    private static final int MIN_PIXELS_PER_UNIT = 10;
    /** Pixels between the labels of two ticks, at least. */
    private static final int TICK_LABEL_GAP = 2;

    /**
     * The key of numbered events in four columns, larger than the index figure's: its panels have less to show
     * than that figure's one plot, and the key is read when the figure is shown small.
     */
    private static final Font KEY = ChartFonts.font(Font.PLAIN, 18);

    static final Color WHOLE = new Color(0xA6, 0xA6, 0xA6);
    static final Stroke WHOLE_STROKE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke AREA_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private AreaChart() {
    }

    /** Writes areas.png, areas.svg and areas.pdf into dir. */
    public static void write(Scenario scenario, double[] index, double[][] areaIndex, int replications, Path dir,
                             Language language) throws IOException {
        write(scenario, index, areaIndex, replications, dir, FigureOutput.plain(language));
    }

    /** Writes the chart in one language's formats and names. */
    public static void write(Scenario scenario, double[] index, double[][] areaIndex, int replications, Path dir,
                             FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(scenario, index, areaIndex, replications, output.language()), dir, FILE_NAME,
                IndexChart.WIDTH, IndexChart.HEIGHT, output);
    }

    /** The figure of a run whose issue areas' paths are known. */
    public static JFreeChart create(Scenario scenario, RunSummary run, Language language) {
        RunSummary.AreaPaths areas = run.areas().orElseThrow(
                () -> new IllegalArgumentException("the run's issue areas are not known"));
        return create(scenario, run.index(), areas.index(), run.replications(), language);
    }

    /**
     * The figure as a chart, with the scenario's texts and the fixed ones in a language.
     *
     * @param index     the whole index by month
     * @param areaIndex each declared area's index by month, in the scenario's order of areas
     */
    public static JFreeChart create(Scenario original, double[] index, double[][] areaIndex, int replications,
                                    Language language) {
        Scenario scenario = original.in(language);
        Texts texts = Texts.of(language);
        List<IssueArea> areas = scenario.areas();
        int months = scenario.months();
        if (areas.isEmpty() || areaIndex.length != areas.size() || index.length != months
                || java.util.Arrays.stream(areaIndex).anyMatch(path -> path.length != months)) {
            throw new IllegalArgumentException("index paths for " + areaIndex.length + " areas, scenario "
                    + scenario.name() + " declares " + areas.size() + " areas over " + months + " months");
        }
        EventLane events = new EventLane(scenario);
        DateAxis time = SweepChartParts.timeAxis(scenario.start(), scenario.end(), texts);
        // the years say it: the panels get the label's height
        time.setLabel(null);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(GAP);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        int laneHeight = 0;
        int keyHeight = 0;
        if (!events.isEmpty()) {
            long from = Months.start(scenario.start());
            long to = Months.end(scenario.end());
            if (events.numberIfCrowded(AXIS_WIDTH, from, to, MAX_LABEL_LANE_HEIGHT)) {
                keyHeight = events.keyHeight(events.keyColumns(), keyFont(events));
            }
            laneHeight = Math.min(MAX_LABEL_LANE_HEIGHT, events.height(AXIS_WIDTH, from, to));
            plot.add(events.plot(), laneHeight);
        }
        Optional<Periodisation> shaded = scenario.periodisations().stream().filter(Periodisation::shaded).findFirst();
        int headroom = shaded.isPresent() ? HEADROOM : 0;
        int titleHeight = PanelTitle.height();
        int panelsHeight = PLOT_HEIGHT - (laneHeight > 0 ? laneHeight + GAP : 0) - keyHeight
                - areas.size() * (titleHeight + 2 * GAP) - headroom;
        // one scale for all panels: a unit of the index is as tall in each; so many areas that they would not
        // fit get panels of a least height, and the plot shrinks everything alike to fit them
        double pixelsPerUnit = Math.max(MIN_PIXELS_PER_UNIT, panelsHeight / (2.0 * areas.size()));
        double tick = pixelsPerUnit / 2 >= MIN_TICK_SPACING ? 0.5 : 1;
        // in short panels the labels −1, 0 and +1 shrink so as not to touch, down to a smallest size
        Font tickFont = ChartStyle.TICK_LABEL;
        while (tickFont.getSize() > SMALLEST_TICK_FONT
                && new TextMetrics(tickFont).height() > pixelsPerUnit * tick - TICK_LABEL_GAP) {
            tickFont = tickFont.deriveFont(tickFont.getSize2D() - 1);
        }
        double[] x = new double[months];
        for (int m = 0; m < months; m++) {
            x[m] = Months.middle(scenario.month(m));
        }
        for (int k = 0; k < areas.size(); k++) {
            plot.add(PanelTitle.strip(areas.get(k).label().text(), ChartStyle.TEXT), titleHeight);
            double top = 1 + (k == 0 ? headroom / pixelsPerUnit : 0);
            XYPlot panel = panel(x, index, areaIndex[k], top, tick, tickFont, texts);
            if (shaded.isPresent()) {
                if (k == 0) {
                    PhaseShading.add(shaded.get(), panel, panel.getRenderer(), 1);
                } else {
                    PhaseShading.addBands(shaded.get(), panel);
                }
            }
            IndexPlot.addGrid(panel);
            events.addLines(panel);
            plot.add(panel, (int) Math.round((top + 1) * pixelsPerUnit));
        }
        plot.setFixedLegendItems(legend(events, texts));

        JFreeChart chart = SweepChartParts.chart(plot, texts.get("areas.title", scenario.title().text(), replications),
                List.of());
        chart.addSubtitle(SweepChartParts.sideLabel(texts.get("index.axis.oneLine")));
        // bottom subtitles stack upwards in the order added: the legend lowest, then the key
        chart.addLegend(IndexLegend.title(plot));
        if (events.numbered()) {
            chart.addSubtitle(events.key(events.keyColumns(), keyFont(events)));
        }
        return chart;
    }

    /** The key's font: larger than the index figure's, unless the events are so many that the key's columns narrow. */
    private static Font keyFont(EventLane events) {
        return events.keyColumns() <= EventLane.KEY_COLUMNS ? KEY : ChartStyle.KEY;
    }

    /** An area's panel: its index over the whole index, on the index's scale up to {@code top}. */
    private static XYPlot panel(double[] x, double[] whole, double[] area, double top, double tick, Font tickFont,
                                Texts texts) {
        XYSeries wholeSeries = new XYSeries(texts.get("areas.whole"), false, false);
        XYSeries areaSeries = new XYSeries(texts.get("areas.mean"), false, false);
        for (int m = 0; m < x.length; m++) {
            wholeSeries.add(x[m], whole[m]);
            areaSeries.add(x[m], area[m]);
        }
        // the plot draws a renderer's series last to first: the area's line goes over the whole index's
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(areaSeries);
        dataset.addSeries(wholeSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.MEAN);
        renderer.setSeriesStroke(0, AREA_STROKE);
        renderer.setSeriesPaint(1, WHOLE);
        renderer.setSeriesStroke(1, WHOLE_STROKE);
        NumberAxis axis = IndexPlot.axis(null, -1, top, tick, 1);
        axis.setTickLabelFont(tickFont);
        XYPlot panel = new XYPlot(dataset, null, axis, renderer);
        IndexPlot.style(panel);
        return panel;
    }

    /** The area's line, the whole index's and the kinds of event. */
    private static LegendItemCollection legend(EventLane events, Texts texts) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(IndexLegend.line(texts.get("areas.mean"), AREA_STROKE, ChartStyle.MEAN));
        items.add(IndexLegend.line(texts.get("areas.whole"), WHOLE_STROKE, WHOLE));
        IndexLegend.addEventKinds(items, events, texts);
        return items;
    }
}
