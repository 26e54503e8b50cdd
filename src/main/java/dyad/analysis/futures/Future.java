package dyad.analysis.futures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drawn future of a scenario.
 *
 * @param name        the future scenario's name (and so its results folder)
 * @param title       what its figures call it; empty to keep the base scenario's title
 * @param seriesPaths for each series carried on by a path model, its values in the horizon's months
 * @param events      the drivers drawn in the horizon
 */
public record Future(String name, java.util.Optional<dyad.scenario.Text> title, Map<String, double[]> seriesPaths,
                     List<DrawnEvent> events) {

    /** A future under the base scenario's title. */
    public Future(String name, Map<String, double[]> seriesPaths, List<DrawnEvent> events) {
        this(name, java.util.Optional.empty(), seriesPaths, events);
    }

    public Future {
        Map<String, double[]> copy = new LinkedHashMap<>();
        seriesPaths.forEach((id, path) -> copy.put(id, path.clone()));
        seriesPaths = java.util.Collections.unmodifiableMap(copy);
        events = List.copyOf(events);
    }
}
