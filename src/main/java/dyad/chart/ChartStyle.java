package dyad.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;

/** Fonts, colours and strokes of the run figures, sized for a 1920×1080 canvas that is projected. */
final class ChartStyle {

    static final Font TITLE = ChartFonts.font(Font.BOLD, 34);
    static final Font AXIS_LABEL = ChartFonts.font(Font.PLAIN, 24);
    static final Font TICK_LABEL = ChartFonts.font(Font.PLAIN, 20);
    static final Font LEGEND = ChartFonts.font(Font.PLAIN, 20);
    static final Font BAND_LABEL = ChartFonts.font(Font.PLAIN, 20);
    static final Font EVENT_LABEL = ChartFonts.font(Font.PLAIN, 18);
    static final Font STRIP_TITLE = ChartFonts.font(Font.BOLD, 17);
    static final Font BLOCK_LABEL = ChartFonts.font(Font.PLAIN, 16);
    /** The key of numbered events. */
    static final Font KEY = ChartFonts.font(Font.PLAIN, 15);

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color SECONDARY_TEXT = new Color(0x44, 0x44, 0x44);
    static final Color GRID = new Color(0xD4, 0xD4, 0xD4);
    static final Color ZERO_LINE = new Color(0x55, 0x55, 0x55);
    static final Color MEAN = new Color(0x10, 0x23, 0x3F);
    static final Color BAND = new Color(0x3A, 0x76, 0xB8, 0x55);
    static final Color DRIVER = new Color(0x9E, 0x1B, 0x1B);
    static final Color MARKER = new Color(0x6E, 0x6E, 0x6E);
    static final Color MARKER_TEXT = new Color(0x50, 0x50, 0x50);

    /**
     * Lines told apart by colour, in turn: Okabe–Ito colours, distinct for colour-blind readers: blue, vermilion,
     * bluish green, reddish purple, orange, sky blue.
     */
    static final List<Color> DISTINCT = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9));

    /** Background tints of the shaded phases, alternating. */
    static final List<Color> SHADES = List.of(new Color(0xEC, 0xE9, 0xE1), Color.WHITE);
    /** Fills of the phase blocks in the strips, in turn. */
    static final List<Color> BLOCKS = List.of(new Color(0xC6, 0xDB, 0xEF), new Color(0xFD, 0xD8, 0xB0),
            new Color(0xCD, 0xEB, 0xC5), new Color(0xDD, 0xDB, 0xEE), new Color(0xF9, 0xC9, 0xC0),
            new Color(0xE3, 0xE3, 0xE3));

    static final Stroke MEAN_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke GRID_STROKE = new BasicStroke(1f);
    static final Stroke SEPARATOR_STROKE = new BasicStroke(1.5f);
    static final Stroke ZERO_STROKE = new BasicStroke(1.5f);
    static final Stroke DRIVER_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {12f, 5f}, 0f);
    static final Stroke MARKER_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 4f}, 0f);

    private ChartStyle() {
    }
}
