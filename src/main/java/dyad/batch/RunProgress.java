package dyad.batch;

import dyad.model.ReplicationListener;
import java.io.PrintWriter;

/**
 * Progress of a long run on the console, in replications, shown as a sweep shows its runs; a run done
 * within {@link #SILENT_MILLIS} (the bundled scenarios take well under a second) prints nothing.
 */
public final class RunProgress implements ReplicationListener {

    static final long SILENT_MILLIS = 2_000;

    private final Progress progress;

    RunProgress(Progress progress, long replications) {
        this.progress = progress;
        progress.start(replications, 0);
    }

    /** @param replications every replication the run will do, the paper check's low-oil replay included */
    public static RunProgress forConsole(PrintWriter out, long replications) {
        return new RunProgress(Progress.forConsole(out, "replications", SILENT_MILLIS), replications);
    }

    @Override
    public void replicationDone() {
        progress.advance(1);
    }
}
