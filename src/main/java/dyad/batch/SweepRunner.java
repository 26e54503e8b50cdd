package dyad.batch;

import dyad.model.DecayProfiles;
import dyad.model.GeneratorCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs a sweep's remaining runs on a pool of threads and writes them to {@code runs.csv} in run order as
 * they finish, flushing now and then: memory holds only the chunks in flight, and the file's rows are
 * always the first runs of the sweep, whatever the thread count or order of completion.
 */
public final class SweepRunner {

    public static final String RUNS = "runs.csv";
    public static final String SERIES = "series.csv";

    /** Runs per task: small enough to spread work over threads, large enough to amortise the hand-over. */
    static final int CHUNK = 8;
    /** How far a worker may run ahead of the first unwritten chunk, which bounds the chunks held in memory. */
    static final int CHUNKS_AHEAD_PER_THREAD = 64;
    /** How often written rows are pushed to the file; a killed sweep redoes at most this much work. */
    private static final long FLUSH_NANOS = 250_000_000L;

    private final SweepPlan plan;
    private final PointRunner pointRunner;
    private final int threads;
    private final boolean allSeries;
    private final Map<Integer, PointRunner.Prepared> prepared = new ConcurrentHashMap<>();
    private final FanTable.Collector fan;
    /** With common random numbers every point has the master seed, so replication r's generator is keyed once. */
    private final GeneratorCache commonGenerators;
    private final DecayProfiles decay;
    /** The runs this runner does: all of the sweep's, or one shard's contiguous range. */
    private final long rangeStart;
    private final long rangeEnd;
    /** Points of a shard's range whose runs began before it or go on after it: their mean-path counts so far. */
    private final List<PartialPoint> partialPoints = new ArrayList<>();

    public SweepRunner(SweepPlan plan, PointRunner pointRunner, int threads, boolean allSeries) {
        this(plan, pointRunner, threads, allSeries, 0, plan.runs());
    }

    /** A runner of the runs {@code rangeStart} (inclusive) to {@code rangeEnd} (exclusive) only: a shard. */
    public SweepRunner(SweepPlan plan, PointRunner pointRunner, int threads, boolean allSeries, long rangeStart,
                       long rangeEnd) {
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.plan = plan;
        this.pointRunner = pointRunner;
        this.threads = threads;
        this.allSeries = allSeries;
        this.fan = new FanTable.Collector(FanTable.points(plan), plan.spec().replications(),
                plan.baseScenario().months());
        this.commonGenerators = plan.independentSeeds() ? null
                : new GeneratorCache(plan.spec().seed(), plan.spec().replications());
        this.decay = new DecayProfiles(plan.baseScenario().months());
    }

    public List<String> runsHeader() {
        return runsSchema(plan).header();
    }

    /** The columns of {@link #RUNS}. */
    public static TableSchema runsSchema(SweepPlan plan) {
        return TableSchema.of("one row per run (point and replication): the parameters' values, whether it ran,"
                + " and its metrics")
                .add(Column.POINT).add(Column.REPLICATION).add(Column.SEED)
                .addAll(parameterColumns(plan.spec()))
                .text("status", "ok, or failed when the point's values make no valid scenario")
                .text("error", "why a failed run failed (empty for ok)")
                .addAll(RunMetrics.columns(plan.spec(), plan.baseScenario())).build();
    }

    /** The parameters' columns, by path, as the tables of a sweep and its analyses write them. */
    public static List<Column> parameterColumns(SweepSpec spec) {
        return spec.parameters().stream().map(SweepRunner::parameterColumn).toList();
    }

    /** A parameter's column: its value at a point, or for a choice the level's name. */
    public static Column parameterColumn(SweepParameter parameter) {
        String label = parameter.label() == null ? "" : " (" + parameter.label().text() + ")";
        return parameter.isChoice()
                ? Column.text(parameter.path(), "the level of the choice " + parameter.path() + label)
                : Column.number(parameter.path(), "the value of " + parameter.path() + label + " in the scenario",
                        null);
    }

