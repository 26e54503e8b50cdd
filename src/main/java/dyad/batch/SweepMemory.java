package dyad.batch;

import dyad.batch.design.GridDesign;
import dyad.model.HeapSizes;
import dyad.model.MemoryEstimate;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep will hold in memory at its peak, from its file alone and before its points are laid out.
 * While it runs: its points, the runs in flight and the points prepared for them, the fan points' monthly
 * index over all their replications, and shared generators and decay shares. Then, drawing the charts:
 * every point's row of points.csv and every point drawn. The larger of the two is the sweep's peak.
 */
public final class SweepMemory {

    /** Runs per chunk, as {@link SweepRunner} hands them to a worker. */
    static final int CHUNK = SweepRunner.CHUNK;
    /** Runs a worker may finish ahead of the first unwritten run, as {@link SweepRunner} bounds them, and its chunk. */
    static final long RUNS_AHEAD_PER_THREAD = (long) SweepRunner.CHUNKS_AHEAD_PER_THREAD * CHUNK + CHUNK;
    /** A keyed generator: 624 ints of state and a few fields. */
    static final long GENERATOR_BYTES = 2_600;
    /** Generators kept for common random numbers, as {@link dyad.model.GeneratorCache} does. */
    static final int GENERATORS_KEPT = dyad.model.GeneratorCache.MAX_CACHED;
    /** Decay shapes kept, as {@link dyad.model.DecayProfiles} does. */
    static final int DECAY_SHAPES_KEPT = dyad.model.DecayProfiles.MAX_KEPT;
    /** Characters of a number as the tables write it, with its separator: six decimals. */
    static final int CELL_CHARS = 12;
    /** Characters of one month of one run in series.csv (23 for the baseline), rounded up. */
    static final int SERIES_ROW_CHARS = 30;
    /**
     * What drawing a point takes, mostly its share of the SVG text built in memory, as measured (the least
     * heap that drew 20,000 to 100,000 points, less what their rows take) and rounded up: a heatmap cell,
     * a point of the metric against a single parameter, and a point in one panel of the panel chart.
     */
    static final long HEATMAP_CELL_BYTES = 2_000;
    static final long LINE_POINT_BYTES = 10_000;
    static final long PANEL_POINT_BYTES = 30_000;

    private SweepMemory() {
    }

    /**
     * @param threads   the worker threads
     * @param allSeries whether every run's monthly index is written to series.csv
     */
    public static MemoryEstimate estimate(SweepSpec spec, int threads, boolean allSeries) {
        return estimate(Sizes.of(spec, threads, allSeries));
    }

    /**
     * Refuses a sweep too big for this Java's memory, pointing at the field of the sweep file (or the
     * option) that drives the estimate.
     */
    public static void check(SweepSpec spec, int threads, boolean allSeries) {
        check(spec, threads, allSeries, MemoryEstimate.usableBytes());
    }

    public static void check(SweepSpec spec, int threads, boolean allSeries, long usable) {
        Sizes sizes = Sizes.of(spec, threads, allSeries);
        MemoryEstimate estimate = estimate(sizes);
        if (estimate.fits(usable)) {
            return;
        }
        long byPoints = pointList(sizes) + charts(sizes);
        long byReplications = fanSeries(sizes);
        long byThreads = runsInFlight(sizes) + preparedPoints(sizes);
        if (byThreads > byPoints && byThreads > byReplications) {
            throw estimate.refusal(null, "--threads", allSeries ? "use fewer --threads, or leave out --all-series"
                    : "use fewer --threads", usable);
        }
        String field = byPoints > byReplications ? sizes.grid() ? "parameters" : "points" : "replications";
        String remedy = byPoints > byReplications ? (sizes.grid() ? "use fewer steps or values" : "use fewer points")
                + String.format(Locale.ROOT, " (about %,d fit), or run it as shards on a cluster with 'dyad slurm'",
                mostPointsThatFit(sizes, usable))
                : "lower replications, name fewer chart.fan_points, or shorten the scenario's period";
        throw estimate.refusal(locationOf(spec, field), field, remedy, usable);
    }

