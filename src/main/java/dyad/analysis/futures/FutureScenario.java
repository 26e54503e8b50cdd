package dyad.analysis.futures;

import dyad.scenario.EffectSpec;
import dyad.scenario.Language;
import dyad.scenario.Location;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.Series;
import dyad.scenario.Text;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drawn future written as a scenario of its own, which {@code dyad run} replays: the base scenario resolved
 * (its {@code extends} merged, its data inline), its period carried to the horizon's end, each drawn series
 * written inline for history and future alike, every other series held at its last month (unless it is held
 * already), and the drawn events added as drivers. Everything in the base period stays as it was, so the
 * future's runs repeat the base's random draws in those months.
 */
public final class FutureScenario {

    private FutureScenario() {
    }

    /**
     * The future's scenario file; the same inputs always give the same bytes.
     *
     * @throws IllegalArgumentException if the horizon does not start the month after the base period ends, a
     *                                  path has not one value per month of the horizon, or a series is unknown
     */
    public static String yaml(ResolvedScenario base, Horizon horizon, Future future) {
        return yaml(base, horizon, future, Map.of());
    }

    /**
     * The future's scenario file with each of {@code fromHorizon}'s parameters (by path) set from the horizon's
     * first month on, as dated changes after the base's own, so that the base period stays as it was.
     */
    public static String yaml(ResolvedScenario base, Horizon horizon, Future future, Map<String, Double> fromHorizon) {
        Scenario scenario = base.scenario();
        if (!horizon.first().equals(scenario.end().plusMonths(1))) {
            throw new IllegalArgumentException("the horizon must start the month after scenario " + scenario.name()
                    + " ends (" + scenario.end().plusMonths(1) + "), not " + horizon.first());
        }
        YamlValue.Mapping root = base.tree();
        Location at = root.location();
        YamlValue.Mapping period = (YamlValue.Mapping) root.entries().get("period");
        YamlValue.Mapping tree = root.without("derived_from")
                .with("name", string(future.name(), at))
                .with("period", period.with("end", string(horizon.last().toString(), at)));
        if (future.title().isPresent()) {
            tree = tree.with("title", text(future.title().get(), at));
        }
        tree = tree.with("series", series(tree, scenario, horizon, future.seriesPaths()));
        tree = tree.with("events", events(tree, future.events(), at));
        tree = withChanges(tree, horizon.first(), fromHorizon);
        return YamlWriter.write(tree, "Future " + future.name() + " of scenario " + scenario.name() + ", carried to "
                + horizon.last() + " with drawn series and events; dyad run this file to replay it.");
    }

    /** The tree with a dated change for each parameter (by path) from {@code from} on, after its own changes. */
    public static YamlValue.Mapping withChanges(YamlValue.Mapping tree, YearMonth from, Map<String, Double> settings) {
        if (settings.isEmpty()) {
            return tree;
        }
        Location at = tree.location();
        List<YamlValue> changes = new ArrayList<>();
        if (tree.entries().get("changes") instanceof YamlValue.Sequence own) {
            changes.addAll(own.items());
        }
        settings.forEach((path, value) -> {
            Map<String, YamlValue> change = new LinkedHashMap<>();
            change.put("from", string(from.toString(), at));
            change.put("set", string(path, at));
            change.put("to", number(value, at));
            changes.add(new YamlValue.Mapping(change, Map.of(), at));
        });
        return tree.with("changes", new YamlValue.Sequence(changes, at));
    }

