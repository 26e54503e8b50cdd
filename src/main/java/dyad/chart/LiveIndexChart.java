package dyad.chart;

import dyad.model.RunSummary;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The index chart of a live replication: the run chart of a scenario (phases shaded, events marked, in its
 * language) with a reference run's mean and 5–95 % band in grey (the "ghost"), and the live replication's
 * index drawn over it month by month; for a scenario with issue areas, each area's index of the live
 * replication as a thinner line of its own colour beside it.
 */
public final class LiveIndexChart {

    /** How strongly an event's line is drawn once the run has passed it, and while it is still ahead. */
    private static final float PASSED_ALPHA = 0.85f;
    private static final float AHEAD_ALPHA = 0.25f;

    static final Color GHOST = new Color(0x8C, 0x8C, 0x8C);
    static final Color GHOST_BAND = new Color(0xB4, 0xB4, 0xB4, 0x66);
    static final Color LIVE = ChartStyle.MEAN;
    static final Stroke LIVE_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke GHOST_STROKE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke AREA_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** How opaque the areas' lines are: where they cross, the lines under them still show. */
    private static final int AREA_ALPHA = 0xB0;
    /** A white edge around the whole index, which keeps it apart from the areas' lines it crosses. */
    static final Stroke HALO_STROKE = new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Color HALO = new Color(0xFF, 0xFF, 0xFF, 0xD0);

    static final Color SESSION_BAND = new Color(0x3A, 0x76, 0xB8, 0x40);
    static final Color SESSION_MEAN = new Color(0x3A, 0x76, 0xB8);

    private final Scenario scenario;
    private final JFreeChart chart;
    private final XYSeries live;
    /** The live index's lines: the line itself and its white edge, where areas' lines cross it. */
    private final List<XYSeries> liveLines;
    private final List<XYSeries> areas;
    private final YIntervalSeries band;
    private final Texts texts;
    private final LegendItemCollection legend;

    private LiveIndexChart(Scenario scenario, JFreeChart chart, List<XYSeries> liveLines, List<XYSeries> areas,
                           YIntervalSeries band, Texts texts, LegendItemCollection legend) {
        this.scenario = scenario;
        this.chart = chart;
        this.liveLines = liveLines;
        this.live = liveLines.get(0);
        this.areas = areas;
        this.band = band;
        this.texts = texts;
        this.legend = legend;
    }

