package dyad.model;

import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import java.util.Locale;

/**
 * What a run or sweep will hold in memory at its peak, estimated before it starts, so that one too big
 * for this Java is refused with a message instead of failing with OutOfMemoryError once it has run for
 * hours. An estimate counts what is kept as G1 lays it out; the check leaves a fifth of the free heap
 * for garbage.
 *
 * @param what    "run" or "sweep", for the message
 * @param figures the sizes that drive the estimate, for the message, e.g. "1000 replications x 6000 months"
 */
public record MemoryEstimate(String what, long bytes, String figures) {

    /**
     * Share of the heap not yet in use that a run may plan to fill: the rest is room for garbage, without
     * which the collector would run all the time, and for the estimate's own error.
     */
    static final double USABLE_SHARE = 0.8;
    /** The tables, the charts and the libraries that draw them, beyond what an estimate counts. */
    public static final long FIXED_BYTES = 16L << 20;
    /**
     * The figures, per agent and month: the why figure draws each agent's terms month by month, and its SVG is
     * built in memory as text (about 1 KB a month and agent once written, several times that while it grows).
     * Measured: 20 agents over 6000 months drew in a 2 GB heap, not in a 1 GB one.
     */
    static final long FIGURE_BYTES_PER_AGENT_MONTH = 8L << 10;
    private static final double GB = 1L << 30;
    private static final double MB = 1L << 20;

    /**
     * A run of the scenario as {@link Replay} does it: every replication's monthly index is kept for the
     * percentiles, so memory grows with replications times months.
     *
     * @param replays how many replays of the scenario are held at once: 2 when the paper check replays it
     *                again with low oil (SF7) while the first is kept, else 1
     */
    public static MemoryEstimate ofRun(Scenario scenario, int replays) {
        int effects = scenario.events().stream().mapToInt(event -> event.effects().size()).sum();
        return ofRun(scenario.months(), scenario.agents().size(), scenario.series().size() + effects,
                scenario.replications(), replays);
    }

    /** @param series the scenario's series and event effects, each of which may keep a value per month */
    static MemoryEstimate ofRun(int months, int agents, int series, int replications, int replays) {
        // per replay: the index by month and replication, and the sums, means and percentiles by month
        long replay = months * HeapSizes.doubles(replications) + HeapSizes.references(months)
                + (12L * agents + 5) * HeapSizes.doubles(months);
        // per scenario replayed: its series, capabilities, effects' decay and exogenous inputs (7 per agent)
        long perScenario = (series + 8L * agents) * HeapSizes.doubles(months);
        // the percentiles copy one month's replications; the summary table copies each replication's phase mean
        long copies = 3 * HeapSizes.doubles(replications);
        long drawings = FIGURE_BYTES_PER_AGENT_MONTH * agents * months;
        String figures = String.format(Locale.ROOT, "%d replication%s x %d months%s%s", replications,
                replications == 1 ? "" : "s", months, agents > 2 ? " x " + agents + " agents" : "",
                replays > 1 ? ", " + replays + " times with the twins its facts compare it with" : "");
        return new MemoryEstimate("run", replays * (replay + perScenario) + copies + drawings + FIXED_BYTES,
                figures);
    }

    /** Bytes this Java may still fill: a share of its maximum heap less what is in use now. */
    public static long usableBytes() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return (long) (USABLE_SHARE * (runtime.maxMemory() - used));
    }

    public boolean fits() {
        return fits(usableBytes());
    }

    public boolean fits(long usable) {
        return bytes <= usable;
    }

    /**
     * Refuses what would not fit in this Java's memory.
     *
     * @param field  the field or option that sets the main figure, e.g. {@code replications}
     * @param remedy what to lower, e.g. "lower replications or the period"
     * @throws BadInputException naming the estimate, the memory available and how to make room
     */
    public void check(Location location, String field, String remedy) {
        check(location, field, remedy, usableBytes());
    }

    public void check(Location location, String field, String remedy, long usable) {
        if (!fits(usable)) {
            throw refusal(location, field, remedy, usable);
        }
    }

    public BadInputException refusal(Location location, String field, String remedy, long usable) {
        long neededHeap = (long) Math.ceil((bytes / USABLE_SHARE + Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()) / GB);
        return new BadInputException(location, field, String.format(Locale.ROOT,
                "this %s needs about %s of memory (%s), more than the %s this Java may use: %s, or give Java"
                        + " more memory with java -Xmx%dg", what, format(bytes), figures, format(usable), remedy,
                Math.max(1, neededHeap)));
    }

    /** Bytes for people: "38 GB", "3.9 GB", "640 MB". */
    static String format(long bytes) {
        double amount = bytes >= GB ? bytes / GB : bytes / MB;
        String unit = bytes >= GB ? "GB" : "MB";
        return String.format(Locale.ROOT, amount < 10 ? "%.1f %s" : "%.0f %s", amount, unit);
    }
}
