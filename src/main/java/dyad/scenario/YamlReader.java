package dyad.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an untrusted YAML file into a {@link YamlValue} tree. Only YAML's core types are accepted: global
 * tags (which could name Java classes), cyclic anchors, alias bombs and duplicate keys are refused with a
 * message that names the file and line.
 */
public final class YamlReader {

    /** More values than any real scenario needs; stops alias expansion from exhausting memory. */
    private static final int MAX_VALUES = 200_000;
    private static final int MAX_ALIASES = 50;
    /** Scenario and sweep files are a few kilobytes; this refuses a device or a log file named by mistake. */
    static final long MAX_BYTES = 10_000_000;
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

    private final Path file;
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int valueCount;

    private YamlReader(Path file) {
        this.file = file;
    }

    /** The file's top-level mapping. */
    public static YamlValue.Mapping readMapping(Path file) {
        YamlValue root = read(file);
        if (root instanceof YamlValue.Mapping mapping) {
            return mapping;
        }
        throw new BadInputException(root.location(), "",
                "the file must be a mapping of keys to values, but is " + root.kindName());
    }

    public static YamlValue read(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(null, "", "file not found: " + file);
        }
        TextFile.refusal(file, MAX_BYTES).ifPresent(reason -> {
            throw new BadInputException(null, "", "cannot read " + file + ": " + reason);
        });
        String text;
        try {
            text = TextFile.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new BadInputException(null, "", "file not found: " + file);
        } catch (IOException e) {
            throw new BadInputException(null, "", "cannot read " + file + ": " + e.getMessage());
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new BadInputException(locationOf(file, mark), "", "not valid YAML: " + oneLine(problem));
        } catch (YAMLException | IOException e) {
            throw new BadInputException(new Location(file, 1, 1), "", "not valid YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new BadInputException(new Location(file, 1, 1), "", "the file is empty");
        }
        return new YamlReader(file).convert(root, "");
    }

    private YamlValue convert(Node node, String path) {
        Location location = locationOf(file, node.getStartMark());
        if (++valueCount > MAX_VALUES) {
            throw new BadInputException(location, path,
                    "the file expands to more than " + MAX_VALUES + " values (too many aliases?)");
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            throw new BadInputException(location, path, "YAML tag '" + node.getTag()
                    + "' is not allowed: scenario files may hold only plain values, lists and mappings");
        }
        if (!inProgress.add(node)) {
            throw new BadInputException(location, path, "an alias refers to a value that contains itself");
        }
        try {
            if (node instanceof ScalarNode scalar) {
                Fields.requireLength(scalar.getValue(), location, path, "text", "a text", Fields.MAX_TEXT_LENGTH);
                return new YamlValue.Scalar(scalar.getValue(), node.getTag().getValue()
                        .substring(Tag.PREFIX.length()), location);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                List<Node> children = sequence.getValue();
                for (int i = 0; i < children.size(); i++) {
                    items.add(convert(children.get(i), path + "[" + i + "]"));
                }
                return new YamlValue.Sequence(items, location);
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, YamlValue> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyLocation = locationOf(file, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar) || keyNode.getTag().equals(Tag.NULL)) {
                    throw new BadInputException(keyLocation, path, "keys must be plain names");
                }
                String key = keyScalar.getValue();
                // a key may be an id drawn on figures, and is named in messages
                Fields.requireLength(key, keyLocation, path, "key", "a key", Fields.MAX_LABEL_LENGTH);
                String child = path.isEmpty() ? key : path + "." + key;
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    throw new BadInputException(keyLocation, child, "YAML merge keys ('<<') are not supported;"
                            + " use 'extends' to build on another scenario");
                }
                if (entries.containsKey(key)) {
                    throw new BadInputException(keyLocation, child, "key given twice in the same mapping");
                }
                keys.put(key, keyLocation);
                entries.put(key, convert(tuple.getValueNode(), child));
            }
            return new YamlValue.Mapping(entries, keys, location);
        } finally {
            inProgress.remove(node);
        }
    }

    private static Location locationOf(Path file, Mark mark) {
        return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
