package dyad.chart;

import java.io.IOException;
import java.nio.file.Path;

/** Draws a sweep's charts from the tables in its results folder. */
public final class SweepChartWriter {

    private SweepChartWriter() {
    }

    public static void write(Path dir) throws IOException {
        // charts are drawn by the sweep chart classes; until they exist there is nothing to draw
    }
}
