package dyad.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agent's behavioural weights as written in its scenario: weight key to value, in the order of the file.
 * The keys form an open set, one per rule of the model; the model's rule registry checks them (which keys
 * exist, which values are allowed) and gives 0 to a rule whose weight is not written. Each key keeps where
 * it was written, so that the model can point at it. Two weights are equal when they give every key the
 * same value, a key not written counting as 0, wherever they were written.
 */
public final class Weights {

    /** No weight written: every rule has weight 0. */
    public static final Weights NONE = new Weights(Map.of(), Map.of());

    private final Map<String, Double> values;
    private final Map<String, Location> locations;

    private Weights(Map<String, Double> values, Map<String, Location> locations) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    }

    /** Weights not read from a file, such as those a test builds. */
    public static Weights of(Map<String, Double> values) {
        return of(values, Map.of());
    }

    /** @param locations where each value was written; a key without one has no known place */
    public static Weights of(Map<String, Double> values, Map<String, Location> locations) {
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "key");
            if (!Double.isFinite(Objects.requireNonNull(value, "value"))) {
                throw new IllegalArgumentException("weight " + key + " is not a finite number: " + value);
            }
        });
        return new Weights(values, locations);
    }

    /** The weight written for {@code key}, or 0 when none is. */
    public double get(String key) {
        Double value = values.get(key);
        return value != null ? value : 0;
    }

    /** The keys written, in file order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** The weights written, in file order. */
    public Map<String, Double> values() {
        return values;
    }

    /** Where the value of {@code key} was written, if it was read from a file. */
    public Optional<Location> locationOf(String key) {
        return Optional.ofNullable(locations.get(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights weights && nonZero().equals(weights.nonZero());
    }

    @Override
    public int hashCode() {
        return nonZero().hashCode();
    }

    private Map<String, Double> nonZero() {
        Map<String, Double> nonZero = new java.util.HashMap<>(values);
        nonZero.values().removeIf(value -> value == 0);
        return nonZero;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
