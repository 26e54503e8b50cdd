package dyad.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of file Dyad reads, told apart by the keys only one kind has, so that a file given to the wrong
 * command, a key of another kind's file, or a base scenario that is no scenario is named as such instead of
 * as a missing field.
 */
public enum FileKind {
    SCENARIO("scenario file", "run", List.of("period", "agents", "extends"), List.of("period", "agents", "extends",
            "events", "step", "issues_per_month"), List.of()),
    CALIBRATION("calibration file", "calibrate", List.of("targets"), List.of("targets", "validate",
            "max_evaluations", "population", "sigma"), List.of()),
    SENSITIVITY("sensitivity file", "sensitivity", List.of("method"), List.of("method", "base_samples",
            "trajectories", "levels", "bootstrap", "outputs"), List.of("windows", "metrics", "twins", "labels")),
    REGION("region file", "region", List.of("samples"), List.of("samples", "sampling", "facts", "accept",
            "generations"),
            List.of("windows", "labels")),
    SWEEP("sweep file", "sweep", List.of("design"), List.of("design", "points", "levels", "metrics", "twins",
            "chart"), List.of("windows", "labels"));

    /** The keys every file that runs a sweep of a scenario takes. */
    private static final List<String> RUN_KEYS = List.of("name", "description", "scenario", "parameters",
            "replications", "seed");

    private final String title;
    private final String command;
    private final List<String> markers;
    /** The keys only this kind takes. */
    private final List<String> ownKeys;
    /** Keys it shares with some other kinds, besides the keys of every file that runs a sweep. */
    private final List<String> sharedKeys;

    FileKind(String title, String command, List<String> markers, List<String> ownKeys,
                     List<String> sharedKeys) {
        this.title = title;
        this.command = command;
        this.markers = markers;
        this.ownKeys = ownKeys;
        this.sharedKeys = sharedKeys;
    }

    /** How messages name the kind: "a region file". */
    public String title() {
        return title;
    }

    /** Every top-level key a file of this kind may hold, in the order its documentation gives them. */
    public List<String> keys() {
        if (this == SCENARIO) {
            return ownKeys;
        }
        List<String> keys = new ArrayList<>(RUN_KEYS);
        keys.addAll(sharedKeys);
        keys.addAll(ownKeys);
        return keys;
    }

    /** The kind whose marker keys the file holds, if any: a scenario first, as it may share keys with the rest. */
    public static Optional<FileKind> of(YamlValue.Mapping tree) {
        return Stream.of(values()).filter(kind -> kind.marker(tree) != null).findFirst();
    }

    private String marker(YamlValue.Mapping tree) {
        return markers.stream().filter(tree.entries()::containsKey).findFirst().orElse(null);
    }

    /**
     * Refuses a file of another kind (a scenario, a sweep, another analysis) given where a file of this kind is
     * expected, pointing at the key that tells it apart.
     */
    public void requireKindOf(YamlValue.Mapping tree) {
        if (marker(tree) != null) {
            return;
        }
        Optional<FileKind> found = of(tree);
        if (found.isEmpty()) {
            return;
        }
        FileKind other = found.get();
        String marker = other.marker(tree);
        String giveIt = "this is " + other.article() + ", not " + article() + ": give it to 'dyad " + other.command + "'";
        if (this == SCENARIO) {
            throw new BadInputException(locationOf(tree, marker), marker, giveIt);
        }
        String instead = other == SCENARIO ? "write " + article() + " whose 'scenario' names it"
                : "write " + article() + " with its 'scenario' and 'parameters'";
        throw new BadInputException(locationOf(tree, marker), marker, giveIt + ", or " + instead + " (see "
                + (this == SWEEP ? "sweep-format.md" : "analysis.md") + ")");
    }

    /**
     * Refuses a top-level key this kind does not take: one of another kind's file is named as such, a near miss
     * gets the nearest of this kind's keys, anything else the list of them.
     */
    public void rejectUnknownKeys(YamlValue.Mapping tree) {
        List<String> keys = keys();
        for (String key : tree.entries().keySet()) {
            if (keys.contains(key)) {
                continue;
            }
            Location at = locationOf(tree, key);
            Optional<FileKind> owner = Stream.of(values())
                    .filter(kind -> kind != this && kind.ownKeys.contains(key)).findFirst();
            if (owner.isPresent()) {
                throw new BadInputException(at, key, "'" + key + "' belongs to " + owner.get().article() + "; "
                        + article() + " takes " + String.join(", ", ownKeys));
            }
            String nearest = Fields.didYouMean(key, keys);
            throw new BadInputException(at, key, "unknown key" + (nearest.isEmpty() ? "; valid keys here: "
                    + String.join(", ", keys) : nearest));
        }
    }

    /**
     * Refuses a base scenario that is a file of another kind, such as a sweep file, at the {@code scenario} field
     * of the file that names it.
     */
    public static void requireScenario(Fields root, Path scenarioFile) {
        if (!Files.isRegularFile(scenarioFile)) {
            return;
        }
        YamlValue.Mapping tree = YamlReader.readMapping(scenarioFile);
        FileKind kind = of(tree).orElse(SCENARIO);
        if (kind == SCENARIO) {
            return;
        }
        String name = scenarioFile.getFileName().toString();
        String itsScenario = "";
        if (tree.entries().get("scenario") instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
            itsScenario = ", such as its own base scenario " + relativeTo(root, scenarioFile, scalar.text());
        }
        throw root.error("scenario", name + " is " + kind.article() + ", not a scenario: name a scenario file here"
                + itsScenario);
    }

    /** The path a file's {@code scenario} names, written from the folder of the file at {@code root}. */
    private static String relativeTo(Fields root, Path file, String named) {
        try {
            Path target = file.toAbsolutePath().normalize().resolveSibling(named).normalize();
            Path from = root.location().file().toAbsolutePath().normalize().getParent();
            return from == null ? target.toString() : from.relativize(target).toString();
        } catch (RuntimeException e) {
            return named;
        }
    }

    private String article() {
        return "a " + title;
    }

    private static Location locationOf(YamlValue.Mapping tree, String key) {
        return tree.keyLocations().getOrDefault(key, tree.location());
    }
}
