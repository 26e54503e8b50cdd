package dyad.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a run changed in its scenario file: numbers replaced by parameter path (a sweep point), and the seed
 * and replications given on the command line.
 *
 * @param parameters   new values by dotted path, such as {@code agents.<agent>.oil_dependence}
 * @param seed         the seed to use instead of the scenario's, if any
 * @param replications the replications to use instead of the scenario's, if any
 */
public record ScenarioOverrides(Map<String, Double> parameters, OptionalLong seed, OptionalInt replications) {

    public static final ScenarioOverrides NONE = new ScenarioOverrides(Map.of(), OptionalLong.empty(),
            OptionalInt.empty());

    public ScenarioOverrides {
        // sorted, so that the overrides are applied in one order whatever map the caller built
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public static ScenarioOverrides parameters(Map<String, Double> parameters) {
        return new ScenarioOverrides(parameters, OptionalLong.empty(), OptionalInt.empty());
    }

    public ScenarioOverrides withSeed(long newSeed) {
        return new ScenarioOverrides(parameters, OptionalLong.of(newSeed), replications);
    }

    public ScenarioOverrides withReplications(int newReplications) {
        return new ScenarioOverrides(parameters, seed, OptionalInt.of(newReplications));
    }
}
