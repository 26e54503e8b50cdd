package dyad.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // first, since the lines after it may speak of the months it adds
        period(from, to, texts).ifPresent(lines::add);
        events(from, to, texts, lines);
        agents(from.agents(), from.start(), to.agents(), to.start(), texts, lines);
        series(from, to, texts, lines);
        List<String> before = dated(from, texts);
        dated(to, texts).stream().filter(line -> !before.contains(line)).forEach(lines::add);
        if (from.referenceOilPrice() != to.referenceOilPrice()) {
            lines.add(texts.get("difference.referenceOil", Fields.format(from.referenceOilPrice()),
                    Fields.format(to.referenceOilPrice())));
        }
        return lines;
    }

    /** "period extended to 2012-12 (ended 2007-12)", or the two periods in full when the start moves too. */
    private static Optional<String> period(Scenario from, Scenario to, Texts texts) {
        if (from.start().equals(to.start()) && from.end().equals(to.end())) {
            return Optional.empty();
        }
        if (from.start().equals(to.start())) {
            String key = to.end().isAfter(from.end()) ? "difference.periodExtended" : "difference.periodShortened";
            return Optional.of(texts.get(key, from.end().toString(), to.end().toString()));
        }
        return Optional.of(texts.get("difference.period", from.start() + "–" + from.end(), to.start() + "–" + to.end()));
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
            agents(previous, scenario.start(), stage.agents(), scenario.start(), texts, stageLines);
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

    /** How an agent's capability changed: to or from a constant, or to another series, saying which. */
    private static String capability(String name, AgentSpec a, AgentSpec b, Texts texts) {
        String field = texts.get("field.capability");
        if (a.capabilitySeries().isEmpty() && b.capabilitySeries().isEmpty()) {
            return texts.get("difference.agentNumber", name, field, Fields.significant(a.capability().get(0)),
                    Fields.significant(b.capability().get(0)));
        }
        if (b.capabilitySeries().isEmpty()) {
            return texts.get("difference.capabilityConstant", name, field, Fields.significant(b.capability().get(0)),
                    a.capabilitySeries().get());
        }
        if (a.capabilitySeries().isEmpty()) {
            return texts.get("difference.capabilityFromSeries", name, field, b.capabilitySeries().get(),
                    Fields.significant(a.capability().get(0)));
        }
        if (!a.capabilitySeries().equals(b.capabilitySeries())) {
            return texts.get("difference.capabilityOtherSeries", name, field, b.capabilitySeries().get(),
                    a.capabilitySeries().get());
        }
        // the same series, changed where it is defined: the series' own line says how
        return texts.get("difference.agentSeries", name, field);
    }

    /**
     * @param fromStart the first month of the period {@code fromAgents}' capabilities cover, and {@code toStart}
     *                  that of {@code toAgents}': a capability is compared month by month where both periods overlap
     */
    private static void agents(List<AgentSpec> fromAgents, YearMonth fromStart, List<AgentSpec> toAgents,
                               YearMonth toStart, Texts texts, List<String> lines) {
        Map<String, AgentSpec> after = byId(toAgents, AgentSpec::id);
        for (AgentSpec a : fromAgents) {
            AgentSpec b = after.get(a.id());
            if (b == null) {
                lines.add(texts.get("difference.agentRemoved", a.name().text()));
                continue;
            }
            String name = b.name().text();
            if (!sameWhereBothRun(a.capability(), fromStart, b.capability(), toStart)) {
                lines.add(capability(name, a, b, texts));
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
            links(lines, texts, name, null, a.links(), b.links());
            Set<String> areas = new LinkedHashSet<>(a.areas().keySet());
            areas.addAll(b.areas().keySet());
            for (String area : areas) {
                links(lines, texts, name, area, a.areas().getOrDefault(area, AgentArea.NONE).links(),
                        b.areas().getOrDefault(area, AgentArea.NONE).links());
            }
        }
        Map<String, AgentSpec> before = byId(fromAgents, AgentSpec::id);
        for (AgentSpec b : toAgents) {
            if (!before.containsKey(b.id())) {
                lines.add(texts.get("difference.agentAdded", b.name().text()));
            }
        }
    }

    /** The perceptions whose series, scale or reference differ, in every area ({@code area} null) or in one. */
    private static void links(List<String> lines, Texts texts, String agent, String area,
                              Map<Perception, SeriesLink> before, Map<Perception, SeriesLink> now) {
        for (Perception perception : Perception.values()) {
            SeriesLink was = before.get(perception);
            SeriesLink is = now.get(perception);
            // a held or replaced series is told as such: a link differs only in what it reads and how
            if (!link(was, texts).equals(link(is, texts))) {
                String read = texts.get("perception." + perception.key());
                lines.add(texts.get("difference.agentLink", agent, area == null ? read
                        : texts.get("difference.inArea", read, area), link(was, texts), link(is, texts)));
            }
        }
    }

    private static String link(SeriesLink link, Texts texts) {
        if (link == null) {
            return texts.get("difference.noLink");
        }
        String scaled = link.series() + " × " + Fields.significant(link.scale());
        return link.relativeTo().map(from -> texts.get("difference.linkRelative", scaled, from)).orElse(scaled);
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
            } else {
                boolean oil = to.oilPriceSeries().filter(entry.getKey()::equals).isPresent();
                seriesChange(entry.getKey(), oil, entry.getValue().values(), from.start(), now, to, texts)
                        .ifPresent(lines::add);
            }
        }
        for (String id : new java.util.TreeSet<>(to.series().keySet())) {
            if (!from.series().containsKey(id)) {
                lines.add(texts.get("difference.seriesAdded", id));
            }
        }
    }

    /**
     * "held at 17.6 from 2001-01" where the new values depart from the old ones, or go on past them, and then
     * stay put; "continued from 2008-01" where they only go on past them; else "replaced"; nothing where they
     * are the same in every month of the new period that the old one has.
     */
    private static Optional<String> seriesChange(String id, boolean oil, MonthlySeries before, YearMonth beforeStart,
                                                 Series now, Scenario to, Texts texts) {
        MonthlySeries after = now.values();
        int first = firstDeparture(before, beforeStart, after, to.start());
        if (first == after.months()) {
            return Optional.empty();
        }
        boolean held = true;
        for (int m = first + 1; m < after.months(); m++) {
            held &= after.get(m) == after.get(first);
        }
        String kind = oil ? "difference.oilPrice" : "difference.series";
        if (held) {
            String value = Fields.format(Math.round(after.get(first) * 100) / 100.0);
            // the unit without its explanation: "US$/bbl (nominal, monthly mean…)" reads "US$/bbl"
            String unit = now.unit().in(texts.language()).replaceAll("\\s*\\(.*", "").strip();
            return Optional.of(texts.get(kind + "Held", id, unit.isEmpty() ? value : value + " " + unit,
                    to.month(first).toString()));
        }
        int offset = MonthIndex.of(beforeStart, to.start());
        boolean onlyPastTheOld = true;
        for (int m = first; m < after.months(); m++) {
            int old = m + offset;
            onlyPastTheOld &= old < 0 || old >= before.months() || before.get(old) == after.get(m);
        }
        return Optional.of(texts.get(kind + (onlyPastTheOld ? "Continued" : "Changed"), id, to.month(first).toString()));
    }

    /**
     * The first month of {@code after} (0 for {@code afterStart}) whose value {@code before}, starting at
     * {@code beforeStart}, does not have or has otherwise; the months of {@code after} if there is none. Two
     * series over one period depart where they first differ; a series over a longer period departs at the
     * latest where the other one ends.
     */
    private static int firstDeparture(MonthlySeries before, YearMonth beforeStart, MonthlySeries after,
                                      YearMonth afterStart) {
        int offset = MonthIndex.of(beforeStart, afterStart);
        int first = 0;
        while (first < after.months() && first + offset >= 0 && first + offset < before.months()
                && before.get(first + offset) == after.get(first)) {
            first++;
        }
        return first;
    }

    /**
     * Whether two series have the same value in every month that both periods have: a constant capability is
     * not another series because the period is longer, and one read from a series that goes on past the old
     * period is told by that series' line.
     */
    private static boolean sameWhereBothRun(MonthlySeries a, YearMonth aStart, MonthlySeries b, YearMonth bStart) {
        int offset = MonthIndex.of(aStart, bStart);
        for (int m = Math.max(0, -offset); m < b.months() && m + offset < a.months(); m++) {
            if (a.get(m + offset) != b.get(m)) {
                return false;
            }
        }
        return true;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