    /** The columns of {@link #SERIES}, written with {@code --all-series}. */
    static TableSchema seriesSchema() {
        return TableSchema.of("one row per run and month (with --all-series): the run's own cooperation index")
                .add(Column.POINT).add(Column.REPLICATION).add(Column.DATE)
                .add(RunWriter.REPLICATION_INDEX).build();
    }

    /** Runs done by one task, already formatted as CSV rows so that the writer only appends. */
    private record Chunk(long first, int runs, int failed, String runsRows, String seriesRows,
                         List<RunOutcome> outcomes) {
    }

    /** The outcome of the runs done so far: how many, how many failed, and how many this process ran. */
    public record Tally(long done, long failed, long ranNow) {

        /** A tally of runs that were all done before, by an earlier process or in shards: none ran now. */
        public Tally(long done, long failed) {
            this(done, failed, 0);
        }
    }

    /** A point that a shard's range holds only some runs of, with what those runs add to its mean path. */
    public record PartialPoint(int point, MeanPaths meanPaths) {
    }

    /** The points this runner saw only part of (a shard's first and last), in point order; none for a whole sweep. */
    public List<PartialPoint> partialPoints() {
        return List.copyOf(partialPoints);
    }

    /**
     * Runs every run not yet in {@code dir}'s tables ({@code resume}) or all of them, reporting each
     * written chunk to {@code progress}.
     */
    public Tally run(Path dir, boolean resume, Progress progress) throws IOException, InterruptedException {
        long months = plan.baseScenario().months();
        boolean reading = resume;
        try {
            // after a kill, keep the runs whose rows made it to disk in full, in both tables
            long kept = !resume ? 0 : allSeries
                    ? Math.min(AppendableTable.completeRows(dir.resolve(RUNS)),
                            AppendableTable.completeRows(dir.resolve(SERIES)) / months)
                    : AppendableTable.completeRows(dir.resolve(RUNS));
            int[] keptPoints = resume ? keptPointRows(dir.resolve(PointsTable.POINTS), rangeStart + kept) : new int[0];
            TableSchema runsSchema = runsSchema(plan);
            try (AppendableTable runs = resume ? AppendableTable.reopen(dir.resolve(RUNS), runsSchema, kept)
                    : AppendableTable.create(dir.resolve(RUNS), runsSchema);
                 AppendableTable series = !allSeries ? null : resume
                         ? AppendableTable.reopen(dir.resolve(SERIES), seriesSchema(), kept * months)
                         : AppendableTable.create(dir.resolve(SERIES), seriesSchema());
                 AppendableTable points = keptPoints.length == 3
                         ? AppendableTable.reopen(dir.resolve(PointsTable.POINTS), PointsTable.schema(plan),
                                 keptPoints[2])
                         : AppendableTable.create(dir.resolve(PointsTable.POINTS), PointsTable.schema(plan))) {
                long first = rangeStart + runs.rows();
                PointsTable.Rebuilt before = resume ? PointsTable.rebuild(dir.resolve(RUNS), points, plan, rangeStart,
                        this::replayPaths, java.util.Arrays.copyOf(keptPoints, Math.min(2, keptPoints.length)))
                        : new PointsTable.Rebuilt(null, 0, List.of());
                before.partialPoints().forEach(group -> partialPoints.add(group.asPartial()));
                reading = false;
                progress.start(rangeEnd - rangeStart, first - rangeStart);
                long failed = execute(first, new Tables(runs, series, points, before.partial()), progress);
                return new Tally(rangeEnd - rangeStart, before.failedRuns() + failed, rangeEnd - first);
            }
        } catch (RuntimeException e) {
            if (reading) {
                // a table cut off by a kill is expected and handled; anything else was changed by hand
                throw new dyad.scenario.BadInputException(null, "--resume", "the unfinished sweep's tables cannot"
                        + " be read back (" + e.getClass().getSimpleName() + "): run the sweep without --resume to"
                        + " start it over");
            }
            throw e;
        }
    }

