package dyad.chart;

import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.awt.Color;
import java.awt.RenderingHints;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Parts the charts are built from, in one style: frame, titles and axes, the time axis shared with the run figure. */
final class SweepChartParts {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /** Year ticks on a time axis at most this many. */
    private static final int MAX_YEAR_TICKS = 20;
    /** The narrowest span of a metric axis. */
    private static final double MIN_METRIC_SPAN = 0.1;
    /** The narrowest span of a parameter axis. */
    private static final double MIN_PARAMETER_SPAN = 0.1;
    /** Room beyond the data on an axis, as a share of its span. */
    private static final double MARGIN = 0.04;

    private SweepChartParts() {
    }

    /** A white 1920×1080 chart with a title and, under it, subtitles in grey; the caller adds a legend. */
    static JFreeChart chart(Plot plot, String title, List<String> subtitles) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        TextTitle main = new TextTitle(title, ChartStyle.TITLE);
        main.setPaint(ChartStyle.TEXT);
        main.setMargin(new RectangleInsets(0, 0, 6, 0));
        chart.setTitle(main);
        for (String text : subtitles) {
            TextTitle subtitle = new TextTitle(text, SweepStyle.SUBTITLE);
            subtitle.setPaint(ChartStyle.SECONDARY_TEXT);
            subtitle.setMargin(new RectangleInsets(0, 0, 4, 0));
            chart.addSubtitle(subtitle);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setPadding(new RectangleInsets(14, 14, 10, 24));
        return chart;
    }

    /** An axis label for a whole figure of panels, upright at its left edge. */
    static TextTitle sideLabel(String text) {
        TextTitle label = new TextTitle(text, ChartStyle.AXIS_LABEL);
        label.setPaint(ChartStyle.TEXT);
        label.setPosition(RectangleEdge.LEFT);
        label.setMargin(new RectangleInsets(0, 0, 0, 8));
        return label;
    }

