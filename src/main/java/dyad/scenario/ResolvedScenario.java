package dyad.scenario;

import java.util.Optional;
import java.util.EnumMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as run, in one self-contained scenario file: the whole {@code extends} chain merged, the
 * overrides written in, the seed and replications explicit, removed agents and events left out, and every
 * series read from a CSV file written inline. Loading that file gives the same scenario, even when the
 * files it came from have changed or are gone.
 *
 * @param scenario the scenario bound from {@link #tree()}, with the files it was resolved from as its
 *                 input files: what a run of it uses is exactly what the written file holds
 * @param tree     the self-contained scenario
 */
public record ResolvedScenario(Scenario scenario, YamlValue.Mapping tree) {

    /** The name of the resolved scenario in a results folder. */
    public static final String FILE = "scenario.yaml";

    /**
     * @throws BadInputException if the scenario, or the scenario with these overrides, is not valid; the
     *                           message points at the file where the value was written
     */
    public static ResolvedScenario of(Path file, ScenarioOverrides overrides) {
        return resolve(ScenarioLoader.template(file), overrides);
    }

    private static ResolvedScenario resolve(ScenarioLoader.Template template, ScenarioOverrides overrides) {
        YamlValue.Mapping tree = template.treeWith(overrides.parameters());
        // binding the scenario as written first reports any error against the files the user wrote
        Scenario asWritten = template.binder().bind(tree);
        long seed = overrides.seed().orElse(asWritten.seed());
        int replications = overrides.replications().orElse(asWritten.replications());
        YamlValue.Mapping resolved = tree.without("extends")
                .with("seed", wholeNumber(seed, tree))
                .with("replications", wholeNumber(replications, tree));
        resolved = withoutRemoved(resolved, "agents");
        resolved = withoutRemoved(resolved, "events");
        resolved = withoutRemoved(resolved, "facts");
        resolved = withSeriesInline(resolved, asWritten, template.csvCache());
        Optional<Derivation> derivation = derivation(template.files().get(0), asWritten);
        if (derivation.isPresent()) {
            resolved = resolved.with(Derivation.KEY, tree(derivation.get(), tree.location()));
        }
        if (resolved.entries().get("facts") instanceof YamlValue.Mapping facts) {
            TwinInliner inliner = new TwinInliner(tree, asWritten, template.csvCache());
            resolved = resolved.with("facts", (YamlValue.Mapping) inliner.withTwinsInline(facts));
        }
        Scenario scenario = new ScenarioLoader.Template(resolved, List.of()).binder().bind(resolved);
        return new ResolvedScenario(scenario.withInputFiles(asWritten.inputFiles()), resolved);
    }

    /**
     * What the scenario changes in the one its file extends, in every language, or nothing if the file
     * extends none.
     */
    private static Optional<Derivation> derivation(Path file, Scenario scenario) {
        Fields own = new Fields(YamlReader.readMapping(file), "");
        if (!own.has("extends")) {
            return Optional.empty();
        }
        // bound as written: the comparison needs its events, agents and series, not its resolved file
        Scenario parent = ScenarioLoader.load(own.file("extends"));
        Map<Language, List<String>> lines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lines.put(language, ScenarioDifference.describe(parent, scenario, Texts.of(language)));
        }
        List<Text> changes = new ArrayList<>();
        for (int i = 0; i < lines.get(Language.EN).size(); i++) {
            Map<Language, String> translations = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                translations.put(language, lines.get(language).get(i));
            }
            changes.add(new Text(lines.get(Language.EN).get(i), translations));
        }
        return Optional.of(new Derivation(parent.title(), changes,
                parent.periodisations().equals(scenario.periodisations())));
    }

    private static YamlValue.Mapping tree(Derivation derivation, Location at) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        entries.put("from", tree(derivation.from(), at));
        entries.put("changes", new YamlValue.Sequence(derivation.changes().stream().map(t -> tree(t, at)).toList(), at));
        entries.put("phases_inherited", new YamlValue.Scalar(String.valueOf(derivation.phasesInherited()), "bool", at));
        return new YamlValue.Mapping(entries, Map.of(), at);
    }

    private static YamlValue tree(Text text, Location at) {
        if (text.translations().isEmpty()) {
            return new YamlValue.Scalar(text.text(), "str", at);
        }
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        new EnumMap<>(text.translations()).forEach((language, words) ->
                entries.put(language.tag(), new YamlValue.Scalar(words, "str", at)));
        return new YamlValue.Mapping(entries, Map.of(), at);
    }

    public static ResolvedScenario of(Path file) {
        return of(file, ScenarioOverrides.NONE);
    }

    /** The text of the scenario file; the same scenario and overrides always give the same bytes. */
    public String text() {
        return YamlWriter.write(tree, "Scenario " + scenario.name() + " as run, with everything it extends and reads;"
                + " dyad run this file to reproduce the result.");
    }

    /** Writes {@link #text()} to {@code target} in UTF-8. */
    public void write(Path target) throws IOException {
        Files.writeString(target, text(), StandardCharsets.UTF_8);
    }

    private static YamlValue.Scalar wholeNumber(long value, YamlValue.Mapping root) {
        return new YamlValue.Scalar(Long.toString(value), "int", root.location());
    }

    /**
     * Writes every twin file's changes inline in the facts, a series it reads from a file included, so that the
     * results folder holds everything a rerun replays.
     */
    private static final class TwinInliner {

        private final YamlValue.Mapping tree;
        private final Scenario scenario;
        private final Map<String, double[]> csvCache;
        private final Map<Path, YamlValue.Mapping> overlays = new HashMap<>();

        /** @param tree the scenario's merged tree before its series were written inline */
        TwinInliner(YamlValue.Mapping tree, Scenario scenario, Map<String, double[]> csvCache) {
            this.tree = tree;
            this.scenario = scenario;
            this.csvCache = csvCache;
        }

        YamlValue withTwinsInline(YamlValue value) {
            if (value instanceof YamlValue.Sequence sequence) {
                return new YamlValue.Sequence(sequence.items().stream().map(this::withTwinsInline).toList(),
                        sequence.location());
            }
            if (!(value instanceof YamlValue.Mapping mapping)) {
                return value;
            }
            YamlValue.Mapping changed = mapping;
            for (Map.Entry<String, YamlValue> entry : mapping.entries().entrySet()) {
                YamlValue inner = entry.getValue();
                if (entry.getKey().equals("twin") && inner instanceof YamlValue.Mapping twin
                        && twin.entries().get("scenario") instanceof YamlValue.Scalar) {
                    Path file = Fields.of(twin, "twin").file("scenario");
                    changed = changed.with("twin", twin.with("scenario", overlays.computeIfAbsent(file, this::inline)));
                } else {
                    changed = changed.with(entry.getKey(), withTwinsInline(inner));
                }
            }
            return changed;
        }

        /**
         * The twin file's own keys, each series it reads from a file replaced by its values as read, before any
         * hold: the file and column are those of the scenario's series with the twin's changes laid over it.
         */
        private YamlValue.Mapping inline(Path file) {
            YamlValue.Mapping overlay = TwinOverlay.read(file).overlay();
            if (!(overlay.entries().get("series") instanceof YamlValue.Mapping series)) {
                return overlay;
            }
            YamlValue.Mapping base = tree.entries().get("series") instanceof YamlValue.Mapping all ? all : null;
            YamlValue.Mapping inline = series;
            for (Map.Entry<String, YamlValue> entry : series.entries().entrySet()) {
                if (!(entry.getValue() instanceof YamlValue.Mapping own)) {
                    continue;
                }
                YamlValue.Mapping merged = base != null && base.entries().get(entry.getKey())
                        instanceof YamlValue.Mapping written ? written.overlaidBy(own) : own;
                YamlValue.Mapping read = readInline(Fields.of(merged, "series." + entry.getKey()), merged, scenario,
                        csvCache, own.location());
                if (read != null) {
                    inline = inline.with(entry.getKey(), read);
                }
            }
            return overlay.with("series", inline);
        }
    }

    /** The mapping of agents or events without those given {@code remove: true}: a base they no longer have. */
    private static YamlValue.Mapping withoutRemoved(YamlValue.Mapping root, String key) {
        if (!(root.entries().get(key) instanceof YamlValue.Mapping all)) {
            return root;
        }
        YamlValue.Mapping kept = all;
        for (Map.Entry<String, YamlValue> entry : all.entries().entrySet()) {
            if (Fields.of(entry.getValue(), key + "." + entry.getKey()).bool("remove", false)) {
                kept = kept.without(entry.getKey());
            }
        }
        return root.with(key, kept);
    }

    /**
     * Every series read from a CSV file, with its {@code file} and {@code column} replaced by its values for the
     * months of the period as read, before any {@code hold}: the hold stays as written and is recomputed in
     * the same way.
     */
    private static YamlValue.Mapping withSeriesInline(YamlValue.Mapping root, Scenario scenario,
                                                      Map<String, double[]> csvCache) {
        if (!(root.entries().get("series") instanceof YamlValue.Mapping all)) {
            return root;
        }
        YamlValue.Mapping inline = all;
        for (Map.Entry<String, YamlValue> entry : all.entries().entrySet()) {
            YamlValue.Mapping read = readInline(Fields.of(entry.getValue(), "series." + entry.getKey()),
                    (YamlValue.Mapping) entry.getValue(), scenario, csvCache, entry.getValue().location());
            if (read != null) {
                inline = inline.with(entry.getKey(), read);
            }
        }
        return root.with("series", inline);
    }

    /**
     * A series that reads a file, with the file read in: one value per month of the scenario's period that the
     * file has a value for (a held series may lack them from its hold's month on), as read, before any hold;
     * null for a series that names no file.
     */
    private static YamlValue.Mapping readInline(Fields fields, YamlValue.Mapping series, Scenario scenario,
                                                Map<String, double[]> csvCache, Location at) {
        if (!fields.has("file")) {
            return null;
        }
        double[] values = SeriesBinder.read(fields, scenario.start(), scenario.months(), new ArrayList<>(), csvCache);
        return withValues(series, monthly(values, scenario.start(), at));
    }

    /** The series with {@code values} in the place of {@code file}, and without {@code column}. */
    private static YamlValue.Mapping withValues(YamlValue.Mapping series, YamlValue.Mapping values) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        series.entries().forEach((key, value) -> {
            if (key.equals("file")) {
                entries.put("values", values);
                keys.put("values", series.keyLocations().get(key));
            } else if (!key.equals("column") && !key.equals("values")) {
                entries.put(key, value);
                keys.put(key, series.keyLocations().get(key));
            }
        });
        return new YamlValue.Mapping(entries, keys, series.location());
    }

    private static YamlValue.Mapping monthly(double[] values, YearMonth start, Location at) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (int m = 0; m < values.length; m++) {
            if (Double.isNaN(values[m])) {
                continue; // a month the data leaves to the series' hold
            }
            String month = start.plusMonths(m).toString();
            // Double.toString gives the shortest text that reads back as the same double
            entries.put(month, new YamlValue.Scalar(Double.toString(values[m]), "float", at));
            keys.put(month, at);
        }
        return new YamlValue.Mapping(entries, keys, at);
    }

}
