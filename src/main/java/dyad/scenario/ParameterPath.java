package dyad.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric value of a scenario addressed by a dotted path, such as {@code agents.<agent>.weights.threat} or
 * {@code events.september-11.effects[0].change}: read it, or replace it in a scenario tree.
 */
public final class ParameterPath {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern POSITION = Pattern.compile("\\[(\\d+)]");

    private ParameterPath() {
    }

    /** The steps of a path: mapping keys as strings, list positions as integers. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher matcher = STEP.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + path + "' is not a parameter path");
            }
            steps.add(matcher.group(1));
            Matcher index = POSITION.matcher(matcher.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        return steps;
    }

    public static boolean isValid(String path) {
        try {
            steps(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The value at the path, if the tree holds one there. */
    public static Optional<YamlValue> get(YamlValue.Mapping tree, String path) {
        YamlValue current = tree;
        for (Object step : steps(path)) {
            if (step instanceof String key && current instanceof YamlValue.Mapping mapping) {
                current = mapping.entries().get(key);
            } else if (step instanceof Integer position && current instanceof YamlValue.Sequence sequence
                    && position < sequence.items().size()) {
                current = sequence.items().get(position);
            } else {
                return Optional.empty();
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    public static YamlValue.Mapping set(YamlValue.Mapping tree, String path, double value) {
        return (YamlValue.Mapping) set(tree, steps(path), 0, value, path, null);
    }

    /** As {@link #set(YamlValue.Mapping, String, double)}, the new value written {@code at} (for its errors). */
    static YamlValue.Mapping set(YamlValue.Mapping tree, String path, double value, Location at) {
        return (YamlValue.Mapping) set(tree, steps(path), 0, value, path, at);
    }

    private static YamlValue set(YamlValue current, List<Object> steps, int depth, double value, String path,
                                 Location written) {
        if (depth == steps.size()) {
            Location at = written != null ? written : current.location();
            boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
            return whole ? new YamlValue.Scalar(Long.toString((long) value), "int", at)
                    : new YamlValue.Scalar(Double.toString(value), "float", at);
        }
        Object step = steps.get(depth);
        if (step instanceof String key && current instanceof YamlValue.Mapping mapping) {
            YamlValue child = mapping.entries().get(key);
            if (child == null) {
                child = depth + 1 == steps.size() ? new YamlValue.Scalar("0", "int", mapping.location())
                        : new YamlValue.Mapping(Map.of(), Map.of(), mapping.location());
            }
            Map<String, YamlValue> entries = new LinkedHashMap<>(mapping.entries());
            Map<String, Location> keys = new LinkedHashMap<>(mapping.keyLocations());
            entries.put(key, set(child, steps, depth + 1, value, path, written));
            keys.putIfAbsent(key, mapping.location());
            return new YamlValue.Mapping(entries, keys, mapping.location());
        }
        if (step instanceof Integer position && current instanceof YamlValue.Sequence sequence
                && position < sequence.items().size()) {
            List<YamlValue> items = new ArrayList<>(sequence.items());
            items.set(position, set(items.get(position), steps, depth + 1, value, path, written));
            return new YamlValue.Sequence(items, sequence.location());
        }
        throw new BadInputException(current.location(), path, "the scenario has no value at this path");
    }
}
