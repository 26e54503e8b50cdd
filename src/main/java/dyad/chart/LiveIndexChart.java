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
 * index drawn over it month by month.
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

    static final Color SESSION_BAND = new Color(0x3A, 0x76, 0xB8, 0x40);
    static final Color SESSION_MEAN = new Color(0x3A, 0x76, 0xB8);

    private final Scenario scenario;
    private final JFreeChart chart;
    private final XYSeries live;
    private final YIntervalSeries band;
    private final Texts texts;
    private final LegendItemCollection legend;

    private LiveIndexChart(Scenario scenario, JFreeChart chart, XYSeries live, YIntervalSeries band, Texts texts,
                           LegendItemCollection legend) {
        this.scenario = scenario;
        this.chart = chart;
        this.live = live;
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
        for (XYPlot plot : combined.getSubplots()) {
            if (plot.getRenderer() instanceof DeviationRenderer ghostRenderer) {
                ghostRenderer.setSeriesPaint(0, GHOST);
                ghostRenderer.setSeriesStroke(0, GHOST_STROKE);
                ghostRenderer.setSeriesFillPaint(0, GHOST_BAND);
                XYLineAndShapeRenderer liveRenderer = new XYLineAndShapeRenderer(true, false);
                liveRenderer.setSeriesPaint(0, LIVE);
                liveRenderer.setSeriesStroke(0, LIVE_STROKE);
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
                plot.setDataset(2, new XYSeriesCollection(live));
                plot.setRenderer(2, liveRenderer);
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
        items.add(IndexLegend.line(texts.get("live.ghostMean", ghost.replications()), GHOST_STROKE, GHOST));
        items.add(IndexLegend.box(texts.get("live.ghostBand"), GHOST_BAND));
        // the run chart's first two items are its mean and band, which the ghost's replace
        rest.stream().skip(2).forEach(items::add);
        combined.setFixedLegendItems(items);
        ((TextTitle) chart.getTitle()).setText(title);
        return new LiveIndexChart(scenario, chart, live, band, texts, items);
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
     * Shows the live index, one value per month from the first of the period; the events the run has passed
     * are marked in full, those still ahead faintly.
     */
    public void show(double[] index) {
        live.setNotify(false);
        live.clear();
        for (int m = 0; m < index.length; m++) {
            live.add(Months.middle(scenario.month(m)), index[m]);
        }
        live.setNotify(true);
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

    /** The months shown of the live index. */
    public int monthsShown() {
        return live.getItemCount();
    }
}
