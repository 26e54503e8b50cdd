package dyad.analysis.futures;

import dyad.scenario.BadInputException;
import dyad.scenario.FactSeries;
import dyad.scenario.Fields;
import dyad.scenario.FileKind;
import dyad.scenario.ParameterPath;
import dyad.scenario.Perception;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Text;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a futures file (see futures-format.md): every problem is one line naming the file, line and
 * field, with the nearest valid name where one is near. The path models are fitted and the event rates
 * estimated here, so that a window the models cannot use is reported against the file.
 */
public final class FuturesLoader {

    static final List<String> KEYS = List.of("name", "description", "base", "horizon", "futures", "seed",
            "replications", "series", "events", "levers", "states", "outcome_years");
    static final List<String> MODELS = List.of("block_bootstrap", "mean_reverting", "growth_range");
    static final List<String> KINDS = List.of("blow", "thaw");
    private static final String ID = "[a-z][a-z0-9_-]*";

    private FuturesLoader() {
    }

    /**
     * How many of the horizon's last years make a lever setting's outcome in regret.csv: {@code outcome_years},
     * by default {@link Robustness#OUTCOME_YEARS} or the whole horizon if shorter.
     */
    public static int outcomeYears(FuturesFile file) {
        return outcomeYears(file.source(), file.horizon());
    }

    private static int outcomeYears(YamlValue.Mapping tree, Horizon horizon) {
        int years = horizon.last().getYear() - horizon.first().getYear() + 1;
        return (int) new Fields(tree, "").integer("outcome_years", Math.min(Robustness.OUTCOME_YEARS, years), 1, years);
    }

    /** Whether a file read is a futures file: it names its scenario under 'base' and is of no other kind. */
    public static boolean isFuturesFile(YamlValue.Mapping tree) {
        return FileKind.of(tree).isEmpty() && tree.entries().containsKey("base");
    }

    /** @throws BadInputException with the file, line and field of the first problem */
    public static FuturesFile load(Path file) {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        FileKind.of(tree).ifPresent(kind -> {
            throw new BadInputException(tree.location(), "", "this is " + article(kind.title()) + ", not a futures"
                    + " file: a futures file names its scenario under 'base' (see futures-format.md)");
        });
        Fields root = new Fields(tree, "");
        for (String key : tree.entries().keySet()) {
            if (!KEYS.contains(key)) {
                throw new BadInputException(root.locationOf(key), key, "unknown key" + Fields.suggestion(key, KEYS));
            }
        }
        root.acceptAllKeys();
        Path baseFile = root.file("base");
        if (!Files.isRegularFile(baseFile)) {
            throw root.error("base", "no scenario file " + baseFile + " (a path relative to this file)");
        }
        ResolvedScenario base = ResolvedScenario.of(baseFile);
        Scenario scenario = base.scenario();
        Horizon horizon = horizon(root, scenario);
        int futures = (int) root.integer("futures", 1, FuturesFile.MAX_FUTURES);
        long seed = root.integer("seed", scenario.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        int replications = (int) root.integer("replications", FuturesFile.REPLICATIONS, 1, 10_000);
        outcomeYears(tree, horizon);
        List<SeriesUncertainty> series = series(root, scenario);
        List<EventUncertainty> events = events(root, scenario);
        List<Lever> levers = levers(root, baseFile, base, events);
        List<OutlookState> states = states(root, scenario);
        String name = root.string("name", scenario.name() + "-futures");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.error("name", "'" + name + "' cannot be used as a folder name: use letters, digits, '.', '_'"
                    + " and '-'");
        }
        return new FuturesFile(name, file, baseFile, base, horizon, futures, seed, replications, series, events, levers,
                states, tree);
    }

    private static Horizon horizon(Fields root, Scenario scenario) {
        Fields horizon = root.mapping("horizon");
        YearMonth start = horizon.month("start");
        YearMonth end = horizon.month("end");
        horizon.rejectUnknownKeys();
        YearMonth next = scenario.end().plusMonths(1);
        if (!start.equals(next)) {
            throw horizon.error("start", "the horizon starts the month after the base scenario ends: " + next
                    + ", not " + start);
        }
        if (end.isBefore(start)) {
            throw horizon.error("end", "the horizon ends (" + end + ") before it starts (" + start + ")");
        }
        return new Horizon(start, end);
    }

