package dyad.batch;

import dyad.scenario.ScenarioLoader;
import dyad.scenario.YamlValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The template a point's scenario is bound from, and the numbers written into it: the base scenario's template,
 * or that of the file a scenario choice takes, with the events a choice switches off removed as a counterfactual's
 * {@code remove: true} removes them. A file is read when a point needs it, and only the last few are kept; a
 * sweep without choices binds the base template.
 */
public final class PointTemplates {

    /**
     * How many templates are kept at once. The sweep runs its points in order, so the few last read serve the
     * points in flight; a sweep of thousands of scenario files (the futures of a futures file) keeps only these
     * in memory, not every file's tree.
     */
    private static final int KEPT = 16;

    private final List<SweepParameter> parameters;
    private final ScenarioLoader.Template base;
    /** The file of each level of the scenario choice; empty without one. */
    private final List<java.nio.file.Path> files;
    private final boolean choices;
    private final Map<List<Integer>, ScenarioLoader.Template> byLevels = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Integer>, ScenarioLoader.Template> eldest) {
                    return size() > KEPT;
                }
            });

    private PointTemplates(List<SweepParameter> parameters, ScenarioLoader.Template base,
                           List<java.nio.file.Path> files) {
        this.parameters = List.copyOf(parameters);
        this.base = base;
        this.files = List.copyOf(files);
        this.choices = parameters.stream().anyMatch(SweepParameter::isChoice);
    }

    /** The parameters' templates; the files of a scenario choice are read when a point first needs them. */
    public static PointTemplates of(List<SweepParameter> parameters, ScenarioLoader.Template base) {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (SweepParameter parameter : parameters) {
            if (parameter.isChoice() && parameter.choice().event() == null) {
                files.addAll(parameter.choice().files());
            }
        }
        return new PointTemplates(parameters, base, files);
    }

    /** The template of a point's values. */
    public ScenarioLoader.Template at(double[] values) {
        if (!choices) {
            return base;
        }
        List<Integer> levels = new ArrayList<>();
        for (int d = 0; d < values.length; d++) {
            levels.add(parameters.get(d).isChoice() ? (int) values[d] : -1);
        }
        ScenarioLoader.Template kept = byLevels.get(levels);
        if (kept != null) {
            return kept;
        }
        ScenarioLoader.Template template = base;
        List<String> removed = new ArrayList<>();
        for (int d = 0; d < values.length; d++) {
            SweepChoice choice = parameters.get(d).choice();
            if (choice == null) {
                continue;
            }
            if (choice.event() == null) {
                template = ScenarioLoader.template(files.get((int) values[d]));
            } else if (choice.removes(values[d])) {
                removed.add(choice.event());
            }
        }
        // two threads may read the same file at once: both get the same template, and one is kept
        ScenarioLoader.Template read = withoutEvents(template, removed);
        byLevels.putIfAbsent(levels, read);
        return read;
    }

    /** The point's numbers, by path, to write into its template. */
    public Map<String, Double> numbers(double[] values) {
        Map<String, Double> overrides = new HashMap<>();
        for (int d = 0; d < values.length; d++) {
            if (!parameters.get(d).isChoice()) {
                overrides.put(parameters.get(d).path(), values[d]);
            }
        }
        return overrides;
    }

    /**
     * The template with these events given {@code remove: true}, as a counterfactual that extends it would write;
     * it shares the template's data and twins already read.
     */
    public static ScenarioLoader.Template withoutEvents(ScenarioLoader.Template template, Collection<String> events) {
        if (events.isEmpty()) {
            return template;
        }
        YamlValue.Mapping tree = template.tree();
        YamlValue.Mapping eventTree = (YamlValue.Mapping) tree.entries().get("events");
        for (String id : events) {
            YamlValue.Mapping event = (YamlValue.Mapping) eventTree.entries().get(id);
            eventTree = eventTree.with(id, event.with("remove", new YamlValue.Scalar("true", "bool",
                    event.location())));
        }
        return new ScenarioLoader.Template(tree.with("events", eventTree), template.files(), template.csvCache(),
                template.twins());
    }
}
