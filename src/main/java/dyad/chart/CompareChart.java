package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.batch.Comparison;
import dyad.model.RunSummary;
import dyad.scenario.EventSpec;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioDifference;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Scenarios on one figure: each one's mean index with its 5–95 % band in its own colour over the first one's
 * shaded phases, the events of all of them marked once, and under it each one's difference from the first with
 * its 90 % interval, paired by replication. A note under the plot says what each one changes. 1920×1080.
 */
public final class CompareChart {

    public static final String FILE_NAME = "compare";
    /** The most scenarios one figure tells apart. */
    public static final int MAX_SCENARIOS = 6;

    private static final List<Color> COLOURS = ChartStyle.DISTINCT;
    private static final int BAND_ALPHA = 0x40;
    private static final java.awt.Stroke EDGE = new BasicStroke(1.4f);
    private static final java.awt.Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Shape LEGEND_LINE = new Line2D.Double(-22, 0, 22, 0);
    private static final Shape LEGEND_BOX = new Rectangle2D.Double(-22, -9, 44, 18);
    private static final int AXIS_WIDTH = 1700;
    private static final int MAX_LABEL_LANE_HEIGHT = 130;
    private static final int KEY_COLUMNS = 5;

    private CompareChart() {
    }

    public static void write(Comparison comparison, Path dir, FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(comparison, output.language()), dir, FILE_NAME, IndexChart.WIDTH, IndexChart.HEIGHT,
                output);
    }

    public static JFreeChart create(Comparison comparison, Language language) {
        Texts texts = Texts.of(language);
        List<Scenario> scenarios = comparison.scenarios().stream().map(c -> c.scenario().in(language)).toList();
        Scenario first = scenarios.get(0);
        EventLane events = new EventLane(allEvents(scenarios), first.start(), first.end());

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(SweepChartParts.timeAxis(first.start(), first.end(), texts));
        plot.setGap(24);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        if (!events.isEmpty()) {
            long from = Months.start(first.start());
            long to = Months.end(first.end());
            events.numberIfCrowded(AXIS_WIDTH, from, to, MAX_LABEL_LANE_HEIGHT);
            plot.add(events.plot(), Math.min(events.height(AXIS_WIDTH, from, to), MAX_LABEL_LANE_HEIGHT));
        }
        plot.add(indexPlot(comparison, first, events, texts), 420);
        if (scenarios.size() > 1) {
            plot.add(differencePlot(comparison, first, events, texts), 230);
        }
        plot.setFixedLegendItems(legend(scenarios, events, texts));

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        TextTitle title = new TextTitle(texts.get("compare.title", first.title().text()), ChartStyle.TITLE);
        title.setPaint(ChartStyle.TEXT);
        title.setMargin(new RectangleInsets(0, 0, 10, 0));
        chart.setTitle(title);
        // the first subtitle at the bottom edge takes the lowest place: the notes go in from the bottom up
        List<TextTitle> notes = changes(comparison, texts);
        for (int i = notes.size() - 1; i >= 0; i--) {
            chart.addSubtitle(notes.get(i));
        }
        chart.addLegend(IndexLegend.title(plot));
        if (events.numbered()) {
            chart.addSubtitle(events.key(KEY_COLUMNS));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setPadding(new RectangleInsets(14, 14, 10, 14));
        return chart;
    }

    /** The events of every scenario, each once: by id, the first scenario's version first. */
    private static List<EventSpec> allEvents(List<Scenario> scenarios) {
        Map<String, EventSpec> events = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            for (EventSpec event : scenario.events()) {
                events.putIfAbsent(event.id() + "@" + event.date(), event);
            }
        }
        return new ArrayList<>(events.values());
    }

    private static XYPlot indexPlot(Comparison comparison, Scenario first, EventLane events, Texts texts) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Comparison.Compared compared : comparison.scenarios()) {
            RunSummary run = compared.run();
            dataset.addSeries(series(compared.scenario().name(), first, run.index(), run.indexP5(), run.indexP95()));
        }
        DeviationRenderer renderer = renderer(comparison.scenarios().size(), 0);
        XYPlot plot = IndexPlot.create(dataset, renderer, first, events, texts);
        // only the first scenario's band is filled: bands of other colours laid over it would blend into grey;
        // the others' bands are their thin edges
        XYSeriesCollection edges = new XYSeriesCollection();
        XYLineAndShapeRenderer edgeRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 1; i < comparison.scenarios().size(); i++) {
            renderer.setSeriesFillPaint(i, new Color(0, 0, 0, 0));
            RunSummary run = comparison.scenarios().get(i).run();
            for (double[] edge : List.of(run.indexP5(), run.indexP95())) {
                XYSeries series = new XYSeries(edges.getSeriesCount(), false, true);
                for (int m = 0; m < edge.length; m++) {
                    series.add(Months.middle(first.month(m)), edge[m]);
                }
                edgeRenderer.setSeriesPaint(edges.getSeriesCount(), edge(COLOURS.get(i)));
                edgeRenderer.setSeriesStroke(edges.getSeriesCount(), EDGE);
                edges.addSeries(series);
            }
        }
        plot.setDataset(1, edges);
        plot.setRenderer(1, edgeRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        return plot;
    }

    private static Color edge(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0xB0);
    }

    private static XYPlot differencePlot(Comparison comparison, Scenario first, EventLane events, Texts texts) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        double lowest = 0;
        double highest = 0;
        for (Comparison.Compared compared : comparison.scenarios().subList(1, comparison.scenarios().size())) {
            Comparison.Difference d = compared.difference();
            dataset.addSeries(series(compared.scenario().name(), first, d.mean(), d.p5(), d.p95()));
            for (int m = 0; m < d.mean().length; m++) {
                lowest = Math.min(lowest, d.p5()[m]);
                highest = Math.max(highest, d.p95()[m]);
            }
        }
        // whole half-units, so that the ticks every 0.5 frame the differences
        double lower = Math.max(-2, Math.floor(lowest * 2) / 2);
        double upper = Math.min(2, Math.ceil(highest * 2) / 2);
        if (upper - lower < 1) {
            upper = Math.max(upper, lower + 1);
        }
        XYPlot plot = new XYPlot(dataset, null, IndexPlot.axis(texts.get("compare.differenceAxis"), lower, upper,
                upper - lower > 2 ? 1 : 0.5),
                renderer(comparison.scenarios().size(), 1));
        IndexPlot.style(plot);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);
        events.addLines(plot);
        return plot;
    }

    private static YIntervalSeries series(String key, Scenario first, double[] mean, double[] low, double[] high) {
        YIntervalSeries series = new YIntervalSeries(key, false, false);
        for (int m = 0; m < mean.length; m++) {
            series.add(Months.middle(first.month(m)), mean[m], low[m], high[m]);
        }
        return series;
    }

    /** Lines and bands in the scenarios' colours, from scenario {@code from} on. */
    private static DeviationRenderer renderer(int scenarios, int from) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        for (int i = from; i < scenarios; i++) {
            Color colour = COLOURS.get(i);
            renderer.setSeriesPaint(i - from, colour);
            renderer.setSeriesStroke(i - from, LINE);
            renderer.setSeriesFillPaint(i - from, band(colour));
        }
        return renderer;
    }

    private static Color band(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
    }

    private static LegendItemCollection legend(List<Scenario> scenarios, EventLane events, Texts texts) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < scenarios.size(); i++) {
            Color colour = COLOURS.get(i);
            items.add(new LegendItem(scenarios.get(i).title().text(), null, null, null, true, LEGEND_BOX, i == 0,
                    band(colour), i > 0, edge(colour), EDGE, true, LEGEND_LINE, LINE, colour));
        }
        LegendItemCollection events_ = IndexLegend.items(events, texts);
        for (int i = 2; i < events_.getItemCount(); i++) {
            items.add(events_.get(i));
        }
        return items;
    }

    /** Under the plot: the bands, then a line per compared scenario saying what it changes relative to the first. */
    private static List<TextTitle> changes(Comparison comparison, Texts texts) {
        List<TextTitle> notes = new ArrayList<>();
        List<Comparison.Compared> all = comparison.scenarios();
        Scenario first = all.get(0).scenario();
        for (int i = 1; i < all.size(); i++) {
            Scenario other = all.get(i).scenario();
            List<String> lines = ScenarioDifference.describe(first, other, texts);
            String what = lines.isEmpty() ? texts.get("difference.none") : String.join(texts.get("compare.separator"), lines);
            notes.add(note(texts.get("compare.changes", other.in(texts.language()).title().text(), what), COLOURS.get(i)));
        }
        notes.add(note(texts.get("compare.bands", all.get(0).run().replications()), ChartStyle.SECONDARY_TEXT));
        return notes;
    }

    private static TextTitle note(String text, Color colour) {
        return BottomNote.of(text, colour.darker(), new RectangleInsets(2, 60, 2, 20));
    }
}
