package dyad.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What one scenario changes relative to another, in words: the events it removes, adds or changes, the agents'
 * parameters and rule weights it sets otherwise, the series it replaces. Read from the two scenarios as bound,
 * so it says what a counterfactual does however its file was written.
 */
public final class ScenarioDifference {

    private ScenarioDifference() {
    }

    /** The changes from {@code base} to {@code other}, each a line in the language of {@code texts}. */
    public static List<String> describe(Scenario base, Scenario other, Texts texts) {
        Scenario from = base.in(texts.language());
        Scenario to = other.in(texts.language());
        List<String> lines = new ArrayList<>();
        events(from, to, texts, lines);
        agents(from.agents(), to.agents(), texts, lines);
        series(from, to, texts, lines);
        List<String> before = dated(from, texts);
        dated(to, texts).stream().filter(line -> !before.contains(line)).forEach(lines::add);
        if (from.referenceOilPrice() != to.referenceOilPrice()) {
            lines.add(texts.get("difference.referenceOil", Fields.format(from.referenceOilPrice()),
                    Fields.format(to.referenceOilPrice())));
        }
        if (!from.start().equals(to.start()) || !from.end().equals(to.end())) {
            lines.add(texts.get("difference.period", from.start() + "–" + from.end(), to.start() + "–" + to.end()));
        }
        return lines;
    }

    private static void events(Scenario from, Scenario to, Texts texts, List<String> lines) {
        Map<String, EventSpec> before = byId(from.events(), EventSpec::id);
        Map<String, EventSpec> after = byId(to.events(), EventSpec::id);
        for (EventSpec event : from.events()) {
            EventSpec changed = after.get(event.id());
            if (changed == null) {
                lines.add(texts.get("difference.eventRemoved", event.label().text(), event.date().toString()));
            } else if (!sameEvent(event, changed)) {
                lines.add(texts.get("difference.eventChanged", changed.label().text(), changed.date().toString()));
            }
        }
        for (EventSpec event : to.events()) {
            if (!before.containsKey(event.id())) {
                lines.add(texts.get("difference.eventAdded", event.label().text(), event.date().toString()));
            }
        }
    }

    private static boolean sameEvent(EventSpec a, EventSpec b) {
        return a.date().equals(b.date()) && a.kind() == b.kind() && a.effects().equals(b.effects());
    }

