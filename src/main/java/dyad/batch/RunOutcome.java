package dyad.batch;

/**
 * What one run of a sweep produced: its metrics, its paths for the point's mean path when the sweep records
 * facts, and, when asked, its monthly index; or the error that stopped it.
 */
public final class RunOutcome {

    private final long run;
    private final int point;
    private final int replication;
    private final long seed;
    private final double[] metrics;
    private final double[] series;
    private final MeanPaths.Run paths;
    private final String error;

    public RunOutcome(long run, int point, int replication, long seed, double[] metrics, double[] series,
                      MeanPaths.Run paths, String error) {
        this.run = run;
        this.point = point;
        this.replication = replication;
        this.seed = seed;
        this.metrics = metrics;
        this.series = series;
        this.paths = paths;
        this.error = error;
    }

    public long run() {
        return run;
    }

    public int point() {
        return point;
    }

    public int replication() {
        return replication;
    }

    public long seed() {
        return seed;
    }

    public double[] metrics() {
        return metrics;
    }

    public double[] series() {
        return series;
    }

    public MeanPaths.Run paths() {
        return paths;
    }

    public String error() {
        return error;
    }

    public boolean failed() {
        return error != null;
    }

    static RunOutcome failure(long run, int point, int replication, long seed, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new RunOutcome(run, point, replication, seed, null, null, null, message.replaceAll("\\s+", " ").trim());
    }
}
