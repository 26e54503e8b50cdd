package dyad.batch;

/**
 * What one run of a sweep produced: its metrics, its paths for the point's mean path when the sweep records
 * facts, and, when asked, its monthly index; or the error that stopped it.
 */
public record RunOutcome(long run, int point, int replication, long seed, double[] metrics, double[] series,
                         MeanPaths.Run paths, String error) {

    public boolean failed() {
        return error != null;
    }

    static RunOutcome failure(long run, int point, int replication, long seed, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new RunOutcome(run, point, replication, seed, null, null, null, message.replaceAll("\\s+", " ").trim());
    }
}
