package dyad.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A symbol axis on the left of a plot whose names wrap onto lines no wider than a given width, so that a long
 * parameter label takes a few lines beside its bars instead of half the width of the plot.
 */
final class WrappingSymbolAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final double width;

    WrappingSymbolAxis(String label, String[] names, double width) {
        super(label, names);
        this.names = names.clone();
        this.width = width;
    }

    /** The lines of the name at this position. */
    List<String> lines(int position) {
        return TextFit.wrapBalanced(names[position], new TextMetrics(getTickLabelFont()), width);
    }

    /** The width of the widest line of any name. */
    double widest() {
        TextMetrics metrics = new TextMetrics(getTickLabelFont());
        double widest = 0;
        for (int i = 0; i < names.length; i++) {
            for (String line : lines(i)) {
                widest = Math.max(widest, metrics.width(line));
            }
        }
        return widest;
    }

    /** The ticks with no text, which this axis draws itself, line by line. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> blank = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            ValueTick t = (ValueTick) tick;
            blank.add(new NumberTick(t.getTickType(), t.getValue(), "", t.getTextAnchor(), t.getRotationAnchor(),
                    t.getAngle()));
        }
        return blank;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected double findMaximumTickLabelWidth(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        return getTickLabelInsets().getLeft() + getTickLabelInsets().getRight() + widest();
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
                                               Rectangle2D dataArea, RectangleEdge edge) {
        AxisState state = super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
        if (edge != RectangleEdge.LEFT || !isTickLabelsVisible()) {
            return state;
        }
        g2.setFont(getTickLabelFont());
        g2.setPaint(getTickLabelPaint());
        double height = new TextMetrics(getTickLabelFont()).height();
        for (int i = 0; i < names.length; i++) {
            if (!getRange().contains(i)) {
                continue;
            }
            float[] anchor = calculateAnchorPoint(new NumberTick((double) i, "", TextAnchor.CENTER_RIGHT,
                    TextAnchor.CENTER_RIGHT, 0), cursor, dataArea, edge);
            List<String> lines = lines(i);
            for (int l = 0; l < lines.size(); l++) {
                TextUtils.drawAlignedString(lines.get(l), g2, anchor[0],
                        (float) (anchor[1] + (l - (lines.size() - 1) / 2.0) * height), TextAnchor.CENTER_RIGHT);
            }
        }
        return state;
    }
}
