package dyad.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** Binds a scenario's {@code facts}: each fact's title, claim and expectation, and its one test. */
final class FactBinder {

    /** The tests a fact may hold, by key; a fact holds exactly one. */
    static final List<String> TESTS = List.of("mean_above", "mean_below", "mean_within", "lowest_year", "highest_year",
            "leads", "twin", "all", "any");
    /** The tests that join other tests: a fact holds when all of them hold, or when any of them does. */
    private static final List<String> COMBINATORS = List.of("all", "any");
    private static final int MAX_LAG = 120;

    private final YearMonth start;
    private final YearMonth end;
    private final Set<String> agentIds;
    private final Set<String> areaIds;
    private final Function<Path, TwinOverlay> twinFiles;
    private final Function<TwinOverlay, Scenario> twinOf;
    /** The twins bound so far, by name, with the overlay each came from. */
    private final Map<String, TwinScenario> twins = new LinkedHashMap<>();
    private final Map<String, TwinOverlay> overlays = new LinkedHashMap<>();

    /**
     * @param twinFiles reads a twin file once, however many facts and bindings name it
     * @param twinOf    the scenario being bound with a twin's overlay laid over it
     */
    FactBinder(YearMonth start, YearMonth end, Set<String> agentIds, Set<String> areaIds,
               Function<Path, TwinOverlay> twinFiles, Function<TwinOverlay, Scenario> twinOf) {
        this.start = start;
        this.end = end;
        this.agentIds = agentIds;
        this.areaIds = areaIds;
        this.twinFiles = twinFiles;
        this.twinOf = twinOf;
    }

