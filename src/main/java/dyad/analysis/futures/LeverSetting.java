package dyad.analysis.futures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One combination of the levers' values: each lever's value by the lever's name, in the file's order.
 *
 * @param values each lever's value as {@link Lever#valueNames()} writes it
 */
public record LeverSetting(Map<String, String> values) {

    public LeverSetting {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every combination of the levers' values, the first lever's changing slowest. */
    public static List<LeverSetting> all(List<Lever> levers) {
        List<LeverSetting> settings = new java.util.ArrayList<>(List.of(new LeverSetting(Map.of())));
        for (Lever lever : levers) {
            List<LeverSetting> next = new java.util.ArrayList<>();
            for (LeverSetting setting : settings) {
                for (String value : lever.valueNames()) {
                    Map<String, String> values = new LinkedHashMap<>(setting.values);
                    values.put(lever.name(), value);
                    next.add(new LeverSetting(values));
                }
            }
            settings = next;
        }
        return settings;
    }

    /** The parameters the setting sets, by path; a lever it does not name leaves its parameter as the base has it. */
    public Map<String, Double> parameters(List<Lever> levers) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Lever lever : levers) {
            if (lever instanceof Lever.Parameter parameter && values.containsKey(lever.name())) {
                int index = lever.valueNames().indexOf(values.get(lever.name()));
                parameters.put(parameter.path(), parameter.values().get(index));
            }
        }
        return parameters;
    }

    /** Whether the setting leaves the events of {@code process} in. */
    public boolean keeps(String process, List<Lever> levers) {
        for (Lever lever : levers) {
            if (lever instanceof Lever.EventSwitch eventSwitch && eventSwitch.event().equals(process)
                    && "off".equals(values.get(lever.name()))) {
                return false;
            }
        }
        return true;
    }

    /** The same setting of only the levers {@code kept} says. */
    public LeverSetting only(java.util.function.Predicate<String> kept) {
        Map<String, String> some = new LinkedHashMap<>();
        values.forEach((lever, value) -> {
            if (kept.test(lever)) {
                some.put(lever, value);
            }
        });
        return new LeverSetting(some);
    }

    /** The setting in a name: {@code -lever-value} for each lever. */
    public String suffix() {
        StringBuilder suffix = new StringBuilder();
        values.forEach((lever, value) -> suffix.append('-').append(lever).append('-').append(value));
        return suffix.toString();
    }
}
