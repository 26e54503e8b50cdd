package dyad.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A number axis, at the bottom or left of a panel, whose label fits the panel's side: in a font up to
 * {@link #SMALLER} pixels smaller if that puts it on one line, else wrapped onto as many lines as it needs, so
 * that a long parameter label runs neither into the next panel nor off the figure.
 */
final class WrappingLabelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Pixels the font may shrink by before the label wraps. */
    static final int SMALLER = 2;
    /**
     * The share of a panel's height a left label may take while space is reserved, before the bottom axis has
     * taken its own: a little less than the plot's height will be.
     */
    private static final double LEFT_SHARE = 0.8;

    /** Pixels a bottom label may reach beyond each end of the plot: half the gap to the next panel. */
    private double overhang;
    /** Axes whose labels take as much room as the tallest of them, so that panels side by side line up. */
    private transient List<WrappingLabelAxis> peers = List.of();
    /** The length of the side the label was last fitted to. */
    private double room = Double.NaN;
    private transient List<String> drawnLines = List.of();
    private Font drawnFont;

    private WrappingLabelAxis(String label) {
        super(label);
    }

    /** An axis in the sweep charts' style. */
    static WrappingLabelAxis of(String label, Font labelFont) {
        WrappingLabelAxis axis = new WrappingLabelAxis(label);
        SweepChartParts.style(axis);
        axis.setStandardTickUnits(SweepChartParts.tickUnits());
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(labelFont);
        return axis;
    }

    /**
     * Lets a bottom label reach this many pixels beyond each end of the plot, into the gap between panels: with
     * half the gap, the labels of neighbouring panels never meet.
     */
    void setOverhang(double pixels) {
        overhang = pixels;
    }

    /**
     * Makes the bottom labels of these axes, of panels of one size, take the room of the one with most lines,
     * so that the panels' plots are the same height.
     */
    static void align(List<WrappingLabelAxis> axes) {
        List<WrappingLabelAxis> all = List.copyOf(axes);
        all.forEach(axis -> axis.peers = all);
    }

    /** The label as last drawn, line by line. */
    List<String> drawnLines() {
        return drawnLines;
    }

    /** The font the label was last drawn in. */
    Font drawnFont() {
        return drawnFont;
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
                                  AxisSpace space) {
        // an XYPlot reserves the range axis's space first and gives the domain axis what is left
        room = RectangleEdge.isTopOrBottom(edge) ? plotArea.getWidth() + 2 * overhang
                : plotArea.getHeight() * LEFT_SHARE;
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** The label's lines and font for a side this long. */
    TextFit.Fitted fit(double length) {
        Font font = getLabelFont();
        TextFit.Fitted fitted = null;
        for (int step = 0; step <= SMALLER; step++) {
            Font smaller = font.deriveFont(font.getSize2D() - step);
            TextMetrics metrics = new TextMetrics(smaller);
            fitted = new TextFit.Fitted(TextFit.wrapBalanced(getLabel(), metrics, length), smaller, metrics);
            if (fitted.lines().size() == 1) {
                return fitted;
            }
        }
        return fitted;
    }

    private boolean wraps(String label, RectangleEdge edge) {
        return label != null && !label.isEmpty() && !Double.isNaN(room)
                && (RectangleEdge.isTopOrBottom(edge) ? edge == RectangleEdge.BOTTOM : edge == RectangleEdge.LEFT);
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (!wraps(getLabel(), edge)) {
            return super.getLabelEnclosure(g2, edge);
        }
        TextFit.Fitted fitted = fit(room);
        double length = fitted.lines().stream().mapToDouble(line -> fitted.metrics().width(line)).max().orElse(0);
        double thickness = fitted.lines().size() * fitted.metrics().height();
        if (edge == RectangleEdge.BOTTOM) {
            for (WrappingLabelAxis peer : peers) {
                if (peer.getLabel() != null && !peer.getLabel().isEmpty()) {
                    TextFit.Fitted theirs = peer.fit(room);
                    thickness = Math.max(thickness, theirs.lines().size() * theirs.metrics().height());
                }
            }
        }
        RectangleInsets insets = getLabelInsets();
        return edge == RectangleEdge.BOTTOM
                ? new Rectangle2D.Double(0, 0, length + insets.getLeft() + insets.getRight(),
                        thickness + insets.getTop() + insets.getBottom())
                : new Rectangle2D.Double(0, 0, thickness + insets.getLeft() + insets.getRight(),
                        length + insets.getTop() + insets.getBottom());
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (!wraps(label, edge)) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        boolean bottom = edge == RectangleEdge.BOTTOM;
        TextFit.Fitted fitted = fit(bottom ? dataArea.getWidth() + 2 * overhang : Math.min(room, dataArea.getHeight()));
        drawnLines = List.copyOf(fitted.lines());
        drawnFont = fitted.font();
        g2.setFont(fitted.font());
        g2.setPaint(getLabelPaint());
        RectangleInsets insets = getLabelInsets();
        double height = fitted.metrics().height();
        double thickness = fitted.lines().size() * height;
        if (bottom) {
            double top = state.getCursor() + insets.getTop();
            for (int i = 0; i < fitted.lines().size(); i++) {
                TextUtils.drawAlignedString(fitted.lines().get(i), g2, (float) dataArea.getCenterX(),
                        (float) (top + i * height), TextAnchor.TOP_CENTER);
            }
            state.cursorDown(insets.getTop() + thickness + insets.getBottom());
        } else {
            double left = state.getCursor() - insets.getRight() - thickness;
            for (int i = 0; i < fitted.lines().size(); i++) {
                TextUtils.drawRotatedString(fitted.lines().get(i), g2, (float) (left + (i + 0.5) * height),
                        (float) dataArea.getCenterY(), TextAnchor.CENTER, -Math.PI / 2, TextAnchor.CENTER);
            }
            state.cursorLeft(insets.getLeft() + thickness + insets.getRight());
        }
        return state;
    }
}