    private static YamlValue.Mapping series(YamlValue.Mapping tree, Scenario scenario, Horizon horizon,
                                            Map<String, double[]> paths) {
        YamlValue.Mapping written = tree.entries().get("series") instanceof YamlValue.Mapping all
                ? all : new YamlValue.Mapping(Map.of(), Map.of(), tree.location());
        for (String id : paths.keySet()) {
            if (!scenario.series().containsKey(id)) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " has no series '" + id
                        + "'; its series are " + new java.util.TreeSet<>(scenario.series().keySet()));
            }
            if (paths.get(id).length != horizon.months()) {
                throw new IllegalArgumentException("series " + id + ": the drawn path has " + paths.get(id).length
                        + " values, and the horizon " + horizon.months() + " months");
            }
        }
        YamlValue.Mapping result = written;
        for (Map.Entry<String, YamlValue> entry : written.entries().entrySet()) {
            String id = entry.getKey();
            YamlValue.Mapping spec = (YamlValue.Mapping) entry.getValue();
            Location at = spec.location();
            if (paths.containsKey(id)) {
                result = result.with(id, withValues(spec, scenario.series().get(id), scenario.start(), paths.get(id)));
            } else if (!spec.entries().containsKey("hold") || spec.entries().get("hold") instanceof YamlValue.Scalar) {
                String last = scenario.end().toString();
                YamlValue.Mapping window = mapping(at, "start", string(last, at), "end", string(last, at));
                result = result.with(id, spec.with("hold",
                        mapping(at, "from", string(horizon.first().toString(), at), "mean_over", window)));
            }
        }
        return result;
    }

    /** The series with its history as run (any hold applied) and the path after it, inline, and no hold. */
    private static YamlValue.Mapping withValues(YamlValue.Mapping spec, Series series, YearMonth start, double[] path) {
        Location at = spec.location();
        double[] history = series.values().toArray();
        Map<String, YamlValue> values = new LinkedHashMap<>();
        for (int m = 0; m < history.length + path.length; m++) {
            double value = m < history.length ? history[m] : path[m - history.length];
            values.put(start.plusMonths(m).toString(), number(value, at));
        }
        YamlValue.Mapping result = spec.without("file").without("column").without("hold").without("values");
        return result.with("values", new YamlValue.Mapping(values, Map.of(), at));
    }

    private static YamlValue.Mapping events(YamlValue.Mapping tree, List<DrawnEvent> drawn, Location at) {
        YamlValue.Mapping events = tree.entries().get("events") instanceof YamlValue.Mapping all
                ? all : new YamlValue.Mapping(Map.of(), Map.of(), at);
        List<DrawnEvent> inOrder = new ArrayList<>(drawn);
        inOrder.sort(java.util.Comparator.comparing(DrawnEvent::month)); // stable: drawing order within a month
        Map<String, Integer> perMonth = new LinkedHashMap<>();
        for (DrawnEvent event : inOrder) {
            String stem = event.process() + "-" + event.month();
            int count = perMonth.merge(stem, 1, Integer::sum);
            String id = count == 1 ? stem : stem + "-" + count;
            if (events.entries().containsKey(id)) {
                throw new IllegalArgumentException("the drawn event " + id + " has the id of an event of the base"
                        + " scenario; name the process otherwise");
            }
            events = events.with(id, event(event, at));
        }
        return events;
    }

    private static YamlValue.Mapping event(DrawnEvent event, Location at) {
        List<YamlValue> effects = new ArrayList<>();
        for (EffectShape shape : event.shape().effects()) {
            EffectSpec effect = shape.on(event.agentId());
            Map<String, YamlValue> fields = new LinkedHashMap<>();
            fields.put("agent", string(effect.agentId(), at));
            fields.put("perceives", string(effect.perceives().key(), at));
            fields.put("change", number(effect.change(), at));
            fields.put("hold_months", new YamlValue.Scalar(Integer.toString(effect.holdMonths()), "int", at));
            if (Double.isFinite(effect.halfLifeMonths())) {
                fields.put("half_life_months", number(effect.halfLifeMonths(), at));
            }
            if (!effect.areas().isEmpty()) {
                fields.put("on", new YamlValue.Sequence(effect.areas().stream()
                        .map(area -> (YamlValue) string(area, at)).toList(), at));
            }
            effects.add(new YamlValue.Mapping(fields, Map.of(), at));
        }
        Map<String, YamlValue> fields = new LinkedHashMap<>();
        fields.put("date", string(event.month().toString(), at));
        fields.put("kind", string("driver", at));
        fields.put("label", text(event.label(), at));
        fields.put("source", string("drawn by the event process " + event.process(), at));
        fields.put("effects", new YamlValue.Sequence(effects, at));
        return new YamlValue.Mapping(fields, Map.of(), at);
    }

    private static YamlValue text(Text text, Location at) {
        if (text.translations().isEmpty()) {
            return string(text.text(), at);
        }
        // the text as written is its English unless a translation says otherwise, as a scenario file has it
        Map<Language, String> all = new EnumMap<>(Language.class);
        all.put(Language.EN, text.text());
        all.putAll(text.translations());
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        all.forEach((language, words) -> entries.put(language.tag(), string(words, at)));
        return new YamlValue.Mapping(entries, Map.of(), at);
    }

    private static YamlValue.Mapping mapping(Location at, String key1, YamlValue value1, String key2, YamlValue value2) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        entries.put(key1, value1);
        entries.put(key2, value2);
        return new YamlValue.Mapping(entries, Map.of(), at);
    }

    private static YamlValue.Scalar string(String text, Location at) {
        return new YamlValue.Scalar(text, "str", at);
    }

    /** Double.toString gives the shortest text that reads back as the same double. */
    private static YamlValue.Scalar number(double value, Location at) {
        return new YamlValue.Scalar(Double.toString(value), "float", at);
    }
}
