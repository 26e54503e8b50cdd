package dyad.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** Replaces one numeric value in a scenario tree, addressed by a dotted path such as {@code agents.usa.weights.threat}. */
public final class ParameterPath {

    private ParameterPath() {
    }

    public static YamlValue.Mapping set(YamlValue.Mapping tree, String path, double value) {
        String[] keys = path.split("\\.");
        return set(tree, keys, 0, value, path);
    }

    private static YamlValue.Mapping set(YamlValue.Mapping mapping, String[] keys, int depth, double value, String path) {
        String key = keys[depth];
        YamlValue current = mapping.entries().get(key);
        Map<String, YamlValue> replacement = new LinkedHashMap<>();
        Location here = mapping.location();
        if (depth == keys.length - 1) {
            Location at = current != null ? current.location() : here;
            boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
            replacement.put(key, whole ? new YamlValue.Scalar(Long.toString((long) value), "int", at)
                    : new YamlValue.Scalar(Double.toString(value), "float", at));
        } else {
            YamlValue.Mapping child = current instanceof YamlValue.Mapping existing ? existing
                    : new YamlValue.Mapping(Map.of(), Map.of(), here);
            if (current != null && !(current instanceof YamlValue.Mapping)) {
                throw new ScenarioException(current.location(), path, "'" + key + "' is not a mapping in the scenario");
            }
            replacement.put(key, set(child, keys, depth + 1, value, path));
        }
        Map<String, Location> keyLocations = new LinkedHashMap<>();
        keyLocations.put(key, mapping.keyLocations().getOrDefault(key, here));
        return mapping.overlaidBy(new YamlValue.Mapping(replacement, keyLocations, here));
    }
}