    /**
     * The rows of points.csv a resumed sweep keeps: those of points whose every run is among the runs kept,
     * which need not be run again for their mean paths. Returns the first and last such point and the number
     * of rows, or an empty array when there are none (or no table). Rows follow the order of points.
     */
    private int[] keptPointRows(Path pointsFile, long runsKeptEnd) throws IOException {
        if (!Files.isRegularFile(pointsFile)) {
            return new int[0];
        }
        long lastWhole = runsKeptEnd / plan.spec().replications() - 1;
        long rows = AppendableTable.completeRows(pointsFile);
        int firstPoint = -1;
        int lastPoint = -1;
        int keep = 0;
        try (java.io.BufferedReader in = Files.newBufferedReader(pointsFile, java.nio.charset.StandardCharsets.UTF_8)) {
            in.readLine();
            for (long row = 0; row < rows; row++) {
                String line = in.readLine();
                int point = Integer.parseInt(line.substring(0, line.indexOf(',')));
                if (point > lastWhole) {
                    break;
                }
                firstPoint = firstPoint < 0 ? point : firstPoint;
                lastPoint = point;
                keep++;
            }
        }
        return keep == 0 ? new int[0] : new int[] {firstPoint, lastPoint, keep};
    }

    /** The fan points' monthly index over all their replications, for those whose every run this process saw. */
    public Map<Integer, double[][]> fanSeries() {
        return fan.complete();
    }

    /** Where the writer puts each finished chunk, and the point it is summarising. */
    private static final class Tables {
        final AppendableTable runs;
        final AppendableTable series;
        final AppendableTable points;
        PointsTable.Group group;

        Tables(AppendableTable runs, AppendableTable series, AppendableTable points, PointsTable.Group group) {
            this.runs = runs;
            this.series = series;
            this.points = points;
            this.group = group;
        }
    }

