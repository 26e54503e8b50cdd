package dyad.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/** Small multiples: XY plots side by side in rows, each with its own axes, filled row by row. */
final class PanelGridPlot extends Plot {

    private static final long serialVersionUID = 1L;

    private final List<XYPlot> panels;
    private final int columns;
    private final double horizontalGap;
    private final double verticalGap;

    PanelGridPlot(List<XYPlot> panels, int columns, double horizontalGap, double verticalGap) {
        this.panels = List.copyOf(panels);
        this.columns = columns;
        this.horizontalGap = horizontalGap;
        this.verticalGap = verticalGap;
        setBackgroundPaint(null);
        setOutlineVisible(false);
        for (XYPlot panel : this.panels) {
            panel.setParent(this);
        }
    }

    /** Columns for n panels on a wide canvas: one row up to four, then about twice as many columns as rows. */
    static int columnsFor(int panels) {
        int rows = Math.max(1, (int) Math.round(Math.sqrt(panels / 2.0)));
        return (panels + rows - 1) / rows;
    }

    @Override
    public String getPlotType() {
        return "Panel grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(inner);
        }
        int rows = (panels.size() + columns - 1) / columns;
        double width = (inner.getWidth() - (columns - 1) * horizontalGap) / columns;
        double height = (inner.getHeight() - (rows - 1) * verticalGap) / rows;
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(inner.getX() + (i % columns) * (width + horizontalGap),
                    inner.getY() + (i / columns) * (height + verticalGap), width, height);
            PlotRenderingInfo panelInfo = null;
            if (info != null) {
                panelInfo = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(panelInfo);
            }
            panels.get(i).draw(g2, cell, null, parentState, panelInfo);
        }
    }
}
