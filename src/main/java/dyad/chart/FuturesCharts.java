package dyad.chart;

import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesLoader;
import dyad.analysis.futures.FuturesTable;
import dyad.analysis.futures.LeverSetting;
import dyad.analysis.futures.StatesTable;
import dyad.batch.FigureOutput;
import dyad.batch.Figures;
import dyad.scenario.BadInputException;
import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The figures of {@code dyad futures}: the fan of the futures' cooperation index over the horizon (median, the
 * bands holding 50 % and 90 % of the futures, and a few futures as thin lines) and the share of futures in each
 * outlook state per year, stacked; both for the first lever setting, which the subtitle names.
 */
public final class FuturesCharts {

    public static final String FAN = "futures-fan";
    public static final String STATES = "futures-states";
    public static final String AREAS = "futures-areas";

    /** How many futures are drawn as lines of their own. */
    private static final int SAMPLES = 3;
    private static final Color BAND_90 = new Color(0x3A, 0x76, 0xB8, 0x33);
    private static final Color BAND_50 = new Color(0x3A, 0x76, 0xB8, 0x66);
    private static final Color SAMPLE = new Color(0x55, 0x55, 0x55, 0xB0);
    private static final Stroke SAMPLE_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Color HISTORY = new Color(0x9E, 0x1B, 0x1B);
    private static final Stroke HISTORY_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** The other lever settings' medians: Okabe–Ito orange, green, purple; more settings are not drawn. */
    private static final List<Color> OTHER_SETTINGS = List.of(new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7));
    private static final Stroke OTHER_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {10f, 6f}, 0f);
    /** The gap between the area panels and their titles, and each panel's weight against its title's height. */
    private static final int AREA_GAP = 5;
    private static final int AREA_PANEL_WEIGHT = 110;
    /** States in the file's order, then "no state" in light grey. */
    private static final Color NONE = new Color(0xE4, 0xE4, 0xE4);

    private FuturesCharts() {
    }

    /** Writes both figures into {@code dir} (the states' only if the file names states), which holds futures.csv, in every language and format asked for. */
    public static void writeAll(FuturesFile file, Path dir, Figures figures) throws IOException {
        List<CSVRecord> all = StatesTable.rowsOf(dir.resolve(FuturesTable.FILE));
        List<CSVRecord> rows = all.stream().filter(row -> setting(file, row).equals(setting(file, all.get(0))))
                .toList();
        List<StatesTable.Shares> shares = StatesTable.shares(file, dir);
        dyad.model.RunSummary base = dyad.model.Replay.run(file.base().scenario());
        double[] history = base.index();
        for (FigureOutput output : figures.outputs()) {
            ChartFiles.writeAll(fan(file, all, history, output.language()), dir, FAN, IndexChart.WIDTH, IndexChart.HEIGHT,
                    output);
            if (file.base().scenario().hasAreas()) {
                ChartFiles.writeAll(areas(file, rows, base.areas().orElseThrow().index(), output.language()), dir,
                        AREAS, IndexChart.WIDTH, IndexChart.HEIGHT, output);
            }
            if (!file.states().isEmpty()) {
                ChartFiles.writeAll(states(file, shares.get(0), output.language()), dir, STATES, IndexChart.WIDTH,
                        IndexChart.HEIGHT, output);
            }
        }
    }

    /**
     * Redraws the figures of the futures results in {@code dir} into {@code staging}, from its futures.csv and the
     * futures file kept beside it ({@link FuturesFile#FILE}). They are drawn by {@link #writeAll} from a copy of
     * futures.csv in {@code staging}, removed afterwards, so that they are the figures {@code dyad futures} drew.
     *
     * @throws BadInputException if the folder keeps no futures file, as Dyad's results did before they kept it
     */
    public static void redraw(Path dir, Path staging, Figures figures) throws IOException {
        Path kept = dir.resolve(FuturesFile.FILE);
        if (!Files.isRegularFile(kept)) {
            throw new BadInputException(null, "DIR", dir + " holds futures results without the futures file they"
                    + " were drawn from (" + FuturesFile.FILE + "), which Dyad keeps since: run 'dyad futures' on the"
                    + " file again, with --out and --lang, to draw its figures");
        }
        FuturesFile file = FuturesLoader.load(kept);
        Path table = staging.resolve(FuturesTable.FILE);
        Files.copy(dir.resolve(FuturesTable.FILE), table);
        try {
            writeAll(file, staging, figures);
        } finally {
            Files.delete(table);
        }
    }

    /** The lever setting of a row of futures.csv, as its subtitle and legend name it. */
    private static String setting(FuturesFile file, CSVRecord row) {
        List<String> values = new ArrayList<>();
        file.levers().forEach(lever -> values.add(lever.name() + " = " + row.get(lever.name())));
        return String.join(", ", values);
    }

    /** The fan over the horizon after {@code history}, the base scenario's mean index month by month. */
    static JFreeChart fan(FuturesFile file, List<CSVRecord> all, double[] history, Language language) {
        Texts texts = Texts.of(language);
        Map<String, List<CSVRecord>> bySetting = new java.util.LinkedHashMap<>();
        all.forEach(row -> bySetting.computeIfAbsent(setting(file, row), k -> new ArrayList<>()).add(row));
        List<List<CSVRecord>> settings = new ArrayList<>(bySetting.values());
        List<CSVRecord> rows = settings.get(0);
        List<Integer> years = StatesTable.years(file);
        XYSeries median = medians(file, rows, year -> "index_" + year);
        YearMonth start = file.base().scenario().start();
        XYPlot plot = SweepChartParts.plot(yearAxis(start, file.horizon().last(), texts), FanChart.indexAxis(texts));
        int dataset = addBands(plot, file, rows, year -> "index_" + year);
        dataset = addSamples(plot, dataset, file, rows, year -> "index_" + year);
        XYSeries past = new XYSeries("history", false, false);
        for (int m = 0; m < history.length; m++) {
            past.add(Months.middle(start.plusMonths(m)), history[m]);
        }
        plot.setDataset(dataset, new XYSeriesCollection(past));
        plot.setRenderer(dataset++, historyLine());
        ValueMarker horizon = new ValueMarker(Months.start(file.horizon().first()), ChartStyle.MARKER,
                ChartStyle.MARKER_STROKE);
        horizon.setLabel(texts.get("futures.fan.horizon"));
        horizon.setLabelFont(ChartStyle.BAND_LABEL);
        horizon.setLabelPaint(ChartStyle.MARKER_TEXT);
        horizon.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        horizon.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        horizon.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        horizon.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(8, 8, 8, 8));
        plot.addDomainMarker(horizon);
        // the median under each other lever setting, to compare the levers on the same futures
        XYSeriesCollection others = new XYSeriesCollection();
        XYLineAndShapeRenderer otherLines = new XYLineAndShapeRenderer(true, false);
        List<String> otherNames = new ArrayList<>(bySetting.keySet());
        for (int k = 1; k < Math.min(settings.size(), OTHER_SETTINGS.size() + 1); k++) {
            XYSeries other = new XYSeries(otherNames.get(k), false, false);
            for (int year : years) {
                other.add(middle(file, year), median(settings.get(k), year));
            }
            otherLines.setSeriesPaint(k - 1, OTHER_SETTINGS.get(k - 1));
            otherLines.setSeriesStroke(k - 1, OTHER_STROKE);
            others.addSeries(other);
        }
        plot.setDataset(dataset, others);
        plot.setRenderer(dataset++, otherLines);
        // a dot at each year's median: the values are yearly, which a short horizon would otherwise hide
        plot.setDataset(dataset, new XYSeriesCollection(median));
        plot.setRenderer(dataset, medianDots(10));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (double y : new double[] {-0.5, 0.5}) {
            plot.addRangeMarker(new ValueMarker(y, ChartStyle.GRID, ChartStyle.GRID_STROKE), Layer.BACKGROUND);
        }
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);

        LegendItemCollection items = bandsLegend(texts.get("futures.fan.history", file.base().scenario().name()),
                texts);
        items.add(SweepLegend.line(texts.get("futures.fan.samples", Math.min(SAMPLES, rows.size())), SAMPLE_STROKE,
                SAMPLE));
        for (int k = 0; k < others.getSeriesCount(); k++) {
            items.add(SweepLegend.line(texts.get("futures.fan.other", others.getSeries(k).getKey()), OTHER_STROKE,
                    OTHER_SETTINGS.get(k)));
        }
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("futures.fan.title", file.name()),
                subtitles(file, rows.size(), texts, "futures.fan.subtitle", "futures.fan.setting"));
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    /**
     * One panel per issue area, on one time axis and one scale: the area's yearly index over the futures under
     * the first lever setting (median, the bands holding 50 % and 90 % of them) after the base scenario's mean
     * index in the area, month by month.
     *
     * @param rows    futures.csv's rows of the first lever setting
     * @param history each area's mean index in the base scenario by month, in the scenario's order of areas
     */
    static JFreeChart areas(FuturesFile file, List<CSVRecord> rows, double[][] history, Language language) {
        Texts texts = Texts.of(language);
        dyad.scenario.Scenario scenario = file.base().scenario().in(language);
        YearMonth start = scenario.start();
        org.jfree.chart.axis.DateAxis time = yearAxis(start, file.horizon().last(), texts);
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(time);
        plot.setGap(AREA_GAP);
        plot.setInsets(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 24));
        List<dyad.scenario.IssueArea> areas = scenario.areas();
        for (int k = 0; k < areas.size(); k++) {
            String id = areas.get(k).id();
            java.util.function.IntFunction<String> column = year -> FuturesTable.areaColumn(id, year);
            XYSeries median = medians(file, rows, column);
            XYSeries past = new XYSeries("history", false, false);
            for (int m = 0; m < history[k].length; m++) {
                past.add(Months.middle(start.plusMonths(m)), history[k][m]);
            }
            NumberAxis axis = IndexPlot.axis(null, -1, 1, 1);
            XYPlot panel = new XYPlot(null, null, axis, null);
            IndexPlot.style(panel);
            int dataset = addBands(panel, file, rows, column);
            dataset = addSamples(panel, dataset, file, rows, column);
            panel.setDataset(dataset, new XYSeriesCollection(past));
            panel.setRenderer(dataset++, historyLine());
            panel.setDataset(dataset, new XYSeriesCollection(median));
            panel.setRenderer(dataset, medianDots(8));
            panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            panel.addDomainMarker(new ValueMarker(Months.start(file.horizon().first()), ChartStyle.MARKER,
                    ChartStyle.MARKER_STROKE));
            IndexPlot.addGrid(panel);
            plot.add(PanelTitle.strip(areas.get(k).label().text(), ChartStyle.TEXT), PanelTitle.height());
            plot.add(panel, AREA_PANEL_WEIGHT);
        }
        LegendItemCollection items = bandsLegend(texts.get("futures.areas.history", file.base().scenario().name()),
                texts);
        items.add(SweepLegend.line(texts.get("futures.fan.samples", Math.min(SAMPLES, rows.size())), SAMPLE_STROKE,
                SAMPLE));
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("futures.areas.title", file.name()),
                subtitles(file, rows.size(), texts, "futures.areas.subtitle", "futures.firstSetting"));
        chart.addSubtitle(SweepChartParts.sideLabel(texts.get("index.axis.oneLine")));
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    static JFreeChart states(FuturesFile file, StatesTable.Shares shares, Language language) {
        Texts texts = Texts.of(language);
        List<Integer> years = StatesTable.years(file);
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        // one block per year, as wide as the year: the shares are of yearly means, not of a path between them
        int first = years.get(0);
        stacked.setIntervalWidth(Months.end(YearMonth.of(first, 12)) - Months.start(YearMonth.of(first, 1)));
        StackedXYBarRenderer renderer = new StackedXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s <= file.states().size(); s++) {
            boolean none = s == file.states().size();
            String label = none ? texts.get("futures.states.none") : file.states().get(s).label().in(language);
            XYSeries series = new XYSeries(label, false, false);
            for (int y = 0; y < years.size(); y++) {
                double inState = 0;
                for (double[] state : shares.shares()) {
                    inState += state[y];
                }
                // states may overlap; the stack then tops 100 % and "no state" is empty
                series.add(middle(file, years.get(y)), 100 * (none ? Math.max(0, 1 - inState) : shares.shares()[s][y]));
            }
            stacked.addSeries(series);
            Color colour = none ? NONE : ChartStyle.DISTINCT.get(s % ChartStyle.DISTINCT.size());
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesOutlinePaint(s, Color.WHITE);
            items.add(SweepLegend.box(label, colour));
        }
        NumberAxis share = new NumberAxis(texts.get("futures.states.axis"));
        SweepChartParts.style(share);
        share.setRange(0, 100);
        share.setTickUnit(new NumberTickUnit(25));
        XYPlot plot = SweepChartParts.plot(yearAxis(file.horizon().first(), file.horizon().last(), texts), share);
        plot.setDataset(stacked);
        plot.setRenderer(renderer);
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("futures.states.title", file.name()),
                subtitles(file, shares.futures(), texts, "futures.states.subtitle",
                        "futures.firstSetting"));
        chart.addLegend(SweepLegend.title(items));
        return chart;
    }

    /** What the figure shows, and under which lever setting when there are several. */
    private static List<String> subtitles(FuturesFile file, int futures, Texts texts, String key,
                                          String settingKey) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(key, futures, file.replications()));
        if (!file.levers().isEmpty()) {
            LeverSetting first = LeverSetting.all(file.levers()).get(0);
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, String> lever : first.values().entrySet()) {
                values.add(lever.getKey() + " = " + lever.getValue());
            }
            lines.add(texts.get(settingKey, String.join(", ", values),
                    LeverSetting.all(file.levers()).size()));
        }
        return lines;
    }

    /** The median over {@code rows} of each year's value in {@code column}, at the year's middle. */
    private static XYSeries medians(FuturesFile file, List<CSVRecord> rows,
                                    java.util.function.IntFunction<String> column) {
        XYSeries median = new XYSeries("median", false, false);
        for (int year : StatesTable.years(file)) {
            median.add(middle(file, year), quantiles(rows, column.apply(year))[2]);
        }
        return median;
    }

    /**
     * Adds the bands holding the middle 90 % and 50 % of {@code rows}' values in {@code column} year by year to
     * {@code plot} as its first two datasets, the wider below.
     *
     * @return the index of the next dataset
     */
    private static int addBands(XYPlot plot, FuturesFile file, List<CSVRecord> rows,
                                java.util.function.IntFunction<String> column) {
        YIntervalSeries wide = new YIntervalSeries("90 %", false, false);
        YIntervalSeries narrow = new YIntervalSeries("50 %", false, false);
        for (int year : StatesTable.years(file)) {
            double[] q = quantiles(rows, column.apply(year));
            double x = middle(file, year);
            wide.add(x, q[2], q[0], q[4]);
            narrow.add(x, q[2], q[1], q[3]);
        }
        int dataset = 0;
        for (var band : List.of(wide, narrow)) {
            YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
            collection.addSeries(band);
            DeviationRenderer renderer = new DeviationRenderer(false, false);
            renderer.setSeriesFillPaint(0, band == wide ? BAND_90 : BAND_50);
            renderer.setAlpha(1f);
            renderer.setSeriesPaint(0, new Color(0, 0, 0, 0));
            plot.setDataset(dataset, collection);
            plot.setRenderer(dataset++, renderer);
        }
        return dataset;
    }

    /**
     * Adds the first {@link #SAMPLES} futures of {@code rows}, each its own thin line of yearly values in
     * {@code column}, as dataset {@code dataset} of {@code plot}.
     *
     * @return the index of the next dataset
     */
    private static int addSamples(XYPlot plot, int dataset, FuturesFile file, List<CSVRecord> rows,
                                  java.util.function.IntFunction<String> column) {
        XYSeriesCollection samples = new XYSeriesCollection();
        XYLineAndShapeRenderer sampleLines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < Math.min(SAMPLES, rows.size()); i++) {
            XYSeries sample = new XYSeries("future " + rows.get(i).get("future"), false, false);
            for (int year : StatesTable.years(file)) {
                sample.add(middle(file, year), Double.parseDouble(rows.get(i).get(column.apply(year))));
            }
            sampleLines.setSeriesPaint(i, SAMPLE);
            sampleLines.setSeriesStroke(i, SAMPLE_STROKE);
            samples.addSeries(sample);
        }
        plot.setDataset(dataset, samples);
        plot.setRenderer(dataset, sampleLines);
        return dataset + 1;
    }

    /** The legend of the history line, the median and the two bands. */
    private static LegendItemCollection bandsLegend(String history, Texts texts) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(SweepLegend.line(history, HISTORY_STROKE, HISTORY));
        items.add(SweepLegend.line(texts.get("futures.fan.median"), ChartStyle.MEAN_STROKE, ChartStyle.MEAN));
        items.add(SweepLegend.box(texts.get("futures.fan.band50"), BAND_50));
        items.add(SweepLegend.box(texts.get("futures.fan.band90"), BAND_90));
        return items;
    }

    /** The base scenario's path before the horizon. */
    private static XYLineAndShapeRenderer historyLine() {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, HISTORY);
        line.setSeriesStroke(0, HISTORY_STROKE);
        return line;
    }

    /** The median's line with a dot of {@code diameter} pixels at each year: the values are yearly. */
    private static XYLineAndShapeRenderer medianDots(double diameter) {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter));
        line.setSeriesPaint(0, ChartStyle.MEAN);
        line.setSeriesStroke(0, ChartStyle.MEAN_STROKE);
        return line;
    }

    /** The 5th, 25th, 50th, 75th and 95th percentiles of the rows' values in a column. */
    private static double[] quantiles(List<CSVRecord> rows, String column) {
        double[] values = rows.stream().mapToDouble(r -> Double.parseDouble(r.get(column))).toArray();
        Arrays.sort(values);
        Percentile percentile = new Percentile();
        percentile.setData(values);
        return new double[] {percentile.evaluate(5), percentile.evaluate(25), percentile.evaluate(50),
                percentile.evaluate(75), percentile.evaluate(95)};
    }

    private static double median(List<CSVRecord> rows, int year) {
        return quantiles(rows, "index_" + year)[2];
    }

    /** The middle of a year's months in the horizon, where its mean is drawn. */
    private static double middle(FuturesFile file, int year) {
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        first = first.isBefore(file.horizon().first()) ? file.horizon().first() : first;
        last = last.isAfter(file.horizon().last()) ? file.horizon().last() : last;
        return (Months.start(first) + Months.end(last)) / 2.0;
    }

    /** The time axis, labelled in years: the futures' values are yearly means. */
    private static org.jfree.chart.axis.DateAxis yearAxis(YearMonth first, YearMonth last, Texts texts) {
        org.jfree.chart.axis.DateAxis axis = SweepChartParts.timeAxis(first, last, texts);
        axis.setLabel(texts.get("futures.axis.year"));
        return axis;
    }

}
