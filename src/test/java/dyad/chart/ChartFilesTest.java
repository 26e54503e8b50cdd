package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path temp;

    @Test
    void theSameChartGivesTheSamePdfBytesWhateverTheClock() throws Exception {
        XYSeries series = new XYSeries("index");
        series.add(0, 0.5);
        series.add(1, -0.25);
        JFreeChart chart = ChartFactory.createXYLineChart("test", "x", "y", new XYSeriesCollection(series));
        ChartFiles.writePdf(chart, temp.resolve("a.pdf"), 640, 360);
        Thread.sleep(1100);
        ChartFiles.writePdf(chart, temp.resolve("b.pdf"), 640, 360);
        byte[] first = Files.readAllBytes(temp.resolve("a.pdf"));
        assertArrayEquals(first, Files.readAllBytes(temp.resolve("b.pdf")));
        assertTrue(new String(first, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertEquals(946_684_800_000L, pdf.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    "a fixed date (1 January 2000, UTC), not the clock");
        }
    }
}
