package dyad.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a scenario's {@code changes}: each item either sets an agent's parameter from a month on
 * ({@code {from: 1997-06, set: agents.<agent>.oil_dependence, to: 0.2}}) or ends a driver's effects from a
 * month on ({@code {from: 1999-06, end: kosovo-war}}); a perception's link to a series changes its
 * {@code scale} only. A value set is checked as if the file had it in place,
 * and reported at the change.
 */
final class ChangeBinder {

    /** The agent fields a change may set; the initial memories belong to the start of the period. */
    static final List<String> SETTABLE = List.of("capability", "oil_dependence", "room_midpoint",
            "strength_half_life_months", "memory_half_life_months", "grievance_half_life_months", "forgiveness");
    private static final Set<String> INITIAL = Set.of("initial_trust", "initial_grievance");

    private record Setting(YearMonth from, String path, double value, Location at, int position) {
    }

    private final YamlValue.Mapping tree;
    private final YearMonth start;
    private final YearMonth end;
    private final List<AgentSpec> agents;
    private final List<EventSpec> events;
    private final Function<YamlValue.Mapping, List<AgentSpec>> agentsOf;

    /** @param agentsOf binds the agents of a scenario tree, checking every field */
    ChangeBinder(YamlValue.Mapping tree, YearMonth start, YearMonth end, List<AgentSpec> agents,
                 List<EventSpec> events, Function<YamlValue.Mapping, List<AgentSpec>> agentsOf) {
        this.tree = tree;
        this.start = start;
        this.end = end;
        this.agents = agents;
        this.events = events;
        this.agentsOf = agentsOf;
    }

    DatedChanges bind(List<YamlValue> items) {
        List<Setting> settings = new ArrayList<>();
        Map<String, YearMonth> ends = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Fields change = Fields.of(items.get(i), "changes[" + i + "]");
            YearMonth from = change.month("from");
            if (from.isBefore(start) || from.isAfter(end)) {
                throw change.error("from", "the month " + from + " is outside the period " + start + " to " + end);
            }
            boolean sets = change.has("set");
            boolean ends_ = change.has("end");
            if (sets == ends_) {
                throw new BadInputException(change.location(), change.path(), "a change either sets a parameter"
                        + " ('set' and 'to') or ends an event's effects ('end'), " + (sets ? "not both" : "but has neither"));
            }
            if (sets) {
                String path = change.string("set");
                checkSettable(change, path);
                double value = change.number("to", -Double.MAX_VALUE, Double.MAX_VALUE);
                Location at = change.value("to").location();
                try {
                    agentsOf.apply(ParameterPath.set(tree, path, value, at));
                } catch (BadInputException e) {
                    throw new BadInputException(at, change.pathOf("to"), e.problem());
                }
                settings.add(new Setting(from, path, value, at, i));
            } else {
                String id = change.string("end");
                EventSpec event = events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
                if (event == null) {
                    throw change.error("end", "no event '" + id + "' in 'events'"
                            + Fields.suggestion(id, events.stream().map(EventSpec::id).toList()));
                }
                if (event.kind() != EventKind.DRIVER) {
                    throw change.error("end", "'" + id + "' is a marker: it never reaches the agents, so it has no"
                            + " effects to end");
                }
                if (!from.isAfter(event.date())) {
                    throw change.error("from", "'" + id + "' happens in " + event.date() + ", not before " + from
                            + ": an event that has not happened is removed with events: {" + id + ": {remove: true}}");
                }
                if (ends.containsKey(id)) {
                    throw change.error("end", "the effects of '" + id + "' already end from " + ends.get(id));
                }
                ends.put(id, from);
            }
            change.rejectUnknownKeys();
        }
        return new DatedChanges(stages(settings), ends);
    }

    /** The agents from each month in which something is set, every change made by then in place. */
    private List<DatedChanges.Stage> stages(List<Setting> settings) {
        settings.sort(Comparator.comparing(Setting::from).thenComparingInt(Setting::position));
        Set<YearMonth> months = new TreeSet<>();
        settings.forEach(setting -> months.add(setting.from()));
        List<DatedChanges.Stage> stages = new ArrayList<>();
        for (YearMonth month : months) {
            YamlValue.Mapping changed = tree;
            for (Setting setting : settings) {
                if (!setting.from().isAfter(month)) {
                    changed = ParameterPath.set(changed, setting.path(), setting.value(), setting.at());
                }
            }
            stages.add(new DatedChanges.Stage(month, agentsOf.apply(changed)));
        }
        return stages;
    }

    private void checkSettable(Fields change, String path) {
        Set<String> ids = new HashSet<>();
        agents.forEach(agent -> ids.add(agent.id()));
        String[] parts = path.split("\\.", -1);
        String shape = "changes can set agents.<agent>.<field> (" + String.join(", ", SETTABLE)
                + "), agents.<agent>.weights.<rule>, agents.<agent>.areas.<area>.<perception or exposure>, or the scale"
                + " of a perception's series (agents.<agent>.perceptions.<perception>.scale, or in an area"
                + " agents.<agent>.areas.<area>.perceptions.<perception>.scale)";
        if (parts.length < 3 || !parts[0].equals("agents")) {
            throw change.error("set", "'" + path + "' cannot change from a month: " + shape);
        }
        if (!ids.contains(parts[1])) {
            throw change.error("set", "no agent '" + parts[1] + "' in 'agents'" + Fields.suggestion(parts[1], ids));
        }
        if (parts.length == 3 && INITIAL.contains(parts[2])) {
            throw change.error("set", "'" + parts[2] + "' is the agent's memory at the start of the period: a change"
                    + " from a month cannot set it");
        }
        boolean field = parts.length == 3 && SETTABLE.contains(parts[2]);
        boolean weight = parts.length == 4 && parts[2].equals("weights") && !parts[3].isEmpty();
        // an area and a key the scenario does not have are refused where the changed agents are bound
        boolean area = parts.length == 5 && parts[2].equals("areas") && !parts[3].isEmpty() && !parts[4].isEmpty();
        // a link the agent does not have is refused where the changed agents are bound (its series is missing)
        boolean link = parts.length == 5 && parts[2].equals(ScenarioBinder.PERCEPTIONS) && !parts[3].isEmpty()
                && parts[4].equals("scale");
        boolean areaLink = parts.length == 7 && parts[2].equals("areas") && !parts[3].isEmpty()
                && parts[4].equals(ScenarioBinder.PERCEPTIONS) && !parts[5].isEmpty() && parts[6].equals("scale");
        if (!field && !weight && !area && !link && !areaLink) {
            String suggestion = parts.length == 3 ? Fields.suggestion(parts[2], SETTABLE) : "";
            throw change.error("set", "'" + path + "' cannot change from a month" + (suggestion.isEmpty()
                    ? ": " + shape : suggestion));
        }
        String linked = path.substring(0, path.length() - ".scale".length());
        if ((link || areaLink) && ParameterPath.get(tree, linked + ".series").isEmpty()) {
            throw change.error("set", "'" + linked + "' reads no series: link it first in the agent ("
                    + parts[parts.length - 2] + ": {series: <id>}), then change its scale");
        }
    }
}