    List<FactSpec> bind(Fields facts) {
        facts.acceptAllKeys();
        List<FactSpec> bound = new ArrayList<>();
        for (String id : facts.keys()) {
            if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new BadInputException(facts.locationOf(id), facts.pathOf(id),
                        "a fact id may hold only letters, digits, '-' and '_', starting with a letter or digit");
            }
            Fields fact = facts.mapping(id);
            if (fact.bool("remove", false)) {
                if (fact.keys().size() == 1) {
                    throw fact.error("remove", "there is no fact '" + id + "' to remove in the scenario this one"
                            + " extends");
                }
                continue;
            }
            bound.add(bindFact(fact, id));
        }
        return bound;
    }

    private FactSpec bindFact(Fields fact, String id) {
        Text title = fact.shortText("title", id);
        Text claim = fact.text("claim");
        if (claim.all().stream().anyMatch(String::isBlank)) {
            throw fact.error("claim", "say which claim or section of the source the fact comes from");
        }
        String expected = fact.string("expected", "pass");
        if (!expected.equals("pass") && !expected.equals("fail")) {
            throw fact.error("expected", "'" + expected + "' is not one of pass, fail");
        }
        Text because = fact.text("because", "");
        FactTest test = bindTest(fact);
        fact.rejectUnknownKeys();
        return new FactSpec(id, title, claim, expected.equals("pass"), because, test);
    }

    /** The one test among the mapping's keys. */
    private FactTest bindTest(Fields fact) {
        List<String> present = TESTS.stream().filter(fact::has).toList();
        if (present.size() != 1) {
            throw new BadInputException(fact.location(), fact.path(), present.isEmpty()
                    ? "a fact needs one test: " + String.join(", ", TESTS)
                    : "a fact holds one test, not " + String.join(" and ", present)
                            + " (to change an inherited fact's test, remove it and give the new one another id)");
        }
        String key = present.get(0);
        if (COMBINATORS.contains(key)) {
            List<YamlValue> items = fact.list(key);
            if (items.isEmpty()) {
                throw fact.error(key, "list at least one test");
            }
            List<FactTest> tests = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Fields item = Fields.of(items.get(i), fact.pathOf(key) + "[" + i + "]");
                FactTest test = bindTest(item);
                // an 'all' in an 'all' (or an 'any' in an 'any') says nothing its items would not say in the outer list
                if (item.has(key)) {
                    throw item.error(key, "write the tests of a nested '" + key + "' in the outer list");
                }
                item.rejectUnknownKeys();
                tests.add(test);
            }
            return key.equals("all") ? new FactTest.All(tests) : new FactTest.Any(tests);
        }
        Fields test = fact.mapping(key);
        FactTest bound = switch (key) {
            case "mean_above" -> new FactTest.MeanAbove(series(test), window(test, "window"), window(test, "other"),
                    test.has("by") ? OptionalDouble.of(test.number("by", -2, 2)) : OptionalDouble.empty());
            case "mean_below" -> new FactTest.MeanBelow(series(test), window(test, "window"), windows(test, "others"));
            case "mean_within" -> meanWithin(test);
            case "lowest_year", "highest_year" -> extremeYear(test, key.equals("lowest_year"));
            case "leads" -> leads(test);
            case "twin" -> twin(test);
            default -> throw new IllegalStateException(key);
        };
        test.rejectUnknownKeys();
        return bound;
    }

    private FactTest meanWithin(Fields test) {
        FactSeries of = series(test);
        Window window = window(test, "window");
        double min = test.number("min", -1, 1);
        double max = test.number("max", -1, 1);
        if (max < min) {
            throw test.error("max", "max (" + Fields.format(max) + ") is below min (" + Fields.format(min) + ")");
        }
        return new FactTest.MeanWithin(of, window, min, max);
    }

    private FactTest extremeYear(Fields test, boolean lowest) {
        FactSeries of = series(test);
        Fields years = test.mapping("years");
        int first = year(years, "start");
        int last = year(years, "end");
        years.rejectUnknownKeys();
        if (last < first) {
            throw years.error("end", "the years end (" + last + ") before they start (" + first + ")");
        }
        List<YamlValue> items = test.list("in");
        if (items.isEmpty()) {
            throw test.error("in", "list at least one year");
        }
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = test.pathOf("in") + "[" + i + "]";
            double year = Fields.parseNumber(items.get(i), field);
            if (year != Math.rint(year) || year < first || year > last) {
                throw new BadInputException(items.get(i).location(), field, "'" + Fields.format(year)
                        + "' is not one of the years " + first + " to " + last);
            }
            in.add((int) year);
        }
        return new FactTest.ExtremeYear(of, lowest, first, last, in);
    }

    /** A calendar year wholly inside the period. */
    private int year(Fields years, String key) {
        int year = (int) years.integer(key, 1, 9999);
        if (!Window.year(year).within(start, end)) {
            throw years.error(key, "the year " + year + " is not wholly inside the period " + start + " to " + end);
        }
        return year;
    }

    private FactTest leads(Fields test) {
        String leader = agent(test, "leader");
        String follower = agent(test, "follower");
        if (leader.equals(follower)) {
            throw test.error("follower", "the follower must be another agent than the leader");
        }
        String area = test.has("area") ? area(test, "area") : null;
        Fields lags = test.mapping("lags");
        int from = (int) lags.integer("from", -MAX_LAG, MAX_LAG);
        int to = (int) lags.integer("to", -MAX_LAG, MAX_LAG);
        lags.rejectUnknownKeys();
        if (to < from) {
            throw lags.error("to", "the lags end (" + to + ") before they start (" + from + ")");
        }
        if (from == 0 && to == 0) {
            throw lags.error("to", "searching lag 0 alone cannot fail: give a range of lags, such as from 1 to 12");
        }
        Optional<Window> window = test.has("window") ? Optional.of(window(test, "window")) : Optional.empty();
        int months = window.map(w -> MonthIndex.count(w.first(), w.last())).orElse(MonthIndex.count(start, end));
        if (Math.max(Math.abs(from), Math.abs(to)) > months / 2) {
            throw lags.error(Math.abs(to) >= Math.abs(from) ? "to" : "from", "lags longer than half the "
                    + (window.isPresent() ? "window" : "period") + " (" + months / 2
                    + " months) leave too few months to correlate");
        }
        return area == null ? new FactTest.Leads(FactSeries.share(leader), FactSeries.share(follower), from, to, window)
                : new FactTest.Leads(FactSeries.share(leader, area), FactSeries.share(follower, area), from, to, window);
    }

    private FactTest twin(Fields test) {
        YamlValue scenario = test.value("scenario");
        TwinOverlay overlay;
        if (scenario instanceof YamlValue.Mapping inline) {
            // a scenario as run (scenario.yaml of a results folder) holds its twins' changes inline
            overlay = TwinOverlay.inline(inline, test.pathOf("scenario"));
        } else {
            Path file = test.file("scenario");
            if (!Files.isRegularFile(file)) {
                throw test.error("scenario", "the twin scenario was not found: " + file);
            }
            try {
                overlay = twinFiles.apply(file);
            } catch (BadInputException e) {
                throw test.error("scenario", "the twin scenario cannot be read: " + e.getMessage());
            }
        }
        TwinOverlay known = overlays.putIfAbsent(overlay.name(), overlay);
        if (known != null && !known.overlay().equals(overlay.overlay())) {
            throw test.error("scenario", "another twin of this scenario is also named '" + overlay.name()
                    + "': give each twin its own name");
        }
        TwinScenario twin = twins.get(overlay.name());
        if (twin == null) {
            try {
                twin = new TwinScenario(overlay.name(), twinOf.apply(overlay));
            } catch (BadInputException e) {
                throw test.error("scenario", "this scenario with the twin's changes is not valid: " + e.getMessage());
            }
            twins.put(overlay.name(), twin);
        }
        FactSeries of = series(test);
        Window window = window(test, "window");
        String direction = test.string("twin_is");
        if (!direction.equals("higher") && !direction.equals("lower")) {
            throw test.error("twin_is", "'" + direction + "' is not one of higher, lower");
        }
        Scenario bound = twin.scenario();
        if (!window.within(bound)) {
            throw test.error("window", "the window " + window + " is not inside the twin's period "
                    + bound.start() + " to " + bound.end());
        }
        if (!of.isIndex() && bound.agentIndex(of.agent()) < 0) {
            throw test.error("of", "the twin has no agent '" + of.agent() + "'");
        }
        if (of.inArea() && bound.areaIndex(of.area()) < 0) {
            throw test.error("of", "the twin has no area '" + of.area() + "'");
        }
        return new FactTest.Twin(of, window, direction.equals("higher"), twin);
    }

    /** The series {@code of} names (see {@link FactSeries#read}). */
    private FactSeries series(Fields test) {
        return FactSeries.read(test, "of", agentIds, areaIds);
    }

    private String area(Fields test, String key) {
        return FactSeries.area(test, key, areaIds);
    }

    private String agent(Fields test, String key) {
        return FactSeries.agent(test, key, agentIds);
    }

    private Window window(Fields test, String key) {
        return window(test.mapping(key));
    }

    private Window window(Fields window) {
        YearMonth first = window.month("start");
        YearMonth last = window.month("end");
        window.rejectUnknownKeys();
        if (last.isBefore(first)) {
            throw window.error("end", "the window ends (" + last + ") before it starts (" + first + ")");
        }
        if (first.isBefore(start) || last.isAfter(end)) {
            throw new BadInputException(window.location(), window.path(), "the window " + first + " to " + last
                    + " is not inside the period " + start + " to " + end);
        }
        return new Window(first, last);
    }

    private List<Window> windows(Fields test, String key) {
        List<YamlValue> items = test.list(key);
        if (items.isEmpty()) {
            throw test.error(key, "list at least one window");
        }
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            windows.add(window(Fields.of(items.get(i), test.pathOf(key) + "[" + i + "]")));
        }
        return windows;
    }
}
