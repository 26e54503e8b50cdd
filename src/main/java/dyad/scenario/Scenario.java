package dyad.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated scenario: the period, the state agents, exogenous series (one value per month of the
 * period), dated events and the named phases used to summarise a run.
 *
 * @param name           the scenario's id, used as the folder name of its runs
 * @param title          what figures and handouts call it
 * @param oilPriceSeries id of the series read as the oil price, or empty when no agent depends on oil
 * @param facts          the patterns its runs must show
 * @param inputFiles     every file the scenario was read from (its extends chain, data and twins), for the hash
 * @param derivation     what it changes in the scenario it extends, in words; empty if it extends none
 * @param changes        what changes from a month of the period on (its {@code changes})
 * @param areas          the issue areas it declares, in its order; empty when its agenda is one whole
 * @param dynamics       how its strength and memory terms are read
 * @param reference      the work it reads, if it names one
 */
public record Scenario(String name, Text title, Text description, YearMonth start, YearMonth end, int issuesPerMonth,
                       long seed, int replications, double referenceOilPrice, Optional<String> oilPriceSeries,
                       List<AgentSpec> agents, Map<String, Series> series, List<EventSpec> events,
                       List<Periodisation> periodisations, List<FactSpec> facts, List<Path> inputFiles,
                       Optional<Derivation> derivation, DatedChanges changes, List<IssueArea> areas,
                       Dynamics dynamics, Optional<Reference> reference) {

    /** A scenario that names no work it reads. */
    public Scenario(String name, Text title, Text description, YearMonth start, YearMonth end, int issuesPerMonth,
                    long seed, int replications, double referenceOilPrice, Optional<String> oilPriceSeries,
                    List<AgentSpec> agents, Map<String, Series> series, List<EventSpec> events,
                    List<Periodisation> periodisations, List<FactSpec> facts, List<Path> inputFiles,
                    Optional<Derivation> derivation, DatedChanges changes, List<IssueArea> areas,
                    Dynamics dynamics) {
        this(name, title, description, start, end, issuesPerMonth, seed, replications, referenceOilPrice,
                oilPriceSeries, agents, series, events, periodisations, facts, inputFiles, derivation, changes, areas,
                dynamics, Optional.empty());
    }

    /** A scenario without issue areas, with the dynamics as they were before they could be set. */
    public Scenario(String name, Text title, Text description, YearMonth start, YearMonth end, int issuesPerMonth,
                    long seed, int replications, double referenceOilPrice, Optional<String> oilPriceSeries,
                    List<AgentSpec> agents, Map<String, Series> series, List<EventSpec> events,
                    List<Periodisation> periodisations, List<FactSpec> facts, List<Path> inputFiles,
                    Optional<Derivation> derivation, DatedChanges changes) {
        this(name, title, description, start, end, issuesPerMonth, seed, replications, referenceOilPrice,
                oilPriceSeries, agents, series, events, periodisations, facts, inputFiles, derivation, changes,
                List.of(), Dynamics.AS_BEFORE);
    }

    /** A scenario without dated changes. */
    public Scenario(String name, Text title, Text description, YearMonth start, YearMonth end, int issuesPerMonth,
                    long seed, int replications, double referenceOilPrice, Optional<String> oilPriceSeries,
                    List<AgentSpec> agents, Map<String, Series> series, List<EventSpec> events,
                    List<Periodisation> periodisations, List<FactSpec> facts, List<Path> inputFiles,
                    Optional<Derivation> derivation) {
        this(name, title, description, start, end, issuesPerMonth, seed, replications, referenceOilPrice,
                oilPriceSeries, agents, series, events, periodisations, facts, inputFiles, derivation,
                DatedChanges.NONE);
    }

    public Scenario {
        java.util.Objects.requireNonNull(changes, "changes");
        java.util.Objects.requireNonNull(dynamics, "dynamics");
        java.util.Objects.requireNonNull(reference, "reference");
        areas = List.copyOf(areas);
        if (!areas.isEmpty() && areas.stream().mapToInt(IssueArea::choices).sum() != issuesPerMonth) {
            throw new IllegalArgumentException("the areas' choices do not add up to " + issuesPerMonth);
        }
        agents = List.copyOf(agents);
        series = Map.copyOf(series);
        events = List.copyOf(events);
        periodisations = List.copyOf(periodisations);
        facts = List.copyOf(facts);
        inputFiles = List.copyOf(inputFiles);
    }

    public int months() {
        return monthIndex(end) + 1;
    }

    /** 0 for the first month of the period. */
    public int monthIndex(YearMonth month) {
        return MonthIndex.of(start, month);
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    public int agentIndex(String id) {
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The oil price for every month of the period, or nothing when the scenario has none. */
    public Optional<MonthlySeries> oilPrice() {
        return oilPriceSeries.map(id -> series.get(id).values());
    }

    /**
     * The ids of the series that nothing reads, in alphabetical order: neither a capability, nor the oil price, nor a
     * perception's link. They are checked and written to the results, and change nothing.
     */
    public List<String> unreadSeries() {
        java.util.Set<String> read = new java.util.HashSet<>();
        oilPriceSeries.ifPresent(read::add);
        List<List<AgentSpec>> stages = new java.util.ArrayList<>(List.of(agents));
        changes.stages().forEach(stage -> stages.add(stage.agents()));
        for (List<AgentSpec> staged : stages) {
            for (AgentSpec agent : staged) {
                agent.capabilitySeries().ifPresent(read::add);
                read.addAll(agent.linkedSeries());
            }
        }
        return series.keySet().stream().filter(id -> !read.contains(id)).sorted().toList();
    }

    public Scenario withSeedAndReplications(long newSeed, int newReplications) {
        return new Scenario(name, title, description, start, end, issuesPerMonth, newSeed, newReplications,
                referenceOilPrice, oilPriceSeries, agents, series, events, periodisations, facts, inputFiles, derivation,
                changes, areas, dynamics, reference);
    }

    public Scenario withInputFiles(List<Path> files) {
        return new Scenario(name, title, description, start, end, issuesPerMonth, seed, replications, referenceOilPrice,
                oilPriceSeries, agents, series, events, periodisations, facts, files, derivation, changes, areas,
                dynamics, reference);
    }

    /**
     * The scenario as shown in a language: every title, label and description that has a translation into
     * it reads that translation, so figures and tables drawn from it speak the language. The model is the same.
     */
    public Scenario in(Language language) {
        java.util.function.UnaryOperator<Text> shown = text -> new Text(text.in(language), text.translations());
        java.util.function.UnaryOperator<AgentSpec> shownAgent = a -> a.withName(shown.apply(a.name()));
        List<AgentSpec> shownAgents = agents.stream().map(shownAgent).toList();
        DatedChanges shownChanges = new DatedChanges(changes.stages().stream().map(stage -> new DatedChanges.Stage(
                stage.from(), stage.agents().stream().map(shownAgent).toList())).toList(), changes.eventEnds());
        List<EventSpec> shownEvents = events.stream().map(e -> new EventSpec(e.id(), e.date(), shown.apply(e.label()),
                e.kind(), shown.apply(e.source()), e.shownOnChart(), e.effects())).toList();
        List<Periodisation> shownPeriods = periodisations.stream().map(p -> new Periodisation(p.id(),
                shown.apply(p.label()), p.shaded(), p.phases().stream().map(phase -> new Phase(phase.id(),
                        shown.apply(phase.label()), phase.start(), phase.end())).toList())).toList();
        Map<String, Series> shownSeries = new java.util.LinkedHashMap<>();
        series.forEach((id, s) -> shownSeries.put(id, new Series(id, shown.apply(s.unit()), shown.apply(s.source()),
                s.values())));
        List<FactSpec> shownFacts = facts.stream().map(f -> new FactSpec(f.id(), shown.apply(f.title()),
                shown.apply(f.claim()), f.expectedToHold(), shown.apply(f.because()), f.test())).toList();
        return new Scenario(name, shown.apply(title), shown.apply(description), start, end, issuesPerMonth, seed,
                replications, referenceOilPrice, oilPriceSeries, shownAgents, shownSeries, shownEvents, shownPeriods,
                shownFacts, inputFiles, derivation.map(d -> new Derivation(shown.apply(d.from()),
                        d.changes().stream().map(shown).toList(), d.phasesInherited())), shownChanges,
                areas.stream().map(area -> new IssueArea(area.id(), shown.apply(area.label()), area.choices())).toList(),
                dynamics, reference.map(work -> new Reference(work.id(), shown.apply(work.author()), work.year(),
                        shown.apply(work.title()), work.url())));
    }

    /** The agents as they are in month {@code month} (0 for the first), after the changes made by then. */
    public List<AgentSpec> agentsAt(int month) {
        List<AgentSpec> current = agents;
        for (DatedChanges.Stage stage : changes.stages()) {
            if (monthIndex(stage.from()) > month) {
                break;
            }
            current = stage.agents();
        }
        return current;
    }

    /** The first month (0 for the first of the period) in which the event no longer acts: the months otherwise. */
    public int eventEnd(String eventId) {
        YearMonth end = changes.eventEnds().get(eventId);
        return end == null ? months() : monthIndex(end);
    }

    /** Whether the scenario declares issue areas (else its agenda is one whole). */
    public boolean hasAreas() {
        return !areas.isEmpty();
    }

    /** The areas in which agents choose: those declared, or the whole agenda as one. */
    public List<IssueArea> agenda() {
        return areas.isEmpty() ? List.of(IssueArea.wholeAgenda(issuesPerMonth)) : areas;
    }

    /** The position of the declared area {@code id}, or -1. */
    public int areaIndex(String id) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The position of the declared area {@code id}, given for {@code option}.
     *
     * @throws BadInputException naming the scenario's areas, if it declares none called so
     */
    public int requireArea(String option, String id) {
        int index = areaIndex(id);
        if (index >= 0) {
            return index;
        }
        if (areas.isEmpty()) {
            throw new BadInputException(null, option, "scenario " + name + " declares no issue areas: its why chart is"
                    + " of its whole agenda");
        }
        List<String> ids = areas.stream().map(IssueArea::id).toList();
        throw new BadInputException(null, option, "scenario " + name + " has no issue area '" + id + "': give one of "
                + String.join(", ", ids) + (id.equals(IssueArea.ALL) ? " (why.png is of all of them together)"
                : Fields.didYouMean(id, ids)));
    }

    /** Whether some agent's strength depends on the oil price, in some month: else the oil price moves nothing. */
    public boolean dependsOnOil() {
        if (oilPriceSeries.isEmpty()) {
            return false;
        }
        java.util.stream.Stream<AgentSpec> all = java.util.stream.Stream.concat(agents.stream(),
                changes.stages().stream().flatMap(stage -> stage.agents().stream()));
        return all.anyMatch(agent -> agent.oilDependence() != 0);
    }

    /** The fact with this id, or null. */
    public FactSpec fact(String id) {
        return facts.stream().filter(fact -> fact.id().equals(id)).findFirst().orElse(null);
    }
}