    /**
     * Refuses an analysis on the sweep engine (sensitivity, region) too big for this Java's memory: it runs as a
     * sweep does, then reads every point's row back for its estimates, but draws no sweep charts.
     */
    public static void checkAnalysis(SweepSpec spec, int threads) {
        Sizes sizes = Sizes.of(spec, threads, false);
        long running = pointList(sizes) + runsInFlight(sizes) + preparedPoints(sizes) + fanSeries(sizes)
                + shared(sizes);
        long reading = sizes.points() * csvRow(3 + sizes.parameters() + 4 * sizes.metrics());
        MemoryEstimate estimate = new MemoryEstimate("analysis", Math.max(running, reading)
                + MemoryEstimate.FIXED_BYTES, figures(sizes));
        long usable = MemoryEstimate.usableBytes();
        if (!estimate.fits(usable)) {
            if (runsInFlight(sizes) + preparedPoints(sizes) > Math.max(reading, fanSeries(sizes))) {
                throw estimate.refusal(null, "--threads", "use fewer --threads", usable);
            }
            // an analysis's sweep has its 'points' at the line of the file's key that sets them (base_samples, samples)
            throw estimate.refusal(locationOf(spec, "points"), "points", "draw fewer points or lower replications, or"
                    + " run it as shards on a cluster with 'dyad slurm'", usable);
        }
    }

    /**
     * Refuses a shard too big for this Java's memory. A shard holds only its runs in flight and the points they
     * need (a grid's points are computed from their index, other designs' are listed) and draws no charts, so
     * it fits where the whole sweep in one process would not.
     */
    public static void checkShard(SweepSpec spec, int threads, boolean allSeries) {
        checkShard(spec, threads, allSeries, MemoryEstimate.usableBytes());
    }

    public static void checkShard(SweepSpec spec, int threads, boolean allSeries, long usable) {
        MemoryEstimate estimate = estimateShard(Sizes.of(spec, threads, allSeries));
        if (!estimate.fits(usable)) {
            throw estimate.refusal(null, "--threads", allSeries ? "use fewer --threads, or leave out --all-series"
                    : "use fewer --threads", usable);
        }
    }

    /** What a shard holds at its peak, whatever its range: it never holds more than its threads' runs in flight. */
    public static MemoryEstimate estimateShard(SweepSpec spec, int threads, boolean allSeries) {
        return estimateShard(Sizes.of(spec, threads, allSeries));
    }

    static MemoryEstimate estimateShard(Sizes sizes) {
        long bytes = pointList(sizes) + runsInFlight(sizes) + preparedPoints(sizes) + fanSeries(sizes) + shared(sizes)
                + MemoryEstimate.FIXED_BYTES;
        return new MemoryEstimate("shard", bytes, figures(sizes));
    }

    /**
     * Refuses to merge a sweep whose charts would not fit in this Java's memory: the merge reads every point's
     * row back to draw them, as the sweep in one process does at its end.
     */
    public static void checkMerge(SweepSpec spec, int threads) {
        Sizes sizes = Sizes.of(spec, threads, false);
        MemoryEstimate estimate = new MemoryEstimate("merge", charts(sizes) + fanSeries(sizes)
                + MemoryEstimate.FIXED_BYTES, figures(sizes));
        long usable = MemoryEstimate.usableBytes();
        if (!estimate.fits(usable)) {
            throw estimate.refusal(null, "DIR", "its charts draw every point: give the merge job more memory (--mem"
                    + " of dyad slurm, with --java 'java -Xmx...')", usable);
        }
    }

