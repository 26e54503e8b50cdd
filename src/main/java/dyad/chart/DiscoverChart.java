package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.analysis.Discovery;
import dyad.analysis.prim.Prim;
import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The peeling trajectory of a discovery: every box's density against its coverage, joined in the order peeled,
 * each dot coloured by how many parameters the box restricts, and the chosen box ringed. 1920×1080.
 */
public final class DiscoverChart {

    public static final String FILE_NAME = "trajectory";

    /**
     * Grey for the box of all rows, then light to dark blue as boxes restrict more parameters (ColorBrewer Blues,
     * three steps apart so that neighbours differ), then purples.
     */
    private static final List<Color> BY_RESTRICTED = List.of(new Color(0x9E, 0x9E, 0x9E), new Color(0x9E, 0xCA, 0xE1),
            new Color(0x31, 0x82, 0xBD), new Color(0x08, 0x30, 0x6B), new Color(0x80, 0x7D, 0xBA),
            new Color(0x3F, 0x00, 0x7D), new Color(0x11, 0x11, 0x11));
    private static final Color PATH = new Color(0xB8, 0xB8, 0xB8);
    private static final Color CHOSEN = new Color(0xD5, 0x5E, 0x00);
    private static final Stroke PATH_STROKE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke RING_STROKE = new BasicStroke(3.5f);
    private static final Shape DOT = new Ellipse2D.Double(-8, -8, 16, 16);
    private static final Shape RING = new Ellipse2D.Double(-17, -17, 34, 34);
    private static final Shape DIAMOND = diamond(15);
    private static final Font NOTE = ChartFonts.font(Font.PLAIN, 22);
    private static final int TICKS = 10;

    private DiscoverChart() {
    }

