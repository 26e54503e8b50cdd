package dyad.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that errors found after merging scenario files
 * (a scenario and the ones it extends) still point at the right file and line.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    Location location();

    /** A user-facing name of the value's kind, for type errors. */
    String kindName();

    /** A plain scalar; {@code tag} is the resolved YAML core tag (str, int, float, bool, null, ...). */
    record Scalar(String text, String tag, Location location) implements YamlValue {
        public boolean isNull() {
            return "null".equals(tag);
        }

        /** The value as YAML reads it for the tag: a Number, Boolean, String or null (SnakeYAML's own reading). */
        public Object value() {
            return YamlScalars.valueOf(tag, text);
        }

        @Override
        public String kindName() {
            return isNull() ? "nothing (null)" : "a single value";
        }
    }

    record Sequence(List<YamlValue> items, Location location) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A mapping with string keys, in file order; each key keeps its own location. */
    record Mapping(Map<String, YamlValue> entries, Map<String, Location> keyLocations, Location location)
            implements YamlValue {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        }

        @Override
        public String kindName() {
            return "a mapping of keys to values";
        }

        /**
         * This mapping overlaid by {@code override}: mappings merge key by key, anything else in the
         * override replaces the base value.
         */
        public Mapping overlaidBy(Mapping override) {
            Map<String, YamlValue> merged = new LinkedHashMap<>(entries);
            Map<String, Location> keys = new LinkedHashMap<>(keyLocations);
            override.entries.forEach((key, value) -> {
                YamlValue base = merged.get(key);
                if (base instanceof Mapping baseMap && value instanceof Mapping overrideMap
                        && !removed(baseMap, overrideMap)) {
                    merged.put(key, baseMap.overlaidBy(overrideMap));
                } else {
                    merged.put(key, value);
                    keys.put(key, override.keyLocations.get(key));
                }
            });
            return new Mapping(merged, keys, location);
        }

        /**
         * Whether {@code base} is an entry (agent, event, fact) that a file removed and {@code override} names
         * it again without {@code remove}: then it is a new entry, not a change to the removed one.
         */
        private static boolean removed(Mapping base, Mapping override) {
            return base.entries.get("remove") instanceof Scalar remove && "bool".equals(remove.tag())
                    && Boolean.TRUE.equals(remove.value()) && !override.entries.containsKey("remove");
        }

        /** This mapping with {@code key} set to {@code value}: in its place if the key is there, else last. */
        public Mapping with(String key, YamlValue value) {
            Map<String, YamlValue> changed = new LinkedHashMap<>(entries);
            Map<String, Location> keys = new LinkedHashMap<>(keyLocations);
            changed.put(key, value);
            keys.putIfAbsent(key, value.location());
            return new Mapping(changed, keys, location);
        }

        public Mapping without(String key) {
            Map<String, YamlValue> rest = new LinkedHashMap<>(entries);
            Map<String, Location> keys = new LinkedHashMap<>(keyLocations);
            rest.remove(key);
            keys.remove(key);
            return new Mapping(rest, keys, location);
        }
    }
}
