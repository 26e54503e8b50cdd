package dyad.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a merged scenario tree into a {@link Scenario}, checking every field as it goes. */
final class ScenarioBinder {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final double BIG = Double.MAX_VALUE;
    private static final int MAX_MONTHS = 12 * 500;
    /**
     * The most agents a scenario may hold: as many as the G20, so that every figure keeps a readable panel per
     * agent and a run stays quick.
     */
    public static final int MAX_AGENTS = 20;
    /**
     * The largest capability and oil revenue, so the largest strength: a million times an agent's reference
     * level is far beyond any real case, and keeps every sum of the model finite.
     */
    static final double MAX_STRENGTH = 1e6;
    /** The key of an agent's perceptions that read series, in every area or in one. */
    static final String PERCEPTIONS = "perceptions";

    private final List<Path> files;
    private final Map<String, double[]> csvCache;
    private final Map<Path, TwinOverlay> twins;

    ScenarioBinder(List<Path> files, Map<String, double[]> csvCache, Map<Path, TwinOverlay> twins) {
        this.files = new ArrayList<>(files);
        this.csvCache = csvCache;
        this.twins = twins;
    }

    Scenario bind(YamlValue.Mapping tree) {
        Fields root = new Fields(tree, "");
        String name = root.label("name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.error("name", "'" + name + "' cannot be used as a folder name: use letters, digits, '.', '_' and '-'");
        }
        Text title = root.shortText("title", name);
        Text description = root.text("description", "");
        Optional<Reference> reference = root.has("reference") ? Optional.of(bindReference(root.mapping("reference")))
                : Optional.empty();
        Fields period = root.mapping("period");
        YearMonth start = period.month("start");
        YearMonth end = period.month("end");
        if (end.isBefore(start)) {
            throw period.error("end", "the period ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
            throw period.error("end", "the period is longer than " + MAX_MONTHS / 12 + " years");
        }
        period.rejectUnknownKeys();
        String step = root.string("step", "month");
        if (!step.equals("month")) {
            throw root.error("step", "'" + step + "' is not supported: the only step is 'month'");
        }
        List<IssueArea> areas = root.has("areas") ? bindAreas(root) : List.of();
        int issues = areas.isEmpty() ? (int) root.integer("issues_per_month", 8, 1, 1000)
                : areas.stream().mapToInt(IssueArea::choices).sum();
        Set<String> areaIds = new java.util.LinkedHashSet<>();
        areas.forEach(area -> areaIds.add(area.id()));
        Dynamics dynamics = root.has("dynamics") ? bindDynamics(root.mapping("dynamics")) : Dynamics.AS_BEFORE;
        long seed = root.integer("seed", 1, 0, Long.MAX_VALUE);
        int replications = (int) root.integer("replications", 100, 1, 1_000_000);
        double referenceOil = root.number("reference_oil_price", 20, 1e-9, BIG);
        int months = MonthIndex.count(start, end);

        Map<String, Series> series = new LinkedHashMap<>();
        if (root.has("series")) {
            Fields all = root.mapping("series");
            all.acceptAllKeys();
            for (String id : all.keys()) {
                requireId(all, id);
                series.put(id, SeriesBinder.bind(all.mapping(id), id, start, months, files, csvCache));
            }
        }
        Optional<String> oil = Optional.empty();
        if (root.has("oil_price")) {
            String id = root.string("oil_price");
            if (!series.containsKey(id)) {
                throw root.error("oil_price", "no series '" + id + "' in 'series'" + Fields.suggestion(id, series.keySet()));
            }
            oil = Optional.of(id);
            double[] prices = series.get(id).values().toArray();
            for (int m = 0; m < prices.length; m++) {
                if (prices[m] <= 0) {
                    throw root.error("oil_price", "the oil price must be positive, but series '" + id + "' has "
                            + prices[m] + " for " + start.plusMonths(m));
                }
                double revenue = prices[m] / referenceOil;
                if (!(revenue <= MAX_STRENGTH)) {
                    throw root.error(root.has("reference_oil_price") ? "reference_oil_price" : "oil_price",
                            "the oil price " + prices[m] + " in " + start.plusMonths(m) + " over reference_oil_price "
                                    + referenceOil + " gives an oil revenue of " + revenue + ", above the limit of "
                                    + Fields.format(MAX_STRENGTH) + ": give both in the same unit");
                }
            }
        }

        List<AgentSpec> agents = bindAgents(root.mapping("agents"), series, oil.isPresent(), start, months, areaIds);
        Set<String> agentIds = new HashSet<>();
        agents.forEach(agent -> agentIds.add(agent.id()));

        List<EventSpec> events = new ArrayList<>();
        if (root.has("events")) {
            Fields all = root.mapping("events");
            all.acceptAllKeys();
            for (String id : all.keys()) {
                requireId(all, id);
                requireSomethingToRemove(all, id, "event");
                EventSpec event = bindEvent(all.mapping(id), id, agentIds, areaIds, start, end);
                if (event != null) {
                    events.add(event);
                }
            }
        }

        List<Periodisation> periodisations = new ArrayList<>();
        if (root.has("phases")) {
            Fields all = root.mapping("phases");
            all.acceptAllKeys();
            for (String id : all.keys()) {
                requireId(all, id);
                periodisations.add(bindPeriodisation(all.mapping(id), id, start, end, periodisations.isEmpty()));
            }
        }
        DatedChanges changes = DatedChanges.NONE;
        if (root.has("changes")) {
            boolean hasOil = oil.isPresent();
            changes = new ChangeBinder(tree, start, end, agents, events,
                    changed -> bindAgents(new Fields(changed, "").mapping("agents"), series, hasOil, start, months,
                            areaIds))
                    .bind(root.list("changes"));
        }
        List<FactSpec> facts = List.of();
        if (root.has("facts")) {
            YamlValue.Mapping withoutFacts = tree.without("facts");
            facts = new FactBinder(start, end, agentIds, areaIds,
                    file -> twins.computeIfAbsent(file, TwinOverlay::read),
                    overlay -> {
                        overlay.files().stream().filter(file -> !files.contains(file)).forEach(files::add);
                        return new ScenarioBinder(files, csvCache, twins).bind(withoutFacts.overlaidBy(
                                overlay.overlay()));
                    }).bind(root.mapping("facts"));
        }
        root.has("extends");
        Optional<Derivation> derivation = root.has(Derivation.KEY) ? Optional.of(bindDerivation(
                root.mapping(Derivation.KEY))) : Optional.empty();
        root.rejectUnknownKeys();
        return new Scenario(name, title, description, start, end, issues, seed, replications, referenceOil, oil, agents,
                series, events, periodisations, facts, files, derivation, changes, areas, dynamics, reference);
    }

    /** The work the scenario reads: its title, and its author, year, link and id where given. */
    private static Reference bindReference(Fields fields) {
        Optional<String> id = Optional.empty();
        if (fields.has("id")) {
            String given = fields.string("id");
            if (!given.matches("[a-z][a-z0-9_-]*")) {
                throw fields.error("id", "'" + given + "' is not an id: use lower-case letters, digits, '_' and '-',"
                        + " starting with a letter");
            }
            id = Optional.of(given);
        }
        Text title = fields.shortText("title");
        if (title.all().stream().anyMatch(String::isBlank)) {
            throw fields.error("title", "give the title of the work");
        }
        Text author = fields.text("author", "");
        java.util.OptionalInt year = fields.has("year")
                ? java.util.OptionalInt.of((int) fields.integer("year", -9999, 9999)) : java.util.OptionalInt.empty();
        Optional<String> url = fields.has("url") ? Optional.of(fields.string("url")) : Optional.empty();
        if (url.isPresent() && !url.get().matches("(?i)https?://\\S+")) {
            throw fields.error("url", "'" + url.get() + "' is not a web address: write it as https://…");
        }
        fields.rejectUnknownKeys();
        return new Reference(id, author, year, title, url);
    }

    /**
     * The declared issue areas: each with a label and either its own number of choices or its share of
     * {@code issues_per_month}, which must then be written and is the sum of the areas' choices either way.
     */
    private static List<IssueArea> bindAreas(Fields root) {
        Fields all = root.mapping("areas");
        all.acceptAllKeys();
        if (all.keys().isEmpty()) {
            throw root.error("areas", "declare at least one issue area, or leave 'areas' out for one whole agenda");
        }
        Long written = root.has("issues_per_month") ? root.integer("issues_per_month", 1, 1000) : null;
        List<IssueArea> areas = new ArrayList<>();
        for (String id : all.keys()) {
            requireId(all, id);
            if (id.equals(IssueArea.ALL)) {
                throw all.error(id, "'" + IssueArea.ALL + "' stands for all areas together in why.csv and --area:"
                        + " give the area another id");
            }
            Fields area = all.mapping(id);
            Text label = area.shortText("label", id);
            int choices;
            if (area.has("choices") == area.has("share")) {
                throw new BadInputException(area.location(), area.path(), "give the area either 'choices' (how many"
                        + " of each agent's monthly choices fall in it) or 'share' (its share of issues_per_month)");
            } else if (area.has("choices")) {
                choices = (int) area.integer("choices", 1, 1000);
            } else {
                double share = area.number("share", 1e-9, 1);
                if (written == null) {
                    throw area.error("share", "a share needs 'issues_per_month' at the top of the scenario");
                }
                double exact = share * written;
                choices = (int) Math.round(exact);
                if (choices < 1 || Math.abs(exact - choices) > 1e-9) {
                    throw area.error("share", "share " + Fields.format(share) + " of issues_per_month " + written
                            + " is " + Fields.format(exact) + " choices, not a whole number: give 'choices' instead");
                }
            }
            area.rejectUnknownKeys();
            areas.add(new IssueArea(id, label, choices));
        }
        int total = areas.stream().mapToInt(IssueArea::choices).sum();
        if (total > 1000) {
            throw root.error("areas", "the areas have " + total + " choices a month in all, more than 1000");
        }
        if (written != null && written != total) {
            throw root.error("issues_per_month", "the areas' choices add up to " + total + ", not " + written
                    + ": leave issues_per_month out, or make them agree");
        }
        return List.copyOf(areas);
    }

    private enum StrengthScale { AS_WRITTEN, RELATIVE_TO_START }

    private enum ContainmentReads { STRENGTH, ROOM }

    private static Dynamics bindDynamics(Fields fields) {
        boolean relative = fields.choice("strength", StrengthScale.class, StrengthScale.AS_WRITTEN)
                == StrengthScale.RELATIVE_TO_START;
        boolean room = fields.choice("containment", ContainmentReads.class, ContainmentReads.STRENGTH)
                == ContainmentReads.ROOM;
        double linkage = fields.number("linkage", 1, 0, 1);
        fields.rejectUnknownKeys();
        return new Dynamics(relative, room, linkage);
    }

    private static List<AgentSpec> bindAgents(Fields agentFields, Map<String, Series> series, boolean hasOil,
                                              YearMonth start, int months, Set<String> areaIds) {
        agentFields.acceptAllKeys();
        List<AgentSpec> agents = new ArrayList<>();
        for (String id : agentFields.keys()) {
            requireId(agentFields, id);
            requireSomethingToRemove(agentFields, id, "agent");
            Fields agent = agentFields.mapping(id);
            if (!agent.bool("remove", false)) {
                agents.add(bindAgent(agent, id, series, hasOil, start, months, areaIds));
            }
        }
        if (agents.size() < 2) {
            throw new BadInputException(agentFields.location(), "agents", "a dyad needs at least two agents, found " + agents.size());
        }
        if (agents.size() > MAX_AGENTS) {
            throw new BadInputException(agentFields.location(), "agents", "a scenario may hold at most " + MAX_AGENTS
                    + " agents, found " + agents.size() + ": remove agents (or set 'remove: true' on some)");
        }
        return agents;
    }

    private static Derivation bindDerivation(Fields fields) {
        Text from = fields.text("from");
        List<Text> changes = new ArrayList<>();
        if (fields.has("changes")) {
            List<YamlValue> items = fields.list("changes");
            for (int i = 0; i < items.size(); i++) {
                changes.add(Fields.parseLocalText(items.get(i), fields.pathOf("changes") + "[" + i + "]"));
            }
        }
        boolean phasesInherited = fields.bool("phases_inherited", false);
        fields.rejectUnknownKeys();
        return new Derivation(from, changes, phasesInherited);
    }

    /** Refuses an entry that holds nothing but {@code remove}: the id it names was not in the scenario it extends. */
    private static void requireSomethingToRemove(Fields parent, String id, String kind) {
        if (parent.mapping(id).keys().equals(Set.of("remove"))) {
            List<String> others = parent.keys().stream().filter(key -> !key.equals(id)).toList();
            throw new BadInputException(parent.locationOf(id), parent.pathOf(id), "there is no " + kind + " '" + id
                    + "' to remove" + Fields.suggestion(id, others));
        }
    }

    private static void requireId(Fields parent, String id) {
        if (!ID.matcher(id).matches()) {
            throw new BadInputException(parent.locationOf(id), parent.pathOf(id),
                    "'" + id + "' is not a valid id: use lower-case letters, digits, '_' and '-', starting with a letter");
        }
    }

    private static AgentSpec bindAgent(Fields agent, String id, Map<String, Series> series, boolean hasOil,
                                       YearMonth start, int months, Set<String> areaIds) {
        Text name = agent.shortText("name", id);
        double[] capability;
        Optional<String> capabilitySeries;
        YamlValue capabilityValue = agent.value("capability");
        if (capabilityValue instanceof YamlValue.Scalar scalar && "str".equals(scalar.tag())) {
            Series source = series.get(scalar.text());
            if (source == null) {
                throw agent.error("capability", "no series '" + scalar.text() + "' in 'series'"
                        + Fields.suggestion(scalar.text(), series.keySet()));
            }
            capability = source.values().toArray();
            capabilitySeries = Optional.of(scalar.text());
            for (int m = 0; m < months; m++) {
                if (capability[m] <= 0 || capability[m] > MAX_STRENGTH) {
                    throw agent.error("capability", "series '" + scalar.text() + "' must be greater than 0 and at most "
                            + Fields.format(MAX_STRENGTH) + ", but month " + (m + 1) + " of the period has "
                            + capability[m]);
                }
            }
        } else {
            double constant = agent.number("capability", 1e-9, MAX_STRENGTH);
            capability = new double[months];
            java.util.Arrays.fill(capability, constant);
            capabilitySeries = Optional.empty();
        }
        double oilDependence = agent.number("oil_dependence", 0, 0, 1);
        if (oilDependence > 0 && !hasOil) {
            throw agent.error("oil_dependence", "the agent depends on oil but the scenario names no 'oil_price' series");
        }
        double roomMidpoint = agent.number("room_midpoint", 1, 1e-9, BIG);
        double strengthHalfLife = agent.number("strength_half_life_months", 6, 0, 600);
        double memoryHalfLife = agent.number("memory_half_life_months", 2, 0, 600);
        double grievanceHalfLife = agent.number("grievance_half_life_months", 24, 0, 600);
        double initialTrust = agent.number("initial_trust", 0, -1, 1);
        double initialGrievance = agent.number("initial_grievance", 0, 0, 1);
        Weights weights = bindWeights(agent.has("weights") ? agent.mapping("weights") : null);
        double forgiveness = agent.number("forgiveness", 0, 0, 1);
        Map<String, AgentArea> areas = agent.has("areas") ? bindAgentAreas(agent.mapping("areas"), areaIds, series,
                start, months) : Map.of();
        Map<Perception, SeriesLink> links = agent.has(PERCEPTIONS) ? PerceptionLinkBinder.bind(
                agent.mapping(PERCEPTIONS), series, start, months) : Map.of();
        agent.rejectUnknownKeys();
        return new AgentSpec(id, name, MonthlySeries.of(capability), capabilitySeries, oilDependence, roomMidpoint, strengthHalfLife,
                memoryHalfLife, grievanceHalfLife, initialTrust, initialGrievance, weights, forgiveness, areas, links);
    }

    /**
     * How an agent sees each issue area apart from events: standing perceptions and exposures, such as
     * {@code areas: {arms_control: {shared_interest: 1}, security: {threat: 0.3, threat_exposure: 2}}}, and the
     * series its perceptions read there ({@code perceptions}).
     */
    private static Map<String, AgentArea> bindAgentAreas(Fields fields, Set<String> areaIds,
                                                         Map<String, Series> series, YearMonth start, int months) {
        fields.acceptAllKeys();
        Map<String, AgentArea> areas = new LinkedHashMap<>();
        for (String areaId : fields.keys()) {
            requireArea(fields, areaId, areaIds);
            Fields area = fields.mapping(areaId);
            Map<Perception, Double> levels = new java.util.EnumMap<>(Perception.class);
            Map<Perception, Double> exposures = new java.util.EnumMap<>(Perception.class);
            for (Perception perception : Perception.values()) {
                if (area.has(perception.key())) {
                    levels.put(perception, area.number(perception.key(), -10, 10));
                }
                String exposure = AgentArea.exposureKey(perception);
                if (area.has(exposure)) {
                    exposures.put(perception, area.number(exposure, 0, 10));
                }
            }
            Map<Perception, SeriesLink> links = area.has(PERCEPTIONS) ? PerceptionLinkBinder.bind(
                    area.mapping(PERCEPTIONS), series, start, months) : Map.of();
            area.rejectUnknownKeys();
            areas.put(areaId, new AgentArea(levels, exposures, links));
        }
        return areas;
    }

    /** Refuses an area id the scenario does not declare, pointing at where it is written. */
    private static void requireArea(Fields parent, String areaId, Set<String> areaIds) {
        String problem = unknownArea(areaId, areaIds);
        if (problem != null) {
            throw new BadInputException(parent.locationOf(areaId), parent.pathOf(areaId), problem);
        }
    }

    /** Why {@code areaId} cannot be named, or null when the scenario declares it. */
    private static String unknownArea(String areaId, Set<String> areaIds) {
        if (areaIds.isEmpty()) {
            return "the scenario declares no issue areas: declare '" + areaId + "' under 'areas' at the top of the"
                    + " scenario";
        }
        return areaIds.contains(areaId) ? null : "no issue area '" + areaId + "' in 'areas' ("
                + Fields.listed(areaIds) + ")" + Fields.suggestion(areaId, areaIds);
    }

    /**
     * The weights as written: any key that is a valid id, each a finite number. Which keys exist and which
     * values they allow is the model's to say (its rule registry checks them), as the rules are an open set.
     */
    private static Weights bindWeights(Fields weights) {
        if (weights == null) {
            return Weights.NONE;
        }
        weights.acceptAllKeys();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        for (String key : weights.keys()) {
            if (!ID.matcher(key).matches()) {
                throw new BadInputException(weights.locationOf(key), weights.pathOf(key),
                        "'" + key + "' is not a valid weight key: use lower-case letters, digits, '_' and '-',"
                                + " starting with a letter");
            }
            if (weights.has(key)) {
                values.put(key, weights.number(key, -Double.MAX_VALUE, Double.MAX_VALUE));
                locations.put(key, weights.value(key).location());
            }
        }
        return Weights.of(values, locations);
    }

    /** Returns null for an event removed by a scenario that extends this one ({@code remove: true}). */
    private static EventSpec bindEvent(Fields event, String id, Set<String> agentIds, Set<String> areaIds,
                                       YearMonth start, YearMonth end) {
        if (event.bool("remove", false)) {
            return null;
        }
        YearMonth date = event.month("date");
        if (date.isBefore(start) || date.isAfter(end)) {
            throw event.error("date", "event date " + date + " is outside the period " + start + " to " + end);
        }
        Text label = event.shortText("label");
        EventKind kind = event.choice("kind", EventKind.class, null);
        if (kind == null) {
            event.value("kind");
        }
        Text source = event.text("source");
        boolean shown = event.bool("show", true);
        if (kind == EventKind.DRIVER && !shown) {
            throw event.error("show", "a driver moves the index, so every chart shows it: remove 'show: false'"
                    + " (only markers can be kept off the charts)");
        }
        List<EffectSpec> effects = new ArrayList<>();
        if (event.has("effects")) {
            if (kind == EventKind.MARKER) {
                throw event.error("effects", "a marker is an expression of the relationship and is never fed to the"
                        + " agents: remove its effects, or make it a driver");
            }
            List<YamlValue> items = event.list("effects");
            for (int i = 0; i < items.size(); i++) {
                effects.add(bindEffect(Fields.of(items.get(i), event.pathOf("effects") + "[" + i + "]"), agentIds,
                        areaIds));
            }
        }
        if (kind == EventKind.DRIVER && effects.isEmpty()) {
            throw new BadInputException(event.location(), event.pathOf("effects"),
                    "a driver needs at least one effect (or make it a marker)");
        }
        event.rejectUnknownKeys();
        return new EventSpec(id, date, label, kind, source, shown, effects);
    }

    private static EffectSpec bindEffect(Fields effect, Set<String> agentIds, Set<String> areaIds) {
        String agent = effect.string("agent");
        if (!agentIds.contains(agent)) {
            throw effect.error("agent", "no agent '" + agent + "' in 'agents'" + Fields.suggestion(agent, agentIds));
        }
        Perception perceives = effect.choice("perceives", Perception.class, null);
        if (perceives == null) {
            effect.value("perceives");
        }
        double change = effect.number("change", -10, 10);
        int hold = (int) effect.integer("hold_months", 0, 0, 600);
        double halfLife = effect.has("half_life_months") ? effect.number("half_life_months", 0.1, 600)
                : Double.POSITIVE_INFINITY;
        List<String> on = effect.has("on") ? bindOn(effect, areaIds) : List.of();
        effect.rejectUnknownKeys();
        return new EffectSpec(agent, perceives, change, hold, halfLife, on);
    }

    /** The areas an effect acts on: a list of declared area ids, or one id. */
    private static List<String> bindOn(Fields effect, Set<String> areaIds) {
        YamlValue value = effect.value("on");
        List<YamlValue> items = value instanceof YamlValue.Sequence sequence ? sequence.items() : List.of(value);
        if (items.isEmpty()) {
            throw effect.error("on", "name at least one issue area, or leave 'on' out to act on every area");
        }
        List<String> on = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = effect.pathOf("on") + (value instanceof YamlValue.Sequence ? "[" + i + "]" : "");
            String areaId = Fields.parseText(items.get(i), field);
            String problem = unknownArea(areaId, areaIds);
            if (problem != null) {
                throw new BadInputException(items.get(i).location(), field,
                        areaIds.isEmpty() ? problem + ", or leave 'on' out" : problem);
            }
            if (on.contains(areaId)) {
                throw new BadInputException(items.get(i).location(), field, "area '" + areaId + "' is named twice");
            }
            on.add(areaId);
        }
        return List.copyOf(on);
    }