    /**
     * @param scenario the live scenario: its phases and events are drawn
     * @param ghost    the reference run, of a scenario with the same period
     * @param title    the chart's title
     */
    public static LiveIndexChart create(Scenario scenario, RunSummary ghost, Language language, String title) {
        Texts texts = Texts.of(language);
        JFreeChart chart = IndexChart.create(scenario, ghost, language);
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getXYPlot();
        XYSeries live = new XYSeries(texts.get("live.line"), false, true);
        YIntervalSeries band = new YIntervalSeries(texts.get("live.band"), false, false);
        List<String> areaLabels = scenario.in(language).areas().stream().map(area -> area.label().text()).toList();
        XYSeriesCollection areaData = new XYSeriesCollection();
        XYLineAndShapeRenderer areaRenderer = new XYLineAndShapeRenderer(true, false);
        List<XYSeries> areas = new ArrayList<>();
        for (int k = 0; k < areaLabels.size(); k++) {
            XYSeries area = new XYSeries(areaLabels.get(k), false, true);
            areas.add(area);
            areaData.addSeries(area);
            Color colour = areaColour(k);
            areaRenderer.setSeriesPaint(k, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), AREA_ALPHA));
            areaRenderer.setSeriesStroke(k, AREA_STROKE);
        }
        XYSeriesCollection liveData = new XYSeriesCollection(live);
        XYLineAndShapeRenderer liveRenderer = new XYLineAndShapeRenderer(true, false);
        liveRenderer.setSeriesPaint(0, LIVE);
        liveRenderer.setSeriesStroke(0, LIVE_STROKE);
        if (!areas.isEmpty()) {
            // the plot draws a renderer's series last to first: the edge goes under the line
            liveData.addSeries(new XYSeries("halo", false, true));
            liveRenderer.setSeriesPaint(1, HALO);
            liveRenderer.setSeriesStroke(1, HALO_STROKE);
        }
        for (XYPlot plot : combined.getSubplots()) {
            if (plot.getRenderer() instanceof DeviationRenderer ghostRenderer) {
                ghostRenderer.setSeriesPaint(0, GHOST);
                ghostRenderer.setSeriesStroke(0, GHOST_STROKE);
                ghostRenderer.setSeriesFillPaint(0, GHOST_BAND);
                // the session's own band (empty until asked for) under the live line, over the ghost
                DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
                bandRenderer.setSeriesPaint(0, SESSION_MEAN);
                bandRenderer.setSeriesStroke(0, GHOST_STROKE);
                bandRenderer.setSeriesFillPaint(0, SESSION_BAND);
                bandRenderer.setAlpha(1f);
                YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
                bandData.addSeries(band);
                plot.setDataset(1, bandData);
                plot.setRenderer(1, bandRenderer);
                // the areas' lines under the whole index's
                plot.setDataset(2, areaData);
                plot.setRenderer(2, areaRenderer);
                plot.setDataset(3, liveData);
                plot.setRenderer(3, liveRenderer);
                plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            }
        }
        List<LegendItem> rest = new ArrayList<>();
        LegendItemCollection runItems = combined.getFixedLegendItems();
        for (int i = 0; i < runItems.getItemCount(); i++) {
            rest.add(runItems.get(i));
        }
        LegendItemCollection items = new LegendItemCollection();
        items.add(IndexLegend.line(texts.get("live.line"), LIVE_STROKE, LIVE));
        for (int k = 0; k < areaLabels.size(); k++) {
            items.add(IndexLegend.line(texts.get("live.area", areaLabels.get(k)), AREA_STROKE, areaColour(k)));
        }
        items.add(IndexLegend.line(texts.get("live.ghostMean", ghost.replications()), GHOST_STROKE, GHOST));
        items.add(IndexLegend.box(texts.get("live.ghostBand"), GHOST_BAND));
        // the run chart's first two items are its mean and band, which the ghost's replace
        rest.stream().skip(2).forEach(items::add);
        combined.setFixedLegendItems(items);
        ((TextTitle) chart.getTitle()).setText(title);
        @SuppressWarnings("unchecked")
        List<XYSeries> liveLines = liveData.getSeries();
        return new LiveIndexChart(scenario, chart, List.copyOf(liveLines), areas, band, texts, items);
    }

    /** The colour of the line of the declared area at this position. */
    static Color areaColour(int area) {
        return ChartStyle.DISTINCT.get(area % ChartStyle.DISTINCT.size());
    }

    /** Draws the band of a run of the live scenario (its mean and 5–95 %) under the live line. */
    public void showBand(RunSummary run) {
        band.setNotify(false);
        band.clear();
        for (int m = 0; m < run.index().length; m++) {
            band.add(Months.middle(scenario.month(m)), run.index()[m], run.indexP5()[m], run.indexP95()[m]);
        }
        band.setNotify(true);
        LegendItemCollection items = new LegendItemCollection();
        items.add(legend.get(0));
        items.add(IndexLegend.line(texts.get("live.bandMean", run.replications()), GHOST_STROKE, SESSION_MEAN));
        for (int i = 1; i < legend.getItemCount(); i++) {
            items.add(legend.get(i));
        }
        ((CombinedDomainXYPlot) chart.getXYPlot()).setFixedLegendItems(items);
    }

    public JFreeChart chart() {
        return chart;
    }

    /**
     * Shows the live index, one value per month from the first of the period, and each declared area's; the
     * events the run has passed are marked in full, those still ahead faintly.
     *
     * @param areaIndex by declared area (none for a scenario without areas), the same months as {@code index}
     */
    public void show(double[] index, double[][] areaIndex) {
        if (areaIndex.length != areas.size()) {
            throw new IllegalArgumentException(areaIndex.length + " areas' index, " + areas.size() + " areas drawn");
        }
        for (int k = 0; k < areas.size(); k++) {
            showLine(areas.get(k), areaIndex[k]);
        }
        // the whole index last: its series notifies the chart, which then draws every line as far as they go
        for (XYSeries line : liveLines) {
            showLine(line, index);
        }
        double now = index.length == 0 ? Double.NEGATIVE_INFINITY : Months.end(scenario.month(index.length - 1));
        for (XYPlot plot : ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots()) {
            java.util.Collection<?> markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
            for (Object marker : markers == null ? List.of() : markers) {
                if (marker instanceof org.jfree.chart.plot.ValueMarker line) {
                    float alpha = line.getValue() <= now ? PASSED_ALPHA : AHEAD_ALPHA;
                    if (line.getAlpha() != alpha) {
                        line.setAlpha(alpha);
                    }
                }
            }
        }
    }

    private void showLine(XYSeries line, double[] values) {
        line.setNotify(false);
        line.clear();
        for (int m = 0; m < values.length; m++) {
            line.add(Months.middle(scenario.month(m)), values[m]);
        }
        line.setNotify(true);
    }

    /** The months shown of the live index. */
    public int monthsShown() {
        return live.getItemCount();
    }
}
