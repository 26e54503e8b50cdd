package dyad.gui;

import dyad.model.DyadSimulation;
import dyad.model.ExogenousInputs;
import dyad.model.Seeds;
import dyad.scenario.BadInputException;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Location;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A live replication of a scenario and the changes made to it while it runs, each dated from the month it
 * takes effect: an agent's parameter set anew, an event removed or its effects ended, an event added. The
 * live scenario is the opened one with these changes, written as a scenario file that extends it (the same
 * text that {@link #save} writes), so a run of the saved file repeats the live replication exactly.
 *
 * <p>Every change takes effect from the coming month through {@link DyadSimulation#continueAs}: the agents
 * keep their memories and get the new parameters and perceptions. Methods lock the simulation's schedule,
 * as MASON's console does while it steps.
 */
public final class LiveSession {

    /** Where values written by the session say they come from, for messages. */
    private static final int SOURCE_LINE = 1;

    private final Path file;
    private final ScenarioLoader.Template template;
    private final Scenario opened;
    private final long seed;
    private final int replication;
    private final List<YamlValue> baseChanges;
    private final List<YamlValue> changes = new ArrayList<>();
    private final Map<String, YamlValue> events = new LinkedHashMap<>();
    private final Location here;
    private Scenario live;
    private final DyadSimulation simulation;

    /**
     * @param replication the replication of {@code seed} the session runs: the same random numbers as that
     *                    replication of {@code dyad run}
     * @throws BadInputException if the scenario is not valid
     */
    public LiveSession(Path file, long seed, int replication) {
        this.file = file.toAbsolutePath().normalize();
        this.template = ScenarioLoader.template(this.file);
        this.opened = template.bind(Map.of());
        dyad.model.rules.RuleSet.STANDARD.check(opened);
        this.seed = seed;
        this.replication = replication;
        this.here = new Location(this.file, SOURCE_LINE, 1);
        this.baseChanges = template.tree().entries().get("changes") instanceof YamlValue.Sequence sequence
                ? sequence.items() : List.of();
        this.live = opened;
        this.simulation = new DyadSimulation(opened, ExogenousInputs.of(opened), seed, replication);
    }

    /** The scenario file opened. */
    public Path file() {
        return file;
    }

    public DyadSimulation simulation() {
        return simulation;
    }

    /** The scenario as opened. */
    public Scenario opened() {
        return opened;
    }

    /** The scenario with the session's changes. */
    public Scenario live() {
        return live;
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }

    /** Back to the first month with every change of the session in place; the same random numbers again. */
    public void restart() {
        synchronized (simulation.schedule) {
            rekey();
            simulation.start();
        }
    }

    /**
     * Keys the generator for the session's replication, before a start: MASON's console may have keyed it
     * with a seed of its own.
     */
    void rekey() {
        simulation.random = Seeds.generator(seed, replication);
    }

    /** A session of {@code file} with the scenario's own seed. */
    public static LiveSession open(Path file, int replication) {
        return new LiveSession(file, ScenarioLoader.load(file).seed(), replication);
    }

    /** Months run so far. */
    public int monthsRun() {
        return (int) Math.min(simulation.schedule.getSteps(), live.months());
    }

    /** The month from which a change made now takes effect: the coming one. */
    public YearMonth comingMonth() {
        return live.month(monthsRun());
    }

    public boolean over() {
        return monthsRun() >= live.months();
    }

    /** The live replication's index, month by month, for the months run so far. */
    public double[] index() {
        return java.util.Arrays.copyOf(simulation.trajectory().index(), monthsRun());
    }

    /** The live replication's index in each declared issue area (none without areas), for the months run so far. */
    public double[][] areaIndex() {
        if (!live.hasAreas()) {
            return new double[0][];
        }
        int months = monthsRun();
        return java.util.Arrays.stream(simulation.trajectory().areaIndex())
                .map(area -> java.util.Arrays.copyOf(area, months)).toArray(double[][]::new);
    }

    /** The value of an agent's parameter ({@code agents.<agent>.<field>} or {@code ...weights.<rule>}) now. */
    public double value(String agent, String field) {
        int month = Math.min(monthsRun(), live.months() - 1);
        var spec = live.agentsAt(month).get(live.agentIndex(agent));
        return switch (field) {
            case "capability" -> spec.capability().get(month);
            case "oil_dependence" -> spec.oilDependence();
            case "room_midpoint" -> spec.roomMidpoint();
            case "strength_half_life_months" -> spec.strengthHalfLife();
            case "memory_half_life_months" -> spec.memoryHalfLife();
            case "grievance_half_life_months" -> spec.grievanceHalfLife();
            case "forgiveness" -> spec.forgiveness();
            default -> field.startsWith("areas.")
                    ? spec.areas().getOrDefault(field.split("\\.")[1], dyad.scenario.AgentArea.NONE)
                            .value(field.split("\\.")[2])
                    : spec.weights().get(field.substring("weights.".length()));
        };
    }

    /**
     * Sets {@code path} to {@code value} from the coming month on.
     *
     * @throws BadInputException if the value is not allowed there, or the run is over (nothing changes)
     */
    public void set(String path, double value) {
        synchronized (simulation.schedule) {
            String from = comingMonthOrRefuse(path).toString();
            String[] parts = path.split("\\.", 3);
            if (parts.length == 3 && live.agentIndex(parts[1]) >= 0 && !parts[2].equals("capability")
                    && value(parts[1], parts[2]) == value) {
                return;
            }
            YamlValue change = mapping(Map.of("from", text(from), "set", text(path), "to", number(value)));
            // a slider moved several times before the month runs makes one change, its last value
            int same = -1;
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i) instanceof YamlValue.Mapping m && m.entries().get("set") instanceof YamlValue.Scalar set
                        && set.text().equals(path) && ((YamlValue.Scalar) m.entries().get("from")).text().equals(from)) {
                    same = i;
                }
            }
            if (same >= 0) {
                int at = same;
                YamlValue before = changes.set(at, change);
                adoptOrUndo(() -> changes.set(at, before));
            } else {
                changes.add(change);
                adoptOrUndo(() -> changes.remove(changes.size() - 1));
            }
        }
    }

    /**
     * Removes an event from the coming month on: one that has not happened yet is removed (as
     * {@code remove: true}, or dropped if the session added it); a driver that has acted stops acting.
     *
     * @throws BadInputException if the event's effects already end, or the run is over
     */
    public void removeEvent(String id) {
        synchronized (simulation.schedule) {
            YearMonth from = comingMonthOrRefuse("events." + id);
            EventSpec event = live.events().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow(() -> new BadInputException(here, "events." + id, "there is no event '" + id + "'"));
            if (event.date().isBefore(from) && event.kind() == EventKind.DRIVER) {
                changes.add(mapping(Map.of("from", text(from.toString()), "end", text(id))));
                adoptOrUndo(() -> changes.remove(changes.size() - 1));
            } else {
                YamlValue before = events.get(id);
                if (before != null) {
                    events.remove(id);
                } else {
                    events.put(id, mapping(Map.of("remove", new YamlValue.Scalar("true", "bool", here))));
                }
                adoptOrUndo(() -> {
                    if (before != null) {
                        events.put(id, before);
                    } else {
                        events.remove(id);
                    }
                });
            }
        }
    }

    /**
     * Adds a driver in the coming month: {@code change} to what {@code agent} perceives, held for
     * {@code holdMonths}, then fading with {@code halfLifeMonths} (0: never fades).
     *
     * @return the new event's id
     * @throws BadInputException if a value is not allowed, or the run is over
     */
    public String addEvent(String label, String agent, Perception perceives, double change, int holdMonths,
                           double halfLifeMonths) {
        synchronized (simulation.schedule) {
            YearMonth from = comingMonthOrRefuse("events");
            String id = newId(from, agent, perceives);
            Map<String, YamlValue> effect = new LinkedHashMap<>();
            effect.put("agent", text(agent));
            effect.put("perceives", text(perceives.name().toLowerCase(Locale.ROOT)));
            effect.put("change", number(change));
            effect.put("hold_months", new YamlValue.Scalar(Integer.toString(holdMonths), "int", here));
            if (halfLifeMonths > 0) {
                effect.put("half_life_months", number(halfLifeMonths));
            }
            Map<String, YamlValue> event = new LinkedHashMap<>();
            event.put("date", text(from.toString()));
            event.put("kind", text("driver"));
            event.put("label", text(label));
            event.put("source", text("live session"));
            event.put("effects", new YamlValue.Sequence(List.of(mapping(effect)), here));
            events.put(id, mapping(event));
            adoptOrUndo(() -> events.remove(id));
            return id;
        }
    }

    private String newId(YearMonth from, String agent, Perception perceives) {
        String stem = "added-" + from + "-" + perceives.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + agent;
        String id = stem;
        for (int n = 2; taken(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return events.containsKey(id) || template.tree().entries().get("events") instanceof YamlValue.Mapping all
                && all.entries().containsKey(id);
    }

    private YearMonth comingMonthOrRefuse(String field) {
        if (over()) {
            throw new BadInputException(here, field, "the run is over: restart it to change it");
        }
        return comingMonth();
    }

    /** Goes on with the scenario as now changed; if it is not valid, undoes the change and says why. */
    private void adoptOrUndo(Runnable undo) {
        try {
            Scenario changed = scenario();
            simulation.continueAs(changed, ExogenousInputs.of(changed));
            live = changed;
        } catch (BadInputException e) {
            undo.run();
            throw e;
        }
    }

    /** The live scenario, bound from the opened one with the session's file laid over it. */
    private Scenario scenario() {
        YamlValue.Mapping tree = template.tree().overlaidBy(overlay());
        return new ScenarioLoader.Template(tree, template.files()).bind(Map.of());
    }

    /** What the session changes, as the keys of a scenario file that extends the opened one. */
    private YamlValue.Mapping overlay() {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        if (!changes.isEmpty()) {
            List<YamlValue> all = new ArrayList<>(baseChanges);
            all.addAll(changes);
            entries.put("changes", new YamlValue.Sequence(all, here));
        }
        if (!events.isEmpty()) {
            entries.put("events", mapping(events));
        }
        return mapping(entries);
    }

    /** Whether the session has changed anything. */
    public boolean changed() {
        return !changes.isEmpty() || !events.isEmpty();
    }

    /**
     * The scenario file of the session: it extends the opened file (by a path relative to {@code target}'s
     * folder) and holds the session's changes and seed: replication {@link #replication()} of a run of it
     * repeats the live replication.
     */
    public String yaml(Path target) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        String base = folder == null ? file.toString() : folder.relativize(file).toString().replace('\\', '/');
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        entries.put("extends", text(base));
        entries.put("name", text(opened.name() + "-live"));
        entries.put("seed", new YamlValue.Scalar(Long.toString(seed), "int", here));
        entries.putAll(overlay().entries());
        return YamlWriter.write(mapping(entries), "A live session of " + opened.name() + " (replication "
                + replication + " of seed " + seed + "), with its changes dated from the month they took effect");
    }

    /** Writes {@link #yaml} to {@code target}. */
    public void save(Path target) throws IOException {
        Files.writeString(target, yaml(target), StandardCharsets.UTF_8);
    }

    private YamlValue.Scalar text(String value) {
        return new YamlValue.Scalar(value, "str", here);
    }

    private YamlValue.Scalar number(double value) {
        return new YamlValue.Scalar(Double.toString(value), "float", here);
    }

    private YamlValue.Mapping mapping(Map<String, YamlValue> entries) {
        Map<String, YamlValue> ordered = new LinkedHashMap<>();
        for (String key : List.of("from", "set", "to", "end")) {
            if (entries.containsKey(key)) {
                ordered.put(key, entries.get(key));
            }
        }
        ordered.putAll(entries);
        Map<String, Location> keys = new LinkedHashMap<>();
        ordered.keySet().forEach(key -> keys.put(key, here));
        return new YamlValue.Mapping(ordered, keys, here);
    }
}