    private static List<SeriesUncertainty> series(Fields root, Scenario scenario) {
        List<SeriesUncertainty> all = new ArrayList<>();
        if (!root.has("series")) {
            return all;
        }
        Fields series = root.mapping("series");
        series.acceptAllKeys();
        Set<String> ids = new java.util.TreeSet<>(scenario.series().keySet());
        for (String id : series.keys()) {
            if (!ids.contains(id)) {
                throw new BadInputException(series.locationOf(id), series.pathOf(id), "the base scenario has no"
                        + " series '" + id + "'" + Fields.didYouMeanThen(id, ids, "its series are " + Fields.listed(ids)));
            }
            Fields spec = series.mapping(id);
            String name = spec.string("model");
            if (!MODELS.contains(name)) {
                throw spec.error("model", "'" + name + "' is not one of " + String.join(", ", MODELS)
                        + Fields.didYouMean(name, MODELS));
            }
            PathModel model = switch (name) {
                case "block_bootstrap" -> new BlockBootstrap((int) spec.integer("block_months", 12, 1, 600));
                case "mean_reverting" -> new MeanReverting();
                default -> growthRange(spec);
            };
            YearMonth[] window = window(spec, "fit", scenario);
            spec.rejectUnknownKeys();
            try {
                History history = History.of(scenario, id, window[0], window[1]);
                all.add(new SeriesUncertainty(id, model, model.fit(history)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(spec.location(), spec.path(), e.getMessage());
            }
        }
        return all;
    }

    private static GrowthRange growthRange(Fields spec) {
        List<YamlValue> range = spec.list("per_year");
        if (range.size() != 2) {
            throw spec.error("per_year", "give the lowest and highest growth a year, as shares: [-0.01, 0.03]");
        }
        double low = Fields.parseNumber(range.get(0), spec.pathOf("per_year") + "[0]");
        double high = Fields.parseNumber(range.get(1), spec.pathOf("per_year") + "[1]");
        try {
            return new GrowthRange(low, high);
        } catch (IllegalArgumentException e) {
            throw spec.error("per_year", e.getMessage());
        }
    }

    /** A window {@code {start, end}} inside the base period; the whole base period if left out. */
    private static YearMonth[] window(Fields parent, String key, Scenario scenario) {
        if (!parent.has(key)) {
            return new YearMonth[] {scenario.start(), scenario.end()};
        }
        Fields window = parent.mapping(key);
        YearMonth start = window.month("start");
        YearMonth end = window.month("end");
        window.rejectUnknownKeys();
        if (start.isBefore(scenario.start()) || end.isAfter(scenario.end()) || end.isBefore(start)) {
            throw parent.error(key, "the window " + start + " to " + end + " must run forwards inside the base"
                    + " scenario's period, " + scenario.start() + " to " + scenario.end());
        }
        return new YearMonth[] {start, end};
    }

    private static List<EventUncertainty> events(Fields root, Scenario scenario) {
        List<EventUncertainty> all = new ArrayList<>();
        if (!root.has("events")) {
            return all;
        }
        Fields events = root.mapping("events");
        events.acceptAllKeys();
        List<String> agents = scenario.agents().stream().map(dyad.scenario.AgentSpec::id).toList();
        for (String name : events.keys()) {
            if (!name.matches(ID)) {
                throw new BadInputException(events.locationOf(name), events.pathOf(name), "an event process' name"
                        + " must be an id (lower-case letters, digits, '_' and '-', starting with a letter)");
            }
            Fields spec = events.mapping(name);
            String agent = spec.string("agent");
            if (!agents.contains(agent)) {
                throw spec.error("agent", "the base scenario has no agent '" + agent + "'"
                        + Fields.didYouMeanThen(agent, agents, "its agents are " + String.join(", ", agents)));
            }
            String kind = spec.string("kind");
            if (!KINDS.contains(kind)) {
                throw spec.error("kind", "'" + kind + "' is not one of blow, thaw" + Fields.didYouMean(kind, KINDS));
            }
            boolean blows = kind.equals("blow");
            if (spec.has("rate_per_year") == spec.has("fitted")) {
                throw new BadInputException(spec.location(), spec.path(), "give either 'rate_per_year' (events a"
                        + " year) or 'fitted' (a window {start, end} of the base scenario to estimate it from)");
            }
            YearMonth[] window = window(spec, "fitted", scenario);
            DriverHistory.Estimate estimate = blows ? DriverHistory.blows(scenario, agent, window[0], window[1])
                    : DriverHistory.thaws(scenario, agent, window[0], window[1]);
            if (spec.has("fitted") && estimate.ratePerYear() == 0) {
                throw spec.error("fitted", "the base scenario has no " + (blows ? "blows" : "thaws") + " to " + agent
                        + " in " + window[0] + ".." + window[1] + " to estimate a rate from: give 'rate_per_year'"
                        + " instead");
            }
            double rate = spec.has("rate_per_year") ? spec.number("rate_per_year", 0, 1000) : estimate.ratePerYear();
            List<String> on = spec.has("on") ? areas(spec, scenario) : null;
            ShapeSource shapes = sizes(spec, estimate, blows, on, agent);
            Text label = spec.text("label", name);
            spec.rejectUnknownKeys();
            all.add(new EventUncertainty(blows, new EventProcess(name, label, agent, rate, shapes)));
        }
        return all;
    }

    private static List<String> areas(Fields spec, Scenario scenario) {
        YamlValue value = spec.value("on");
        List<YamlValue> items = value instanceof YamlValue.Sequence sequence ? sequence.items() : List.of(value);
        List<String> ids = scenario.areas().stream().map(dyad.scenario.IssueArea::id).toList();
        if (items.isEmpty()) {
            throw spec.error("on", "name at least one issue area, or leave 'on' out to act on every area");
        }
        List<String> on = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = spec.pathOf("on") + "[" + i + "]";
            String area = Fields.parseText(items.get(i), field);
            if (!ids.contains(area)) {
                throw new BadInputException(items.get(i).location(), field, ids.isEmpty()
                        ? "the base scenario has no issue areas: leave 'on' out"
                        : "the base scenario has no issue area '" + area + "'"
                        + Fields.didYouMeanThen(area, ids, "its areas are " + String.join(", ", ids)));
            }
            on.add(area);
        }
        return on;
    }

    /** The sizes as listed, or the drivers' own; with {@code on} given, every effect acts on those areas. */
    private static ShapeSource sizes(Fields spec, DriverHistory.Estimate estimate, boolean blows, List<String> on,
                                     String agent) {
        if (!spec.has("sizes") || spec.value("sizes") instanceof YamlValue.Scalar) {
            String given = spec.string("sizes", "from_drivers");
            if (!given.equals("from_drivers")) {
                throw spec.error("sizes", "write from_drivers, or list the sizes ({perceives, change, hold_months,"
                        + " half_life_months})" + Fields.didYouMean(given, List.of("from_drivers")));
            }
            if (estimate.shapes().isEmpty()) {
                throw spec.error("sizes", "the base scenario's drivers deal " + agent + " no " + (blows ? "blows"
                        : "thaws") + " in the window, so there are no sizes to draw from: list the sizes");
            }
            List<EventShape> shapes = estimate.shapes();
            if (on != null) {
                shapes = shapes.stream().map(shape -> new EventShape(shape.effects().stream().map(effect ->
                        new EffectShape(effect.perceives(), effect.change(), effect.holdMonths(),
                                effect.halfLifeMonths(), on)).toList())).toList();
            }
            return new ShapeSource.Listed(shapes);
        }
        List<YamlValue> items = spec.list("sizes");
        if (items.isEmpty()) {
            throw spec.error("sizes", "list at least one size, or write from_drivers");
        }
        List<EventShape> shapes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Fields size = Fields.of(items.get(i), spec.pathOf("sizes") + "[" + i + "]");
            Perception perceives = size.choice("perceives", Perception.class, null);
            if (perceives == null) {
                size.value("perceives");
            }
            double change = size.number("change", -10, 10);
            int hold = (int) size.integer("hold_months", 0, 0, 600);
            double halfLife = size.number("half_life_months", Double.POSITIVE_INFINITY, 0.1, 600);
            size.rejectUnknownKeys();
            EffectShape shape = new EffectShape(perceives, change, hold, halfLife, on == null ? List.of() : on);
            if (blows ? !shape.isBlow() : !shape.isThaw()) {
                throw size.error("change", "a " + (blows ? "blow raises threat or lowers shared interest"
                        : "thaw lowers threat or raises shared interest") + "; this size does not (check the sign"
                        + " of 'change', or the process' 'kind')");
            }
            shapes.add(EventShape.of(shape));
        }
        return new ShapeSource.Listed(shapes);
    }