    private static Periodisation bindPeriodisation(Fields fields, String id, YearMonth start, YearMonth end,
                                                   boolean first) {
        Text label = fields.shortText("label", id);
        boolean shaded = fields.bool("shade", first);
        List<YamlValue> items = fields.list("phases");
        List<Phase> phases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fields phase = Fields.of(items.get(i), fields.pathOf("phases") + "[" + i + "]");
            String phaseId = phase.label("id");
            if (!ids.add(phaseId)) {
                throw phase.error("id", "phase id '" + phaseId + "' is used twice in '" + id + "'");
            }
            Text phaseLabel = phase.shortText("label", phaseId);
            YearMonth from = phase.month("start");
            YearMonth to = phase.month("end");
            if (from.isBefore(start) || to.isAfter(end)) {
                throw phase.error(from.isBefore(start) ? "start" : "end", "phase " + from + " to " + to
                        + " is not inside the period " + start + " to " + end);
            }
            if (to.isBefore(from)) {
                throw phase.error("end", "the phase ends (" + to + ") before it starts (" + from + ")");
            }
            phase.rejectUnknownKeys();
            phases.add(new Phase(phaseId, phaseLabel, from, to));
        }
        if (phases.isEmpty()) {
            throw fields.error("phases", "a periodisation needs at least one phase");
        }
        fields.rejectUnknownKeys();
        return new Periodisation(id, label, shaded, phases);
    }
}
