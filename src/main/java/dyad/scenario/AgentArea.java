package dyad.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How an agent sees one issue area apart from events: its standing perceptions there (a lasting shared interest
 * in arms control, a standing threat in European security), how exposed it is there to what events make it
 * perceive (a threat to its security counts more than the same threat elsewhere), and the perceptions there that
 * read a data series.
 *
 * @param levels    by perception, the standing level added in this area (0 when not written)
 * @param exposures by perception, the factor by which events' effects count in this area (1 when not written)
 * @param links     by perception, the series it reads in this area (none when not written)
 */
public record AgentArea(Map<Perception, Double> levels, Map<Perception, Double> exposures,
                        Map<Perception, SeriesLink> links) {

    public AgentArea {
        levels = copy(levels);
        exposures = copy(exposures);
        links = copy(links);
    }

    /** An area whose perceptions read no series. */
    public AgentArea(Map<Perception, Double> levels, Map<Perception, Double> exposures) {
        this(levels, exposures, Map.of());
    }

    private static <V> Map<Perception, V> copy(Map<Perception, V> values) {
        EnumMap<Perception, V> copy = new EnumMap<>(Perception.class);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }

    /** No standing levels, every exposure 1: how an agent sees an area it says nothing of. */
    public static final AgentArea NONE = new AgentArea(Map.of(), Map.of());

    /** The key of the exposure to {@code channel} in a scenario file: {@code threat_exposure} and so on. */
    public static String exposureKey(Perception channel) {
        return channel.key() + "_exposure";
    }

    /**
     * The value a scenario file writes under {@code key}: a perception's standing level, or its exposure.
     *
     * @throws IllegalArgumentException for a key that is neither
     */
    public double value(String key) {
        for (Perception channel : Perception.values()) {
            if (key.equals(channel.key())) {
                return level(channel);
            }
            if (key.equals(exposureKey(channel))) {
                return exposure(channel);
            }
        }
        throw new IllegalArgumentException("no area field '" + key + "'");
    }

    public double level(Perception channel) {
        return levels.getOrDefault(channel, 0.0);
    }

    public double exposure(Perception channel) {
        return exposures.getOrDefault(channel, 1.0);
    }
}
