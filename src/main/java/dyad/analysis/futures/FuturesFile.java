package dyad.analysis.futures;

import dyad.scenario.ResolvedScenario;
import dyad.scenario.YamlValue;
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

    public FuturesFile {
        series = List.copyOf(series);
        events = List.copyOf(events);
        levers = List.copyOf(levers);
        states = List.copyOf(states);
    }
}
