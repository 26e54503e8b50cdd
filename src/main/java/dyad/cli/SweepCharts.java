package dyad.cli;

import java.nio.file.Path;

/** Draws a sweep's charts from its tables. */
final class SweepCharts {

    private SweepCharts() {
    }

    static void drawInto(Path dir) throws java.io.IOException {
        dyad.chart.SweepChartWriter.write(dir);
    }
}
