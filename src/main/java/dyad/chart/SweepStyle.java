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
    /** How opaque each fan point's 5–95 % band is, so that overlaid bands still show each other. */
    static final float FAN_BAND_ALPHA = 0.14f;
    static final float FAN_EDGE_ALPHA = 0.75f;
    /** The base scenario's values: a dark dashed line, or a dark outline with a white halo on a heatmap. */
    static final Color BASE = new Color(0x11, 0x11, 0x11);
    static final Font BASE_LABEL = ChartFonts.font(Font.PLAIN, 20);
    static final Color ERROR_BAR = new Color(0x3A, 0x76, 0xB8);
    static final Color CELL_BORDER = Color.WHITE;

    static final Stroke FAN_MEAN_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke FAN_EDGE_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke BASE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {10f, 6f}, 0f);
    static final Stroke BASE_OUTLINE = new BasicStroke(5f);
    static final Stroke BASE_HALO = new BasicStroke(11f);
    static final Stroke ERROR_STROKE = new BasicStroke(2f);
    static final Stroke CELL_BORDER_STROKE = new BasicStroke(2f);
    static final Shape DOT = new Ellipse2D.Double(-6, -6, 12, 12);

    private SweepStyle() {
    }
}
