package dyad.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a sweep on the terminal: runs done of the total, runs per second and time left. On a
 * terminal one line is rewritten in place; otherwise (CI, logs) a plain line is printed now and then.
 * Progress may count other units (a run's replications) and stay silent for work that ends quickly.
 */
public class Progress {

    /** No progress at all ({@code --quiet}). */
    public static final Progress QUIET = new Progress(null, false, Long.MAX_VALUE);

    private final PrintWriter out;
    private final boolean terminal;
    private final long intervalNanos;
    private final String unit;
    private final long silentNanos;
    private long total;
    private long done;
    private long doneAtStart;
    private long startedNanos;
    private long lastReportNanos;
    private int lastLength;

    public Progress(PrintWriter out, boolean terminal, long intervalMillis) {
        this(out, terminal, intervalMillis, "runs", 0);
    }

    /**
     * @param unit         what is counted, e.g. "replications"
     * @param silentMillis how long to print nothing: work done by then shows no progress at all
     */
    Progress(PrintWriter out, boolean terminal, long intervalMillis, String unit, long silentMillis) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.unit = unit;
        this.silentNanos = silentMillis * 1_000_000L;
    }

    public static Progress forConsole(PrintWriter out) {
        return forConsole(out, "runs", 0);
    }

    static Progress forConsole(PrintWriter out, String unit, long silentMillis) {
        boolean terminal = System.console() != null;
        return new Progress(out, terminal, terminal ? 250 : 10_000, unit, silentMillis);
    }

    void start(long totalRuns, long alreadyDone) {
        total = totalRuns;
        done = alreadyDone;
        doneAtStart = alreadyDone;
        startedNanos = System.nanoTime();
        lastReportNanos = startedNanos;
        if (out != null && alreadyDone > 0) {
            out.printf(Locale.ROOT, "resuming: %d of %d runs already done%n", alreadyDone, totalRuns);
            out.flush();
        }
    }

    void advance(long runs) {
        done += runs;
        long now = System.nanoTime();
        if (out == null || now - startedNanos < silentNanos
                || (now - lastReportNanos < intervalNanos && done < total)) {
            return;
        }
        lastReportNanos = now;
        double seconds = (now - startedNanos) / 1e9;
        double rate = seconds > 0 ? (done - doneAtStart) / seconds : 0;
        String left = rate > 0 ? format(Duration.ofSeconds((long) Math.ceil((total - done) / rate))) : "?";
        String line = String.format(Locale.ROOT, "%s %d/%d (%.0f%%), %.0f %s/s, %s left", unit, done, total,
                100.0 * done / total, rate, unit, left);
        if (terminal) {
            // pad over the rest of a longer previous line
            String padded = line + " ".repeat(Math.max(0, lastLength - line.length()));
            lastLength = line.length();
            out.print("\r" + padded + (done == total ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