    /** What a scenario's dated changes do, each line with its month, in the order of the months. */
    private static List<String> dated(Scenario scenario, Texts texts) {
        List<String> lines = new ArrayList<>();
        List<AgentSpec> previous = scenario.agents();
        for (DatedChanges.Stage stage : scenario.changes().stages()) {
            List<String> stageLines = new ArrayList<>();
            agents(previous, stage.agents(), texts, stageLines);
            stageLines.forEach(line -> lines.add(texts.get("difference.from", stage.from().toString(), line)));
            previous = stage.agents();
        }
        Map<String, EventSpec> events = byId(scenario.events(), EventSpec::id);
        scenario.changes().eventEnds().entrySet().stream()
                .sorted(Map.Entry.<String, java.time.YearMonth>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(end -> lines.add(texts.get("difference.eventEnded",
                        events.get(end.getKey()).label().text(), end.getValue().toString())));
        return lines;
    }

    private static void agents(List<AgentSpec> fromAgents, List<AgentSpec> toAgents, Texts texts, List<String> lines) {
        Map<String, AgentSpec> after = byId(toAgents, AgentSpec::id);
        for (AgentSpec a : fromAgents) {
            AgentSpec b = after.get(a.id());
            if (b == null) {
                lines.add(texts.get("difference.agentRemoved", a.name().text()));
                continue;
            }
            String name = b.name().text();
            if (!a.capability().equals(b.capability())) {
                lines.add(texts.get("difference.agentSeries", name, texts.get("field.capability")));
            }
            number(lines, texts, name, "field.oil_dependence", a.oilDependence(), b.oilDependence());
            number(lines, texts, name, "field.room_midpoint", a.roomMidpoint(), b.roomMidpoint());
            number(lines, texts, name, "field.strength_half_life_months", a.strengthHalfLife(), b.strengthHalfLife());
            number(lines, texts, name, "field.memory_half_life_months", a.memoryHalfLife(), b.memoryHalfLife());
            number(lines, texts, name, "field.grievance_half_life_months", a.grievanceHalfLife(), b.grievanceHalfLife());
            number(lines, texts, name, "field.initial_trust", a.initialTrust(), b.initialTrust());
            number(lines, texts, name, "field.initial_grievance", a.initialGrievance(), b.initialGrievance());
            Set<String> keys = new LinkedHashSet<>(a.weights().keys());
            keys.addAll(b.weights().keys());
            for (String key : keys) {
                double before = a.weights().get(key);
                double now = b.weights().get(key);
                if (before != now) {
                    lines.add(texts.get("difference.agentNumber", name, texts.get("field.weight", ruleName(key, texts)),
                            Fields.significant(before), Fields.significant(now)));
                }
            }
        }
        Map<String, AgentSpec> before = byId(fromAgents, AgentSpec::id);
        for (AgentSpec b : toAgents) {
            if (!before.containsKey(b.id())) {
                lines.add(texts.get("difference.agentAdded", b.name().text()));
            }
        }
    }

    /** A rule's name in the language of the texts, else its key. */
    public static String ruleName(String key, Texts texts) {
        String name = "rule." + key + ".name";
        return texts.has(name) ? texts.get(name) : key.replace('_', ' ');
    }

    private static void number(List<String> lines, Texts texts, String agent, String field, double before, double now) {
        if (before != now) {
            lines.add(texts.get("difference.agentNumber", agent, texts.get(field), Fields.significant(before), Fields.significant(now)));
        }
    }

    private static void series(Scenario from, Scenario to, Texts texts, List<String> lines) {
        for (Map.Entry<String, Series> entry : new java.util.TreeMap<>(from.series()).entrySet()) {
            Series now = to.series().get(entry.getKey());
            if (now == null) {
                lines.add(texts.get("difference.seriesRemoved", entry.getKey()));
            } else if (!Objects.equals(entry.getValue().values(), now.values())) {
                boolean oil = to.oilPriceSeries().filter(entry.getKey()::equals).isPresent();
                lines.add(seriesChange(entry.getKey(), oil, entry.getValue().values(), now, to, texts));
            }
        }
        for (String id : new java.util.TreeSet<>(to.series().keySet())) {
            if (!from.series().containsKey(id)) {
                lines.add(texts.get("difference.seriesAdded", id));
            }
        }
    }

    /** "held at 17.6 from 2001-01" where the new values depart from the old ones and then stay put, else "replaced". */
    private static String seriesChange(String id, boolean oil, MonthlySeries before, Series now, Scenario to,
                                       Texts texts) {
        MonthlySeries after = now.values();
        int first = 0;
        while (first < after.months() && before.get(first) == after.get(first)) {
            first++;
        }
        boolean held = true;
        for (int m = first + 1; m < after.months(); m++) {
            held &= after.get(m) == after.get(first);
        }
        String kind = oil ? "difference.oilPrice" : "difference.series";
        if (held && first < after.months()) {
            String value = Fields.format(Math.round(after.get(first) * 100) / 100.0);
            // the unit without its explanation: "US$/bbl (nominal, monthly mean…)" reads "US$/bbl"
            String unit = now.unit().replaceAll("\\s*\\(.*", "").strip();
            return texts.get(kind + "Held", id, unit.isEmpty() ? value : value + " " + unit,
                    to.month(first).toString());
        }
        return texts.get(kind + "Changed", id, to.month(Math.min(first, after.months() - 1)).toString());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
