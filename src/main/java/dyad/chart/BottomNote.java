package dyad.chart;

import java.awt.Paint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** A note under a figure's plot, left-aligned in the legend's font and wrapped onto at most three lines. */
final class BottomNote {

    private BottomNote() {
    }

    static TextTitle of(String text, Paint paint, RectangleInsets margin) {
        TextTitle note = new TextTitle(text, ChartStyle.LEGEND);
        note.setPaint(paint);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        note.setMaximumLinesToDisplay(3);
        note.setMargin(margin);
        return note;
    }
}
