package dyad.batch;

import dyad.model.rules.RuleSet;
import dyad.scenario.BadInputException;
import dyad.scenario.EventSpec;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.ParameterPath;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Text;
import dyad.scenario.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a sweep's choices: {@code scenario: {files: [...]}}, a choice between scenario files, and
 * {@code events.<id>: {on_off: true}} (or {@code {values: [on, off]}}), an event switched on and off; and checks
 * that every file a choice takes fits the sweep's other parameters, windows and metrics.
 */
final class ChoiceLoader {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private ChoiceLoader() {
    }

    /** Whether a key under {@code parameters} is a choice rather than a number's path. */
    static boolean isChoice(String path) {
        return path.equals(SweepChoice.SCENARIO) || path.matches("events\\.[^.\\[\\]]+");
    }

    static SweepParameter bind(Fields all, String path, Path baseFile, Scenario base) {
        return path.equals(SweepChoice.SCENARIO) ? bindFiles(all, path, baseFile) : bindEvent(all, path, base);
    }

    private static SweepParameter bindFiles(Fields all, String path, Path baseFile) {
        Fields parameter = all.mapping(path);
        if (!parameter.has("files")) {
            throw new BadInputException(all.locationOf(path), all.pathOf(path), "list the scenario files to choose"
                    + " between: {files: [baseline.yaml, counterfactual.yaml]}");
        }
        List<YamlValue> items = parameter.list("files");
        if (items.size() < 2) {
            throw parameter.error("files", "a choice needs at least two scenario files; with one, make it the"
                    + " sweep's scenario");
        }
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Text> titles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlValue item = items.get(i);
            String field = parameter.pathOf("files") + "[" + i + "]";
            String written = Fields.parseText(item, field);
            Path folder = item.location().file().getParent();
            Path file;
            try {
                file = (folder == null ? Path.of(written) : folder.resolve(written)).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new BadInputException(item.location(), field, "'" + written + "' is not a valid file path");
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(item.location(), field, "the scenario file was not found: " + file);
            }
            if (files.contains(file)) {
                throw new BadInputException(item.location(), field, file + " is listed twice");
            }
            Scenario scenario;
            try {
                scenario = ScenarioLoader.load(file);
                RuleSet.STANDARD.check(scenario);
            } catch (BadInputException e) {
                throw new BadInputException(item.location(), field, "the scenario cannot be run: " + e.getMessage());
            }
            if (!scenario.name().matches(NAME)) {
                throw new BadInputException(item.location(), field, "the tables name each file by its scenario's"
                        + " name, and '" + scenario.name() + "' is not one word of letters, digits, '.', '_' and '-':"
                        + " rename the scenario");
            }
            if (names.contains(scenario.name())) {
                throw new BadInputException(item.location(), field, "this file and " + files.get(names.indexOf(
                        scenario.name())) + " are both the scenario '" + scenario.name() + "': give each its own"
                        + " name, which the tables write for it");
            }
            files.add(file);
            names.add(scenario.name());
            titles.add(scenario.title());
        }
        Text label = parameter.has("label") ? SweepLoader.label(parameter, "label") : null;
        parameter.rejectUnknownKeys();
        int base = files.indexOf(baseFile.normalize());
        return SweepParameter.ofChoice(path, SweepChoice.ofFiles(names, titles, files), label,
                base < 0 ? Double.NaN : base);
    }

    /** Whether the scenario's file, or one it extends, removes the event with {@code remove: true}. */
    private static boolean removedBy(Scenario base, String id) {
        if (base.inputFiles().isEmpty()) {
            return false;
        }
        return dyad.scenario.ParameterPath.get(dyad.scenario.ScenarioLoader.tree(base.inputFiles().get(0)),
                "events." + id + ".remove").filter(value -> value instanceof dyad.scenario.YamlValue.Scalar scalar
                && "true".equals(scalar.text())).isPresent();
    }

    private static SweepParameter bindEvent(Fields all, String path, Scenario base) {
        String id = path.substring("events.".length());
        List<String> events = base.events().stream().map(EventSpec::id).toList();
        if (!events.contains(id)) {
            if (removedBy(base, id)) {
                throw new BadInputException(all.locationOf(path), all.pathOf(path), "the base scenario removes the"
                        + " event '" + id + "' (remove: true), so there is nothing to switch: switch it on the scenario"
                        + " it extends, or choose between the two files with 'scenario: {files: [...]}'");
            }
            List<String> starting = events.stream().filter(event -> event.startsWith(id)).toList();
            throw new BadInputException(all.locationOf(path), all.pathOf(path), "the base scenario has no event '"
                    + id + "'" + (starting.size() == 1 ? "; did you mean '" + starting.get(0) + "'?"
                    : !starting.isEmpty() ? "; did you mean one of '" + String.join("', '", starting) + "'?"
                    : Fields.didYouMean(id, events)));
        }
        Fields parameter = all.mapping(path);
        List<String> words = new ArrayList<>();
        if (parameter.has("on_off") && parameter.has("values")) {
            throw parameter.error("values", "write either on_off: true or values: [on, off], not both");
        }
        if (parameter.has("on_off")) {
            if (!parameter.bool("on_off", false)) {
                throw parameter.error("on_off", "on_off: false keeps the event at every point: leave the event out"
                        + " of the parameters");
            }
            words.addAll(List.of(SweepChoice.ON, SweepChoice.OFF));
        } else if (parameter.has("values")) {
            List<YamlValue> items = parameter.list("values");
            for (int i = 0; i < items.size(); i++) {
                String field = parameter.pathOf("values") + "[" + i + "]";
                String word = Fields.parseText(items.get(i), field);
                if (!word.equals(SweepChoice.ON) && !word.equals(SweepChoice.OFF)) {
                    throw new BadInputException(items.get(i).location(), field, "an event is switched on or off,"
                            + " not '" + word + "'");
                }
                if (words.contains(word)) {
                    throw new BadInputException(items.get(i).location(), field, "'" + word + "' is listed twice");
                }
                words.add(word);
            }
            if (words.size() < 2) {
                throw parameter.error("values", "a choice of one level is the same at every point: list both on"
                        + " and off, or leave the event out of the parameters");
            }
        } else {
            throw new BadInputException(all.locationOf(path), all.pathOf(path), "switch the event on and off with"
                    + " {on_off: true}; to sweep a number of the event, name its path, such as " + path
                    + ".effects[0].change");
        }
        Text label = parameter.has("label") ? SweepLoader.label(parameter, "label") : null;
        parameter.rejectUnknownKeys();
        return SweepParameter.ofChoice(path, SweepChoice.ofEvent(id, words), label, words.indexOf(SweepChoice.ON));
    }

    /**
     * Checks every file of a scenario choice against the rest of the sweep: it covers the base scenario's months,
     * has the other parameters (whose values it must allow) and the events switched on and off, and gives the same
     * metrics. And every event switched off leaves a scenario that can be run, in every file.
     */
    static void check(SweepSpec spec, Scenario base) {
        Fields parameterFields = new Fields(spec.source(), "").mapping("parameters");
        SweepParameter files = spec.parameters().stream()
                .filter(p -> p.isChoice() && p.choice().event() == null).findFirst().orElse(null);
        List<String> removable = spec.parameters().stream()
                .filter(p -> p.isChoice() && p.choice().event() != null).map(p -> p.choice().event()).toList();
        if (files == null) {
            checkEvents(ScenarioLoader.template(spec.scenarioFile()), removable, parameterFields, null, null);
            return;
        }
        Fields root = new Fields(spec.source(), "");
        if (spec.twins()) {
            throw root.error("twins", "twin runs replay the base scenario's twins, which a choice of scenario files"
                    + " would not share: leave out 'twins', or the choice of files");
        }
        List<YamlValue> items = parameterFields.mapping(SweepChoice.SCENARIO).list("files");
        List<String> names = metricShape(spec, base);
        boolean readsAreas = MeanPaths.byArea(RunMetrics.facts(spec, base));
        for (int level = 0; level < files.choice().size(); level++) {
            Path file = files.choice().files().get(level);
            Location at = items.get(level).location();
            String field = "parameters.scenario.files[" + level + "]";
            ScenarioLoader.Template template = ScenarioLoader.template(file);
            Scenario scenario = template.bind(Map.of());
            if (!scenario.start().equals(base.start()) || !scenario.end().equals(base.end())) {
                throw new BadInputException(at, field, "the file runs from " + scenario.start() + " to "
                        + scenario.end() + ", the sweep's scenario from " + base.start() + " to " + base.end()
                        + ": every file must cover the same months");
            }
            if (!metricShape(spec, scenario).equals(names)) {
                throw new BadInputException(at, field, "the file gives the metrics " + String.join(", ",
                        metricShape(spec, scenario)) + ", the sweep's scenario " + String.join(", ", names)
                        + ": the files must have the same agents, phases and areas");
            }
            if (readsAreas && !areaShape(scenario).equals(areaShape(base))) {
                throw new BadInputException(at, field, "the file declares " + areaShape(scenario) + ", the sweep's"
                        + " scenario " + areaShape(base) + ": its facts read issue areas, so every file must declare"
                        + " the same areas with the same choices");
            }
            for (SweepParameter parameter : spec.parameters()) {
                if (!parameter.isChoice()) {
                    checkNumber(template, parameter, at, field);
                }
            }
            checkEvents(template, removable, parameterFields, at, field);
        }
    }

    /** A scenario's areas and their choices, as a message shows them: "the areas security (2 choices), …". */
    private static String areaShape(Scenario scenario) {
        if (!scenario.hasAreas()) {
            return "no areas";
        }
        return "the areas " + String.join(", ", scenario.areas().stream()
                .map(area -> area.id() + " (" + area.choices() + (area.choices() == 1 ? " choice)" : " choices)"))
                .toList());
    }

    /** The metrics a scenario gives but for the facts, which are the base scenario's at every point. */
    private static List<String> metricShape(SweepSpec spec, Scenario scenario) {
        List<String> names = RunMetrics.names(spec, scenario);
        return names.subList(0, names.size() - RunMetrics.facts(spec, scenario).size());
    }

    private static void checkNumber(ScenarioLoader.Template template, SweepParameter parameter, Location at,
                                    String field) {
        if (!(ParameterPath.get(template.tree(), parameter.path()).orElse(null) instanceof YamlValue.Scalar scalar)
                || !("int".equals(scalar.tag()) || "float".equals(scalar.tag()))) {
            throw new BadInputException(at, field, "the file has no number at " + parameter.path()
                    + ", a parameter of the sweep");
        }
        List<Double> extremes = parameter.extremes();
        for (double value : extremes) {
            try {
                RuleSet.STANDARD.check(template.bind(Map.of(parameter.path(), value)));
            } catch (BadInputException e) {
                throw new BadInputException(at, field, "the value " + Fields.format(value) + " of "
                        + parameter.path() + " is not allowed in this file: " + e.getMessage());
            }
        }
    }

    /**
     * Every event switched on and off is in the file, and the file with each one removed (and with all of them
     * removed) can be run.
     *
     * @param fileAt    where the sweep names the file, or null for the base scenario
     * @param fileField the field that names it, or null
     */
    private static void checkEvents(ScenarioLoader.Template template, List<String> events, Fields parameterFields,
                                    Location fileAt, String fileField) {
        if (events.isEmpty()) {
            return;
        }
        List<String> present = template.bind(Map.of()).events().stream().map(EventSpec::id).toList();
        List<List<String>> removals = new ArrayList<>();
        events.forEach(event -> removals.add(List.of(event)));
        if (events.size() > 1) {
            removals.add(events);
        }
        for (List<String> removed : removals) {
            String path = "events." + removed.get(0);
            Location at = fileAt != null ? fileAt : parameterFields.locationOf(path);
            String field = fileAt != null ? fileField : "parameters." + path;
            if (removed.size() == 1 && !present.contains(removed.get(0))) {
                throw new BadInputException(at, field, "the event '" + removed.get(0) + "' is switched on and off,"
                        + " but this file does not have it (a counterfactual may have removed it): leave the file"
                        + " out of the choice, or the event out of the parameters");
            }
            try {
                RuleSet.STANDARD.check(PointTemplates.withoutEvents(template, removed).bind(Map.of()));
            } catch (BadInputException e) {
                throw new BadInputException(at, field, "switching off " + String.join(" and ", removed)
                        + " leaves a scenario that cannot be run: " + e.getMessage());
            }
        }
    }
}
