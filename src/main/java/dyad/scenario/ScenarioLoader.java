package dyad.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file, follows its {@code extends} chain (each file overriding the one it extends) and
 * binds the result into a validated {@link Scenario}.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        return load(file, Map.of());
    }

    /**
     * Loads a scenario with some numeric fields replaced, each addressed by its dotted path (for example
     * {@code agents.<agent>.oil_dependence}); used by parameter sweeps.
     */
    public static Scenario load(Path file, Map<String, Double> overrides) {
        return template(file).bind(overrides);
    }

    /** A scenario read once, to be bound many times with different parameter values. */
    public static Template template(Path file) {
        List<Path> files = new ArrayList<>();
        YamlValue.Mapping tree = resolve(file.normalize(), new ArrayList<>(), files);
        return new Template(tree, files);
    }

    /** A scenario's merged tree, the files it came from, and the data and twin scenarios it has read so far. */
    public record Template(YamlValue.Mapping tree, List<Path> files, Map<String, double[]> csvCache,
                           Map<Path, TwinOverlay> twins) {

        public Template(YamlValue.Mapping tree, List<Path> files) {
            this(tree, files, new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        public Template {
            files = List.copyOf(files);
        }

        public Scenario bind(Map<String, Double> overrides) {
            return binder().bind(treeWith(overrides));
        }

        /** The scenario of a tree made from this one (changed or added to), read as this one's files are. */
        public Scenario bindTree(YamlValue.Mapping changed) {
            return binder().bind(changed);
        }

        ScenarioBinder binder() {
            return new ScenarioBinder(files, csvCache, twins);
        }

        /** The merged tree with each override written at its path, in the order of the paths. */
        public YamlValue.Mapping treeWith(Map<String, Double> overrides) {
            YamlValue.Mapping changed = tree;
            for (Map.Entry<String, Double> override : new java.util.TreeMap<>(overrides).entrySet()) {
                changed = ParameterPath.set(changed, override.getKey(), override.getValue());
            }
            return changed;
        }

        /**
         * The numbers the scenario leaves out and that take a default, by path (as a sweep names them), with the
         * default: a sweep may vary them, which writes them in.
         */
        public Map<String, Double> defaults() {
            return Fields.defaultsUsedWhile(() -> bind(Map.of()));
        }

        /**
         * Whether the number at the path must be whole (such as {@code issues_per_month}). Found by binding a
         * fraction there: the binder refuses it as the wrong type exactly where it reads a whole number.
         */
        public boolean takesWholeNumbers(String path) {
            try {
                bind(Map.of(path, 0.5));
                return false;
            } catch (BadInputException e) {
                return path.equals(e.field()) && e.problem().startsWith(Fields.WHOLE_NUMBER_EXPECTED);
            }
        }
    }

    /** The merged YAML tree of a scenario and everything it extends, before binding. */
    public static YamlValue.Mapping tree(Path file) {
        return resolve(file.normalize(), new ArrayList<>(), new ArrayList<>());
    }

    /** The merged YAML tree of a scenario and everything it extends. */
    static YamlValue.Mapping resolve(Path file, List<Path> chain, List<Path> files) {
        Path identity = realPath(file);
        if (chain.contains(identity)) {
            StringBuilder cycle = new StringBuilder();
            for (Path step : chain.subList(chain.indexOf(identity), chain.size())) {
                cycle.append(step.getFileName()).append(" -> ");
            }
            throw new BadInputException(new Location(file, 1, 1), "extends",
                    "cyclic extends: " + cycle + identity.getFileName());
        }
        chain.add(identity);
        files.add(file);
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        FileKind.SCENARIO.requireKindOf(tree);
        Fields fields = new Fields(tree, "");
        if (!fields.has("extends")) {
            return tree;
        }
        Path parent = fields.file("extends");
        if (!Files.isRegularFile(parent)) {
            throw new BadInputException(fields.locationOf("extends"), "extends",
                    "the scenario to extend was not found: " + parent);
        }
        YamlValue.Mapping base = resolve(parent, chain, files);
        return base.overlaidBy(tree.without("extends"));
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
