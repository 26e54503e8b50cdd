package dyad.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;

/** Fonts, colours and strokes that the sweep charts add to those of the run figure ({@link ChartStyle}). */
final class SweepStyle {

    static final Font SUBTITLE = ChartFonts.font(Font.PLAIN, 20);
    static final Font CELL_VALUE = ChartFonts.font(Font.PLAIN, 26);
    static final Font PANEL_AXIS_LABEL = ChartFonts.font(Font.PLAIN, 22);

    /** One colour per fan point: Okabe–Ito blue, vermilion, bluish green and reddish purple (colour-blind safe). */
    static final List<Color> FAN_COLOURS = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7));
    static final float OUTER_BAND_ALPHA = 0.14f;
    static final float INNER_BAND_ALPHA = 0.30f;
    static final Color ERROR_BAR = new Color(0x3A, 0x76, 0xB8);
    static final Color CELL_BORDER = Color.WHITE;

    static final Stroke MEDIAN_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke ERROR_STROKE = new BasicStroke(2f);
    static final Stroke CELL_BORDER_STROKE = new BasicStroke(2f);
    static final Shape DOT = new Ellipse2D.Double(-6, -6, 12, 12);

    private SweepStyle() {
    }
}
