package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aRunCountsItsReplications() {
        StringWriter text = new StringWriter();
        Progress lines = new Progress(new PrintWriter(text), false, 10_000, "replications", 0);
        RunProgress progress = new RunProgress(lines, 3);
        for (int r = 0; r < 3; r++) {
            progress.replicationDone();
        }
        assertTrue(text.toString().startsWith("replications 3/3 (100%), "), text.toString());
        assertTrue(text.toString().contains(" replications/s, "), text.toString());
    }

    @Test
    void workDoneWithinTheSilentSpellShowsNothing() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, 0, "replications", TimeUnit.DAYS.toMillis(1));
        progress.start(3, 0);
        for (int r = 0; r < 3; r++) {
            progress.advance(1);
        }
        assertEquals("", text.toString());
    }

    @Test
    void aSweepCountsRuns() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, 10_000);
        progress.start(2, 0);
        progress.advance(2);
        assertTrue(text.toString().startsWith("runs 2/2 (100%), "), text.toString());
    }
}