    /** An XY plot on a white background, without gridlines; the caller adds what it needs. */
    static XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot(null, domain, range, null);
        plot.setBackgroundPaint(null);
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Light lines across the plot at the range axis ticks, and a darker one at 0. */
    static void addGridlines(XYPlot plot) {
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, ChartStyle.ZERO_STROKE), Layer.BACKGROUND);
    }

    /**
     * A dashed line across the plot at the base scenario's value of the parameter on its x axis, labelled if a
     * label is given, when the value lies within those swept; whether it does.
     */
    static boolean baseMarker(XYPlot plot, double[] values, double base, String label) {
        double low = Arrays.stream(values).min().orElse(Double.NaN);
        double high = Arrays.stream(values).max().orElse(Double.NaN);
        double tolerance = 1e-9 * Math.max(1, Math.abs(base));
        if (!(base >= low - tolerance && base <= high + tolerance)) {
            return false;
        }
        ValueMarker marker = new ValueMarker(base, SweepStyle.BASE, SweepStyle.BASE_STROKE);
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(SweepStyle.BASE_LABEL);
            marker.setLabelPaint(SweepStyle.BASE);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
        }
        plot.addDomainMarker(marker, Layer.BACKGROUND);
        return true;
    }

    /**
     * The axis of a parameter over these values: a choice's levels in words, one tick each, or a number's range
     * with at most maxTicks ticks.
     */
    static NumberAxis parameterAxis(ParameterLabels labels, int parameter, double[] values, int maxTicks) {
        if (labels.isChoice(parameter)) {
            List<String> levels = labels.levels(parameter);
            org.jfree.chart.axis.SymbolAxis axis = new org.jfree.chart.axis.SymbolAxis(labels.axisLabel(parameter),
                    levels.toArray(new String[0]));
            style(axis);
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, levels.size() - 0.5);
            return axis;
        }
        NumberAxis axis = numberAxis(labels.axisLabel(parameter));
        showParameter(axis, values, maxTicks);
        return axis;
    }

    /** A number axis with the run figure's fonts and ticks that read the same in every locale. */
    static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setStandardTickUnits(tickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /**
     * Shows low to high on a metric axis, with a margin, and at most maxTicks ticks. A span narrower than
     * {@link #MIN_METRIC_SPAN}, such as that of a metric that never varies, is widened, within the metric's scale.
     */
    static void showMetric(NumberAxis axis, SweepLabels.Scale scale, double low, double high, int maxTicks) {
        boolean index = scale == SweepLabels.Scale.INDEX;
        boolean share = scale == SweepLabels.Scale.PASS_SHARE || low >= 0 && high <= 1;
        double bottom = index ? -1 : share ? 0 : Double.NEGATIVE_INFINITY;
        double top = index || share ? 1 : Double.POSITIVE_INFINITY;
        double from = low;
        double to = high;
        if (to - from < MIN_METRIC_SPAN) {
            double middle = Math.min(top - MIN_METRIC_SPAN / 2,
                    Math.max(bottom + MIN_METRIC_SPAN / 2, (low + high) / 2));
            from = middle - MIN_METRIC_SPAN / 2;
            to = middle + MIN_METRIC_SPAN / 2;
        }
        show(axis, from, to, maxTicks);
    }

    /** Shows a parameter's values with a margin, or a little around the value if there is only one. */
    static void showParameter(NumberAxis axis, double[] values, int maxTicks) {
        double low = Arrays.stream(values).min().orElse(0);
        double high = Arrays.stream(values).max().orElse(1);
        if (high - low < MIN_PARAMETER_SPAN) {
            low -= MIN_PARAMETER_SPAN / 2;
            high += MIN_PARAMETER_SPAN / 2;
        }
        show(axis, low, high, maxTicks);
    }

    /** Shows low to high on an axis, with a margin, and at most maxTicks ticks. */
    static void show(NumberAxis axis, double low, double high, int maxTicks) {
        double margin = (high - low) * MARGIN;
        axis.setRange(low - margin, high + margin);
        axis.setTickUnit(tickUnit(high - low + 2 * margin, maxTicks));
    }

    /** The smallest tick of 1, 2, 2.5 or 5 times a power of ten that gives at most maxTicks ticks over span. */
    static NumberTickUnit tickUnit(double span, int maxTicks) {
        double power = Math.pow(10, Math.floor(Math.log10(span / maxTicks)));
        double size = 10 * power;
        for (double multiple : new double[] {1, 2, 2.5, 5}) {
            if (span / (multiple * power) <= maxTicks + 1e-9) {
                size = multiple * power;
                break;
            }
        }
        double rounded = new BigDecimal(size).round(new MathContext(2)).doubleValue();
        return new NumberTickUnit(rounded, Decimals.format(Decimals.of(rounded)), 0);
    }

    /** Applies the run figure's fonts and colours to an axis. */
    static void style(ValueAxis axis) {
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelFont(ChartStyle.TICK_LABEL);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLinePaint(ChartStyle.ZERO_LINE);
        axis.setTickMarkPaint(ChartStyle.ZERO_LINE);
    }

    /** A time axis over whole months with a tick at every year, or every few years for long spans. */
    static DateAxis timeAxis(YearMonth first, YearMonth last) {
        return timeAxis(first, last, Texts.of(Language.EN));
    }

    static DateAxis timeAxis(YearMonth first, YearMonth last, Texts texts) {
        DateAxis axis = new DateAxis(texts.get("axis.month"), UTC, Locale.ROOT);
        axis.setRange(Months.start(first), Months.end(last));
        SimpleDateFormat year = new SimpleDateFormat("yyyy", Locale.ROOT);
        year.setTimeZone(UTC);
        int years = last.getYear() - first.getYear() + 1;
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, Math.max(1, -Math.floorDiv(-years, MAX_YEAR_TICKS)),
                year));
        style(axis);
        return axis;
    }

    /** The design of a sweep in words, e.g. "a Latin hypercube". */
    static String design(String name, Texts texts) {
        return texts.has("sweep.design." + name) ? texts.get("sweep.design." + name)
                : texts.get("sweep.design.other", name);
    }

    /** "1,500 replications". */
    static String replications(int count, Texts texts) {
        return texts.get("sweep.replications", count);
    }

    /** Tick sizes of 1, 2, 2.5 and 5 times a power of ten, each with as many decimals as it needs. */
    static TickUnits tickUnits() {
        TickUnits units = new TickUnits();
        for (int exponent = -6; exponent <= 9; exponent++) {
            for (String multiple : new String[] {"1", "2", "2.5", "5"}) {
                double size = new BigDecimal(multiple).scaleByPowerOfTen(exponent).doubleValue();
                units.add(new NumberTickUnit(size, Decimals.format(Decimals.of(size)), 0));
            }
        }
        return units;
    }
}