    /**
     * Runs the chunks on {@code threads} workers. Each worker claims the next chunk, runs and formats it, and
     * leaves it for writing; whichever worker holds the write lock appends every chunk that is next in run
     * order. No thread only coordinates, so on a machine with as many cores as workers none waits for a
     * hand-over.
     */
    private long execute(long first, Tables tables, Progress progress) throws IOException, InterruptedException {
        OrderedWriter writer = new OrderedWriter(first, tables, progress);
        AtomicLong nextToClaim = new AtomicLong(first);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dyad-sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Object>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    try {
                        long from;
                        while (!writer.failed() && (from = claim(nextToClaim)) < rangeEnd) {
                            writer.awaitTurnWithin(from, (long) threads * CHUNKS_AHEAD_PER_THREAD * CHUNK);
                            writer.offer(format(runChunk(from, chunkEnd(from))));
                        }
                    } catch (Throwable e) {
                        // stops the other workers, which may be waiting for this one's chunk
                        writer.fail(e);
                    }
                    return null;
                }));
            }
            for (Future<Object> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    writer.fail(e.getCause());
                }
            }
            writer.finish();
        } finally {
            pool.shutdownNow();
        }
        return writer.failedRuns();
    }

    /** The first run of the next chunk, claimed for the caller; the chunk ends where {@link #chunkEnd} says. */
    private long claim(AtomicLong nextToClaim) {
        while (true) {
            long from = nextToClaim.get();
            if (from >= rangeEnd) {
                return from;
            }
            if (nextToClaim.compareAndSet(from, chunkEnd(from))) {
                return from;
            }
        }
    }

    /**
     * Appends chunks to the tables in run order, whatever order the workers finish them in, and summarises
     * each point as its last run is written.
     */
    private final class OrderedWriter {
        private final Tables tables;
        private final Progress progress;
        private final ReentrantLock writing = new ReentrantLock();
        /** Finished chunks not yet written, by first run; also the monitor workers wait on when too far ahead. */
        private final Map<Long, Chunk> finished = new HashMap<>();
        private volatile long nextToWrite;
        private volatile Throwable failure;
        private long failedRuns;
        private long lastFlush = System.nanoTime();

        OrderedWriter(long first, Tables tables, Progress progress) {
            this.nextToWrite = first;
            this.tables = tables;
            this.progress = progress;
        }

        /** Bounds memory: a worker that would leave too many finished chunks waiting for an earlier one waits. */
        void awaitTurnWithin(long from, long runsAhead) throws InterruptedException {
            synchronized (finished) {
                while (from - nextToWrite > runsAhead && failure == null) {
                    finished.wait();
                }
            }
        }

        void offer(Chunk chunk) throws IOException {
            synchronized (finished) {
                finished.put(chunk.first(), chunk);
            }
            // a chunk offered just as the lock holder leaves is written by its own worker on the next try
            while (ready() && writing.tryLock()) {
                try {
                    Chunk next;
                    while ((next = takeReady()) != null) {
                        write(next);
                    }
                } finally {
                    writing.unlock();
                }
            }
        }

        private boolean ready() {
            synchronized (finished) {
                return finished.containsKey(nextToWrite);
            }
        }

        private Chunk takeReady() {
            synchronized (finished) {
                return finished.remove(nextToWrite);
            }
        }

        /** Called with the write lock held. */
        private void write(Chunk chunk) throws IOException {
            if (tables.series != null) {
                tables.series.append(chunk.seriesRows());
            }
            tables.runs.append(chunk.runsRows());
            summarise(chunk.outcomes(), tables);
            failedRuns += chunk.failed();
            progress.advance(chunk.runs());
            long now = System.nanoTime();
            if (now - lastFlush > FLUSH_NANOS) {
                flush(tables);
                lastFlush = now;
            }
            synchronized (finished) {
                nextToWrite += chunk.runs();
                finished.notifyAll();
            }
        }

        boolean failed() {
            return failure != null;
        }

        void fail(Throwable cause) {
            synchronized (finished) {
                if (failure == null) {
                    failure = cause;
                }
                finished.notifyAll();
            }
        }

        /** After every worker has stopped: flushes the tables, or reports why the sweep stopped. */
        void finish() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException("a sweep task failed outside any run", failure);
            }
            writing.lock();
            try {
                if (nextToWrite != rangeEnd) {
                    throw new IllegalStateException("the sweep stopped after run " + nextToWrite + " of " + rangeEnd);
                }
                if (tables.group != null) {
                    // a shard's last point goes on in the next shard
                    partialPoints.add(tables.group.asPartial());
                    tables.group = null;
                }
                flush(tables);
            } finally {
                writing.unlock();
            }
        }

        long failedRuns() {
            return failedRuns;
        }
    }

    /** Chunks never straddle two points, so a point's prepared scenario can be dropped once it is written. */
    private long chunkEnd(long from) {
        long endOfPoint = ((long) plan.pointOf(from) + 1) * plan.spec().replications();
        return Math.min(Math.min(from + CHUNK, endOfPoint), rangeEnd);
    }

    private List<RunOutcome> runChunk(long from, long to) {
        int point = plan.pointOf(from);
        List<RunOutcome> outcomes = new ArrayList<>((int) (to - from));
        PointRunner.Prepared ready;
        try {
            ready = prepared.computeIfAbsent(point, p -> PointRunner.Prepared.of(plan, p, generatorsOf(p), decay));
        } catch (RuntimeException e) {
            for (long run = from; run < to; run++) {
                outcomes.add(RunOutcome.failure(run, point, plan.replicationOf(run), plan.seedOf(point), e));
            }
            return outcomes;
        }
        for (long run = from; run < to; run++) {
            int replication = plan.replicationOf(run);
            try {
                outcomes.add(pointRunner.run(plan, ready, run, replication, allSeries || fan.wants(point)));
            } catch (RuntimeException e) {
                outcomes.add(RunOutcome.failure(run, point, replication, ready.seed(), e));
            }
        }
        return outcomes;
    }

    /** A run done by an earlier process, run again for its paths: runs are pure functions of the plan. */
    private MeanPaths.Run replayPaths(long run) {
        int point = plan.pointOf(run);
        PointRunner.Prepared ready = prepared.computeIfAbsent(point,
                p -> PointRunner.Prepared.of(plan, p, generatorsOf(p), decay));
        if (plan.replicationOf(run) == plan.spec().replications() - 1) {
            prepared.remove(point);
        }
        return pointRunner.run(plan, ready, run, plan.replicationOf(run), false).paths();
    }

    private GeneratorCache generatorsOf(int point) {
        return commonGenerators != null ? commonGenerators : new GeneratorCache(plan.seedOf(point), 0);
    }

    private static void flush(Tables tables) throws IOException {
        if (tables.series != null) {
            tables.series.flush();
        }
        tables.runs.flush();
        tables.points.flush();
    }

    /** Adds the runs to their point's statistics, writing its row once its last run is in, and keeps fan series. */
    private void summarise(List<RunOutcome> outcomes, Tables tables) throws IOException {
        for (RunOutcome outcome : outcomes) {
            if (tables.group != null && tables.group.point() != outcome.point()) {
                // a shard's first point began in the previous shard
                partialPoints.add(tables.group.asPartial());
                tables.group = null;
            }
            if (tables.group == null) {
                tables.group = PointsTable.Group.of(plan, outcome.point());
            }
            double[] asWritten = null;
            if (!outcome.failed()) {
                asWritten = new double[outcome.metrics().length];
                for (int k = 0; k < asWritten.length; k++) {
                    asWritten[k] = CsvTable.asWritten(outcome.metrics()[k]);
                }
            }
            tables.group.add(!outcome.failed(), asWritten, outcome.paths());
            if (tables.group.runs() == plan.spec().replications()) {
                tables.points.append(tables.group.rowText());
                tables.group = null;
                // every chunk of the point has been run and written: no worker needs its scenario again
                prepared.remove(outcome.point());
            }
            fan.record(outcome);
        }
    }

    /** Formats a chunk's rows on the worker thread that ran it. */
    private Chunk format(List<RunOutcome> outcomes) throws IOException {
        StringBuilder seriesRows = new StringBuilder();
        if (allSeries) {
            int months = plan.baseScenario().months();
            try (CSVPrinter printer = new CSVPrinter(seriesRows, AppendableTable.format())) {
                for (RunOutcome outcome : outcomes) {
                    // a failed run keeps its rows (as NA) so that every run has the same number of rows
                    for (int m = 0; m < months; m++) {
                        printer.printRecord(outcome.point(), outcome.replication(),
                                plan.baseScenario().month(m).toString(),
                                outcome.series() == null ? "NA" : CsvTable.number(outcome.series()[m]));
                    }
                }
            }
        }
        StringBuilder runsRows = new StringBuilder(outcomes.size() * 256);
        int failed = 0;
        try (CSVPrinter printer = new CSVPrinter(runsRows, AppendableTable.format())) {
            for (RunOutcome outcome : outcomes) {
                if (outcome.failed()) {
                    // only an error message can need quoting
                    List<Object> row = new ArrayList<>(List.of(outcome.point(), outcome.replication(), outcome.seed()));
                    for (int d = 0; d < plan.spec().parameters().size(); d++) {
                        row.add(plan.cell(outcome.point(), d));
                    }
                    row.addAll(List.of("failed", outcome.error()));
                    plan.metricNames().forEach(name -> row.add("NA"));
                    printer.printRecord(row);
                    failed++;
                    continue;
                }
                runsRows.append(outcome.point()).append(',').append(outcome.replication()).append(',')
                        .append(outcome.seed());
                double[] values = plan.points().get(outcome.point());
                for (int d = 0; d < values.length; d++) {
                    if (plan.spec().parameters().get(d).isChoice()) {
                        runsRows.append(',').append(plan.cell(outcome.point(), d));
                    } else {
                        CsvTable.appendNumber(runsRows.append(','), values[d]);
                    }
                }
                runsRows.append(",ok,");
                for (double metric : outcome.metrics()) {
                    CsvTable.appendNumber(runsRows.append(','), metric);
                }
                runsRows.append('\n');
            }
        }
        return new Chunk(outcomes.get(0).run(), outcomes.size(), failed, runsRows.toString(), seriesRows.toString(),
                outcomes);
    }
}
