package dyad.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A number axis whose label, on the left, may have several lines separated by '\n'; first line outermost. Its
 * ticks may stop at a highest value, below the top of its range, when that room above the scale holds labels.
 */
final class StackedLabelAxis extends NumberAxis {

    private double highestTick = Double.POSITIVE_INFINITY;

    StackedLabelAxis(String label) {
        super(label);
    }

    /** Draws no tick above {@code value}. */
    void setHighestTick(double value) {
        highestTick = value;
    }

    @Override
    public java.util.List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        java.util.List ticks = super.refreshTicks(g2, state, dataArea, edge);
        if (highestTick == Double.POSITIVE_INFINITY) {
            return ticks;
        }
        java.util.List<Object> kept = new java.util.ArrayList<>();
        for (Object tick : ticks) {
            if (((org.jfree.chart.axis.ValueTick) tick).getValue() <= highestTick + 1e-9) {
                kept.add(tick);
            }
        }
        return kept;
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (edge != RectangleEdge.LEFT || getLabel() == null || getLabel().isEmpty()) {
            return super.getLabelEnclosure(g2, edge);
        }
        TextMetrics metrics = new TextMetrics(getLabelFont());
        String[] lines = getLabel().split("\n");
        double length = 0;
        for (String line : lines) {
            length = Math.max(length, metrics.width(line));
        }
        RectangleInsets insets = getLabelInsets();
        return new Rectangle2D.Double(0, 0, lines.length * metrics.height() + insets.getLeft() + insets.getRight(),
                length + insets.getTop() + insets.getBottom());
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (edge != RectangleEdge.LEFT || label == null || label.isEmpty()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        g2.setFont(getLabelFont());
        g2.setPaint(getLabelPaint());
        TextMetrics metrics = new TextMetrics(getLabelFont());
        String[] lines = label.split("\n");
        RectangleInsets insets = getLabelInsets();
        double thickness = lines.length * metrics.height();
        double left = state.getCursor() - insets.getRight() - thickness;
        for (int i = 0; i < lines.length; i++) {
            TextUtils.drawRotatedString(lines[i], g2, (float) (left + (i + 0.5) * metrics.height()),
                    (float) dataArea.getCenterY(), TextAnchor.CENTER, -Math.PI / 2, TextAnchor.CENTER);
        }
        state.cursorLeft(insets.getLeft() + thickness + insets.getRight());
        return state;
    }
}
