package dyad.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for a metric's values. Fixed for the metrics whose range is known, so that heatmaps of the same kind
 * can be compared: a diverging red–blue scale (ColorBrewer RdBu, safe for colour-blind readers) over −1…+1 for
 * an index, white at 0 (red = resist, blue = cooperate), and a sequential white–blue scale over 0…1 for the
 * share of runs that pass a fact. Other metrics, such as cooperation shares, are coloured over their values,
 * rounded out to tenths, on the sequential scale. NaN is grey.
 */
final class MetricPaintScale implements PaintScale {

    static final Color NO_DATA = new Color(0xBD, 0xBD, 0xBD);

    /** ColorBrewer RdBu, red to blue. */
    private static final List<Color> DIVERGING = List.of(new Color(0x67, 0x00, 0x1F), new Color(0xB2, 0x18, 0x2B),
            new Color(0xD6, 0x60, 0x4D), new Color(0xF4, 0xA5, 0x82), new Color(0xFD, 0xDB, 0xC7),
            new Color(0xF7, 0xF7, 0xF7), new Color(0xD1, 0xE5, 0xF0), new Color(0x92, 0xC5, 0xDE),
            new Color(0x43, 0x93, 0xC3), new Color(0x21, 0x66, 0xAC), new Color(0x05, 0x30, 0x61));
    /** ColorBrewer Blues, light to dark. */
    private static final List<Color> SEQUENTIAL = List.of(new Color(0xF7, 0xFB, 0xFF), new Color(0xDE, 0xEB, 0xF7),
            new Color(0xC6, 0xDB, 0xEF), new Color(0x9E, 0xCA, 0xE1), new Color(0x6B, 0xAE, 0xD6),
            new Color(0x42, 0x92, 0xC6), new Color(0x21, 0x71, 0xB5), new Color(0x08, 0x51, 0x9C),
            new Color(0x08, 0x30, 0x6B));
    /** Steps per unit to which a scale over the data is rounded out: tenths. */
    private static final double STEPS = 10;

    private final double lower;
    private final double upper;
    private final List<Color> colours;
    private final SweepLabels.Scale scale;

    private MetricPaintScale(double lower, double upper, List<Color> colours, SweepLabels.Scale scale) {
        this.lower = lower;
        this.upper = upper;
        this.colours = colours;
        this.scale = scale;
    }

    /** The colours of a metric on this scale, with the given values (NaN ignored) for a scale over the data. */
    static MetricPaintScale of(SweepLabels.Scale scale, double[] values) {
        if (scale == SweepLabels.Scale.INDEX) {
            return new MetricPaintScale(-1, 1, DIVERGING, scale);
        }
        if (scale == SweepLabels.Scale.PASS_SHARE) {
            return new MetricPaintScale(0, 1, SEQUENTIAL, scale);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double low = Math.floor(min * STEPS + 1e-9) / STEPS;
        double high = Math.max(Math.floor(min * STEPS + 1e-9) + 1, Math.ceil(max * STEPS - 1e-9)) / STEPS;
        return new MetricPaintScale(low, high, SEQUENTIAL, scale);
    }

    /** The scale these colours are for. */
    SweepLabels.Scale scale() {
        return scale;
    }

    boolean diverging() {
        return colours == DIVERGING;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    Color colour(double value) {
        if (Double.isNaN(value)) {
            return NO_DATA;
        }
        double t = (Math.min(upper, Math.max(lower, value)) - lower) / (upper - lower);
        double position = t * (colours.size() - 1);
        int i = Math.min(colours.size() - 2, (int) Math.floor(position));
        return mix(colours.get(i), colours.get(i + 1), position - i);
    }

    /** Dark text on light colours, white on dark ones. */
    static Color textOn(Color background) {
        double luminance = (0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue()));
        return luminance > 0.21 ? ChartStyle.TEXT : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