    private static List<Lever> levers(Fields root, Path baseFile, ResolvedScenario base,
                                      List<EventUncertainty> events) {
        List<Lever> all = new ArrayList<>();
        if (!root.has("levers")) {
            return all;
        }
        Fields levers = root.mapping("levers");
        levers.acceptAllKeys();
        List<String> processes = events.stream().map(EventUncertainty::name).toList();
        ScenarioLoader.Template template = ScenarioLoader.template(baseFile);
        for (String name : levers.keys()) {
            if (!name.matches(ID)) {
                throw new BadInputException(levers.locationOf(name), levers.pathOf(name), "a lever's name must be an"
                        + " id (lower-case letters, digits, '_' and '-', starting with a letter)");
            }
            Fields spec = levers.mapping(name);
            if (spec.has("path") == spec.has("event")) {
                throw new BadInputException(spec.location(), spec.path(), "give either 'path' (a parameter of the"
                        + " base scenario, as a sweep names it) or 'event' (a process under 'events')");
            }
            List<YamlValue> items = spec.list("values");
            if (items.size() < 2) {
                throw spec.error("values", "a lever compares at least two values");
            }
            String valuesField = spec.pathOf("values");
            if (spec.has("path")) {
                String path = spec.string("path");
                if (!ParameterPath.isValid(path) || ParameterPath.get(base.tree(), path).isEmpty()) {
                    throw spec.error("path", "the base scenario has no parameter '" + path + "' (write it as a sweep"
                            + " does, e.g. agents.<id>.weights.<weight>)");
                }
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String field = valuesField + "[" + i + "]";
                    double value = Fields.parseNumber(items.get(i), field);
                    if (values.contains(value)) {
                        throw new BadInputException(items.get(i).location(), field, "value " + Fields.format(value)
                                + " is listed twice");
                    }
                    try {
                        // a lever acts from the horizon on, as a dated change, which is checked as if the file had
                        // the value in place; the base's last month stands in for the horizon's first
                        template.bindTree(FutureScenario.withChanges(template.tree(), base.scenario().end(),
                                Map.of(path, value)));
                    } catch (BadInputException e) {
                        throw new BadInputException(items.get(i).location(), field, "a lever sets its parameter from"
                                + " the horizon's first month on, as a dated change (see 'changes' in"
                                + " scenario-format.md): " + e.problem());
                    }
                    values.add(value);
                }
                spec.rejectUnknownKeys();
                all.add(new Lever.Parameter(name, path, values));
            } else {
                String event = spec.string("event");
                if (!processes.contains(event)) {
                    throw spec.error("event", "no process '" + event + "' under 'events'" + Fields.didYouMeanThen(
                            event, processes, processes.isEmpty() ? "the file has none"
                                    : "its processes are " + String.join(", ", processes)));
                }
                List<Boolean> values = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String field = valuesField + "[" + i + "]";
                    if (!(items.get(i) instanceof YamlValue.Scalar scalar && "bool".equals(scalar.tag()))) {
                        throw new BadInputException(items.get(i).location(), field, "an event lever's values are on"
                                + " and off");
                    }
                    boolean on = (Boolean) scalar.value();
                    if (values.contains(on)) {
                        throw new BadInputException(scalar.location(), field, "'" + scalar.text() + "' is listed twice");
                    }
                    values.add(on);
                }
                spec.rejectUnknownKeys();
                all.add(new Lever.EventSwitch(name, event, values));
            }
        }
        return all;
    }

    private static List<OutlookState> states(Fields root, Scenario scenario) {
        List<OutlookState> all = new ArrayList<>();
        if (!root.has("states")) {
            return all;
        }
        Fields states = root.mapping("states");
        states.acceptAllKeys();
        List<String> agents = scenario.agents().stream().map(dyad.scenario.AgentSpec::id).toList();
        List<String> areas = scenario.areas().stream().map(dyad.scenario.IssueArea::id).toList();
        for (String id : states.keys()) {
            if (!id.matches(ID)) {
                throw new BadInputException(states.locationOf(id), states.pathOf(id), "a state's id must be an id"
                        + " (lower-case letters, digits, '_' and '-', starting with a letter)");
            }
            Fields spec = states.mapping(id);
            Text label = spec.text("label", id);
            YamlValue when = spec.value("when");
            List<YamlValue> items = when instanceof YamlValue.Sequence sequence ? sequence.items() : List.of(when);
            if (items.isEmpty()) {
                throw spec.error("when", "give at least one condition, such as {of: index, above: 0.3}");
            }
            List<OutlookState.Condition> conditions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String field = spec.pathOf("when") + (when instanceof YamlValue.Sequence ? "[" + i + "]" : "");
                conditions.add(condition(Fields.of(items.get(i), field), agents, areas));
            }
            spec.rejectUnknownKeys();
            all.add(new OutlookState(id, label, conditions));
        }
        return all;
    }

    private static OutlookState.Condition condition(Fields condition, List<String> agents, List<String> areas) {
        OutlookState.Scope scope = OutlookState.Scope.INDEX;
        String area = null;
        if (condition.has("of") && condition.value("of") instanceof YamlValue.Scalar) {
            String of = condition.string("of");
            List<String> scopes = List.of(dyad.scenario.FactTest.INDEX, "every_area", "any_area");
            if (!scopes.contains(of)) {
                throw condition.error("of", "'" + of + "' is not what a state reads" + Fields.didYouMeanThen(of, scopes,
                        "write 'of: index' (or leave 'of' out), {area: ...} for an area's index, every_area or"
                                + " any_area"));
            }
            if (of.equals("every_area") || of.equals("any_area")) {
                if (areas.isEmpty()) {
                    throw condition.error("of", "'" + of + "' reads the issue areas, but the base scenario declares"
                            + " none ('areas' at its top)");
                }
                scope = of.equals("every_area") ? OutlookState.Scope.EVERY_AREA : OutlookState.Scope.ANY_AREA;
            }
        }
        if (scope == OutlookState.Scope.INDEX) {
            FactSeries of = FactSeries.read(condition, "of", agents, areas);
            if (!of.isIndex()) {
                throw condition.error("of", "a state reads the year's mean index: write 'of: index' (or leave 'of'"
                        + " out), {area: ...} for an area's, every_area or any_area");
            }
            if (of.inArea()) {
                scope = OutlookState.Scope.AREA;
                area = of.area();
            }
        }
        String what = switch (scope) {
            case INDEX -> "the year's mean index";
            case AREA -> "the year's mean index in " + area;
            case EVERY_AREA -> "every area's mean index that year";
            case ANY_AREA -> "some area's mean index that year";
        };
        double low = -1;
        Set<String> given = new LinkedHashSet<>();
        for (String bound : List.of("above", "below", "within")) {
            if (condition.has(bound)) {
                given.add(bound);
            }
        }
        if (given.size() != 1) {
            throw new BadInputException(condition.location(), condition.path(), "give one of above, below or within"
                    + " [min, max]: the bound on " + what);
        }
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        if (condition.has("above")) {
            min = condition.number("above", low, 1);
        } else if (condition.has("below")) {
            max = condition.number("below", low, 1);
        } else {
            List<YamlValue> range = condition.list("within");
            String field = condition.pathOf("within");
            if (range.size() != 2) {
                throw condition.error("within", "give [min, max]");
            }
            min = Fields.parseNumber(range.get(0), field + "[0]");
            max = Fields.parseNumber(range.get(1), field + "[1]");
            if (min > max) {
                throw condition.error("within", "min " + Fields.format(min) + " is above max " + Fields.format(max));
            }
        }
        condition.rejectUnknownKeys();
        return new OutlookState.Condition(scope, area, min, max);
    }

    private static String article(String title) {
        return ("aeiou".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
    }
}