    /** Writes the chart, drawn in the box's language, in the formats and names of {@code output}. */
    public static void write(DiscoveredBox box, Path dir, FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(box), dir, FILE_NAME, IndexChart.WIDTH, IndexChart.HEIGHT, output);
    }

    public static JFreeChart create(DiscoveredBox box) {
        Discovery discovery = box.discovery();
        Texts texts = box.texts();
        String rows = texts.get("discover.rows." + rowsKey(discovery));
        List<Prim.Step> trajectory = discovery.trajectory();
        int most = trajectory.stream().mapToInt(Prim.Step::restricted).max().orElse(0);

        XYSeriesCollection path = new XYSeriesCollection();
        XYSeries line = new XYSeries("path", false, true);
        trajectory.forEach(step -> line.add(step.coverage(), step.density()));
        path.addSeries(line);
        XYLineAndShapeRenderer pathRenderer = new XYLineAndShapeRenderer(true, false);
        pathRenderer.setSeriesPaint(0, PATH);
        pathRenderer.setSeriesStroke(0, PATH_STROKE);

        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        LegendItemCollection legend = new LegendItemCollection();
        for (int count = 0; count <= most; count++) {
            XYSeries series = new XYSeries("restricted " + count, false, true);
            for (Prim.Step step : trajectory) {
                if (step.restricted() == count) {
                    series.add(step.coverage(), step.density());
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            Color colour = BY_RESTRICTED.get(Math.min(count, BY_RESTRICTED.size() - 1));
            dotRenderer.setSeriesPaint(dots.getSeriesCount(), colour);
            dotRenderer.setSeriesShape(dots.getSeriesCount(), DOT);
            dots.addSeries(series);
            legend.add(new LegendItem(texts.get("discover.restricted", count), null, null, null, DOT, colour));
        }

        Prim.Step chosen = trajectory.get(discovery.chosen());
        XYSeriesCollection marks = new XYSeriesCollection();
        XYSeries ring = new XYSeries("chosen", false, true);
        ring.add(chosen.coverage(), chosen.density());
        marks.addSeries(ring);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        markRenderer.setSeriesPaint(0, CHOSEN);
        markRenderer.setSeriesShape(0, RING);
        markRenderer.setSeriesShapesFilled(0, false);
        markRenderer.setUseOutlinePaint(false);
        markRenderer.setDrawOutlines(true);
        markRenderer.setSeriesOutlineStroke(0, RING_STROKE);
        markRenderer.setSeriesStroke(0, RING_STROKE);
        String chosenLabel = texts.get("discover.chosen", discovery.chosen());
        legend.add(new LegendItem(chosenLabel, null, null, null, true, RING, false, Color.WHITE, true, CHOSEN,
                RING_STROKE, false, RING, RING_STROKE, CHOSEN));
        if (discovery.pasted()) {
            XYSeries pasted = new XYSeries("pasted", false, true);
            pasted.add(discovery.box().coverage(), discovery.box().density());
            marks.addSeries(pasted);
            markRenderer.setSeriesPaint(1, CHOSEN);
            markRenderer.setSeriesShape(1, DIAMOND);
            legend.add(new LegendItem(texts.get("discover.pasted"), null, null, null, DIAMOND, CHOSEN));
        }

        NumberAxis x = SweepChartParts.numberAxis(texts.get("discover.coverage", rows));
        SweepChartParts.show(x, 0, 1, TICKS);
        NumberAxis y = SweepChartParts.numberAxis(texts.get("discover.density", rows));
        double lowest = trajectory.stream().mapToDouble(Prim.Step::density).min().orElse(0);
        SweepChartParts.show(y, Math.max(0, Math.floor(lowest * 10 - 0.5) / 10), 1, TICKS);
        XYPlot plot = SweepChartParts.plot(x, y);
        plot.setDataset(0, marks);
        plot.setRenderer(0, markRenderer);
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer);
        plot.setDataset(2, path);
        plot.setRenderer(2, pathRenderer);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(ChartStyle.GRID);

        // below and to the left of a box no other box of the trajectory lies: the later ones are denser, the earlier
        // ones cover more; near the left edge, below and to the right
        boolean left = chosen.coverage() > 0.25;
        XYPointerAnnotation note = new XYPointerAnnotation(chosenLabel, chosen.coverage(), chosen.density(),
                left ? 0.75 * Math.PI : 0.25 * Math.PI);
        note.setFont(NOTE);
        note.setPaint(CHOSEN);
        note.setArrowPaint(CHOSEN);
        note.setArrowStroke(PATH_STROKE);
        note.setBaseRadius(90);
        note.setTipRadius(22);
        note.setLabelOffset(6);
        note.setTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        plot.addAnnotation(note);

        String subtitle = texts.get("discover.subtitle", discovery.rows(), rows, discovery.hits(),
                percent(discovery.options().alpha()), percent(discovery.options().minSupport()));
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("discover.title", discovery.table().sweep(),
                discovery.condition().text()), List.of(subtitle));
        chart.addLegend(SweepLegend.title(legend));
        List<String> restrictions = box.restrictions();
        String boxInWords = restrictions.isEmpty() ? texts.get("discover.noRestriction")
                : texts.get("discover.boxNote", String.join(texts.get("discover.boxJoin"), restrictions));
        chart.addSubtitle(BottomNote.of(boxInWords, CHOSEN, new RectangleInsets(4, 80, 8, 40)));
        return chart;
    }

    /** "runs" or "points", the key of the rows' name. */
    static String rowsKey(Discovery discovery) {
        return discovery.table().which().rows();
    }

    /** A share as a whole percentage, or with one decimal below 10 %: "5 %", "87 %", "2.5 %". */
    public static String percent(double share) {
        double value = 100 * share;
        String text = value >= 9.95 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return text + " %";
    }

    private static Shape diamond(double size) {
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(0, -size);
        diamond.lineTo(size, 0);
        diamond.lineTo(0, size);
        diamond.lineTo(-size, 0);
        diamond.closePath();
        return diamond;
    }
}
