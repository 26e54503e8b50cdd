package dyad.analysis.futures;

import dyad.scenario.Location;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A futures file as read and checked (see {@link FuturesLoader}): a base scenario carried to a horizon in
 * {@code futures} drawn futures, each run {@code replications} times under every combination of the levers.
 *
 * @param name         what the results and the futures are called: the file's name, else the base's + "-futures"
 * @param file         the futures file
 * @param baseFile     the base scenario's file
 * @param base         the base scenario resolved
 * @param seed         keys every future's random numbers (see {@link FutureGenerators})
 * @param replications the runs of each future under each lever combination
 * @param series       the series drawn by a path model, in file order
 * @param events       the event processes, in file order
 * @param levers       the levers, in file order
 * @param states       the outlook states, in file order
 * @param source       the file as read
 */
public record FuturesFile(String name, Path file, Path baseFile, ResolvedScenario base, Horizon horizon, int futures, long seed,
                          int replications, List<SeriesUncertainty> series, List<EventUncertainty> events,
                          List<Lever> levers, List<OutlookState> states, YamlValue.Mapping source) {

    /** The most futures one file draws. */
    public static final int MAX_FUTURES = 100_000;
    /** The runs of each future unless the file says: a few, as the futures carry most of the spread. */
    public static final int REPLICATIONS = 4;
    /** The futures file as run, in its results folder. */
    public static final String FILE = "futures.yaml";
    /** The base scenario resolved, beside {@link #FILE}, which names it. */
    public static final String BASE_FILE = "base-scenario.yaml";

    public FuturesFile {
        series = List.copyOf(series);
        events = List.copyOf(events);
        levers = List.copyOf(levers);
        states = List.copyOf(states);
    }

    /**
     * The text of {@link #FILE}: the file as written, but with {@code base} naming the resolved base scenario kept
     * beside it ({@link #BASE_FILE}, {@link ResolvedScenario#text()}) and its name, seed and replications written
     * out, so that the results folder alone draws the same futures. Reading it gives the same text again.
     */
    public String resolvedText() {
        Location at = source.location();
        YamlValue.Mapping resolved = source.with("name", new YamlValue.Scalar(name, "str", at))
                .with("base", new YamlValue.Scalar(BASE_FILE, "str", at))
                .with("seed", new YamlValue.Scalar(Long.toString(seed), "int", at))
                .with("replications", new YamlValue.Scalar(Integer.toString(replications), "int", at));
        return YamlWriter.write(resolved, "Futures " + name + " as run; its base scenario, with everything it extends"
                + " and reads, is " + BASE_FILE + ". dyad futures this file (with --out) to draw the same futures;"
                + " dyad chart redraws the figures from it.");
    }
}