    /** The most points of this sweep's kind that fit in {@code usable} bytes, the rest as it is. */
    static long mostPointsThatFit(Sizes sizes, long usable) {
        long low = 0;
        long high = sizes.points();
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (estimate(sizes.withPoints(middle)).fits(usable)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    static MemoryEstimate estimate(Sizes sizes) {
        long running = pointList(sizes) + runsInFlight(sizes) + preparedPoints(sizes) + fanSeries(sizes)
                + shared(sizes);
        long bytes = Math.max(running, charts(sizes)) + MemoryEstimate.FIXED_BYTES;
        return new MemoryEstimate("sweep", bytes, figures(sizes));
    }

    private static String figures(Sizes sizes) {
        return String.format(Locale.ROOT, "%s x %s x %d months, %s, %s%s", count(sizes.points(), "point"),
                count(sizes.replications(), "replication"), sizes.months(), count(sizes.fanPoints(), "fan point"),
                count(sizes.threads(), "thread"), sizes.allSeries() ? ", all series" : "");
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The design's points, each an array, referred to by the design's list and the plan's copy of it; a grid's
     * points are computed from their index when a run needs them, so a grid holds none.
     */
    static long pointList(Sizes sizes) {
        return sizes.grid() ? 0 : sizes.points() * (2 * HeapSizes.doubles(sizes.parameters()) + 2 * HeapSizes.REFERENCE);
    }

    /**
     * Runs finished but not yet written, at most as many as workers may run ahead: their metrics and rows,
     * and with all series their monthly index and rows, which each worker also builds for its chunk.
     */
    static long runsInFlight(Sizes sizes) {
        long runs = Math.min(sizes.runs(), sizes.threads() * RUNS_AHEAD_PER_THREAD);
        long row = HeapSizes.text((long) (3 + sizes.parameters() + sizes.metrics()) * CELL_CHARS);
        long perRun = HeapSizes.SMALL_OBJECT + HeapSizes.doubles(sizes.metrics()) + row
                + sizes.pathSeries() * (HeapSizes.doubles(sizes.months()) + HeapSizes.REFERENCE);
        if (!sizes.allSeries()) {
            return runs * perRun;
        }
        long seriesRows = HeapSizes.text((long) sizes.months() * SERIES_ROW_CHARS);
        long building = sizes.threads() * CHUNK * 2 * seriesRows;
        return runs * (perRun + HeapSizes.doubles(sizes.months()) + seriesRows) + building;
    }

    /**
     * Points whose runs are in flight keep their scenario, inputs and, on each thread, a simulation with its
     * trajectory; as many times again as each run has twins. The point being written keeps its mean path.
     */
    static long preparedPoints(Sizes sizes) {
        long inFlight = Math.min(sizes.points(),
                sizes.threads() * RUNS_AHEAD_PER_THREAD / sizes.replications() + sizes.threads() + 1);
        long months = HeapSizes.doubles(sizes.months());
        long scenario = (sizes.series() + sizes.effects() + 8L * sizes.agents()) * months;
        long simulation = (4L * sizes.agents() + 1) * months + GENERATOR_BYTES + 4 * HeapSizes.SMALL_OBJECT;
        return inFlight * (1 + sizes.twins()) * (scenario + sizes.threads() * simulation)
                + 2L * sizes.pathSeries() * months;
    }

    /** The fan points' index by month and replication, kept while the sweep runs and until fan.csv is written. */
    static long fanSeries(Sizes sizes) {
        return sizes.fanPoints() * (sizes.months() * HeapSizes.doubles(sizes.replications())
                + HeapSizes.references(sizes.months())) + 2 * HeapSizes.doubles(sizes.replications());
    }

    /** Generators of common random numbers, decay shares and the cached confidence intervals. */
    static long shared(Sizes sizes) {
        long generators = Math.min(sizes.replications(), GENERATORS_KEPT) * GENERATOR_BYTES;
        long decay = Math.min(DECAY_SHAPES_KEPT, sizes.effects() * sizes.points()) * HeapSizes.doubles(sizes.months());
        long intervals = Math.min(7 * sizes.points(), sizes.replications() + 1L) * 4 * HeapSizes.SMALL_OBJECT;
        return generators + decay + intervals;
    }

    /**
     * Drawing the charts reads every row of points.csv and fan.csv and draws every point: in a heatmap for a
     * two-parameter grid, against the parameter for one, else in one panel per parameter.
     */
    static long charts(Sizes sizes) {
        long drawn = sizes.parameters() == 1 ? LINE_POINT_BYTES
                : sizes.parameters() == 2 && sizes.grid() ? HEATMAP_CELL_BYTES
                : sizes.parameters() * PANEL_POINT_BYTES;
        long perPoint = csvRow(3 + sizes.parameters() + 4 * sizes.metrics()) + drawn;
        long fanRows = (long) sizes.fanPoints() * sizes.months() * csvRow(8 + sizes.parameters());
        return sizes.points() * perPoint + fanRows;
    }

    /** A row of a table as read back: the record, its cells and their texts. */
    private static long csvRow(int cells) {
        return 2 * HeapSizes.SMALL_OBJECT + HeapSizes.references(cells) + cells * HeapSizes.text(CELL_CHARS);
    }

    private static Location locationOf(SweepSpec spec, String field) {
        YamlValue.Mapping tree = spec.source();
        YamlValue value = tree.entries().get(field);
        if (value == null) {
            return tree.location();
        }
        // a mapping is named by its key, as other errors about a whole mapping are
        return value instanceof YamlValue.Mapping ? tree.keyLocations().get(field) : value.location();
    }

    /** The figures of a sweep that its memory depends on. */
    record Sizes(long points, int parameters, int replications, int months, int agents, int series, int effects,
                 int metrics, int fanPoints, int threads, boolean allSeries, int twins, int pathSeries,
                 boolean grid) {

        static Sizes of(SweepSpec spec, int threads, boolean allSeries) {
            Scenario base = ScenarioLoader.load(spec.scenarioFile());
            long points = spec.design().pointCount(spec.parameters());
            int effects = base.events().stream().mapToInt(event -> event.effects().size()).sum();
            return new Sizes(points, spec.parameters().size(), spec.replications(), base.months(),
                    base.agents().size(), base.series().size(), effects, RunMetrics.names(spec, base).size(),
                    fanPoints(spec, points), threads, allSeries, RunMetrics.twins(spec, base).size(),
                    pathSeries(spec, base), spec.design() instanceof GridDesign);
        }

        /**
         * The monthly series a run keeps for its point's mean path: index and shares, its own and its twins', and
         * the shares in each area when a fact reads an area.
         */
        private static int pathSeries(SweepSpec spec, Scenario base) {
            List<dyad.scenario.FactSpec> facts = RunMetrics.facts(spec, base);
            if (facts.isEmpty()) {
                return 0;
            }
            boolean byArea = MeanPaths.byArea(facts);
            int series = 1 + base.agents().size() + areaSeries(base, byArea);
            for (dyad.scenario.TwinScenario twin : RunMetrics.twins(spec, base)) {
                series += 1 + twin.scenario().agents().size() + areaSeries(twin.scenario(), byArea);
            }
            return series;
        }

        private static int areaSeries(Scenario scenario, boolean byArea) {
            return byArea && scenario.hasAreas() ? scenario.agents().size() * scenario.areas().size() : 0;
        }

        /** As {@link FanTable#points}, counted without the plan: by default at most three. */
        private static int fanPoints(SweepSpec spec, long points) {
            if (!spec.fanPoints().isEmpty()) {
                return new HashSet<>(spec.fanPoints()).size();
            }
            return (int) Math.min(3, points);
        }

        long runs() {
            return points * replications;
        }

        Sizes withPoints(long count) {
            return new Sizes(count, parameters, replications, months, agents, series, effects, metrics,
                    (int) Math.min(fanPoints, count), threads, allSeries, twins, pathSeries, grid);
        }
    }
}
