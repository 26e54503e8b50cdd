package dyad.scenario;

import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a {@link YamlValue} tree as block-style YAML that {@link YamlReader} reads back into the same tree.
 * Text (and keys other than ids and dates) is double-quoted, so that no text is ever read as a number, a date or true/false; numbers,
 * true/false and dates are written plain, exactly as they were read, so that each keeps its type. The same
 * tree always gives the same text.
 */
public final class YamlWriter {

    private static final String INDENT = "  ";
    /** YAML reads a key written in the plain way only up to 1024 characters; longer ones are written with '? '. */
    private static final int LONGEST_IMPLICIT_KEY = 1000;
    private static final Resolver RESOLVER = new Resolver();

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    /**
     * @param comment the first line of the file, after {@code # }; one line
     */
    public static String write(YamlValue.Mapping root, String comment) {
        if (comment.contains("\n") || comment.contains("\r")) {
            throw new IllegalArgumentException("the comment must be one line");
        }
        YamlWriter writer = new YamlWriter();
        writer.out.append("# ").append(comment).append('\n');
        if (root.entries().isEmpty()) {
            writer.out.append("{}\n");
        } else {
            writer.entries(root, 0, false);
        }
        return writer.out.toString();
    }

    /**
     * One key per line; with {@code continuesItem}, the first key goes on the line of a list item's
     * {@code - } that is already written.
     */
    private void entries(YamlValue.Mapping mapping, int depth, boolean continuesItem) {
        boolean first = true;
        for (Map.Entry<String, YamlValue> entry : mapping.entries().entrySet()) {
            if (!(first && continuesItem)) {
                out.append(INDENT.repeat(depth));
            }
            first = false;
            String key = keyText(entry.getKey());
            if (key.length() > LONGEST_IMPLICIT_KEY) {
                out.append("? ").append(key).append('\n').append(INDENT.repeat(depth));
            } else {
                out.append(key);
            }
            out.append(':');
            value(entry.getValue(), depth + 1);
        }
    }

    private void items(YamlValue.Sequence sequence, int depth, boolean continuesItem) {
        boolean first = true;
        for (YamlValue item : sequence.items()) {
            if (!(first && continuesItem)) {
                out.append(INDENT.repeat(depth));
            }
            first = false;
            out.append('-');
            if (item instanceof YamlValue.Mapping mapping && !mapping.entries().isEmpty()) {
                out.append(' ');
                entries(mapping, depth + 1, true);
            } else if (item instanceof YamlValue.Sequence nested && !nested.items().isEmpty()) {
                out.append(' ');
                items(nested, depth + 1, true);
            } else {
                value(item, depth + 1);
            }
        }
    }

    /** A value after its key's colon or its item's dash: on the same line if it fits there, else below. */
    private void value(YamlValue value, int depth) {
        if (value instanceof YamlValue.Mapping mapping && !mapping.entries().isEmpty()) {
            out.append('\n');
            entries(mapping, depth, false);
        } else if (value instanceof YamlValue.Sequence sequence && !sequence.items().isEmpty()) {
            out.append('\n');
            items(sequence, depth, false);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static String inline(YamlValue value) {
        if (value instanceof YamlValue.Mapping) {
            return "{}";
        }
        if (value instanceof YamlValue.Sequence) {
            return "[]";
        }
        YamlValue.Scalar scalar = (YamlValue.Scalar) value;
        if (scalar.isNull()) {
            return "null";
        }
        if ("str".equals(scalar.tag())) {
            return quoted(scalar.text());
        }
        Tag plain = RESOLVER.resolve(NodeId.scalar, scalar.text(), true);
        if (plain.getValue().equals(Tag.PREFIX + scalar.tag())) {
            return scalar.text();
        }
        // a value whose tag was written explicitly (!!int "12") keeps it
        return "!!" + scalar.tag() + " " + quoted(scalar.text());
    }

    /** Ids, field names and dates as they are (as a person writes them); any other key double-quoted. */
    static String keyText(String key) {
        boolean plain = key.matches("[a-z][a-z0-9_-]*|[0-9]{4}(-[0-9]{2})?") && !PLAIN_WORDS.contains(key);
        return plain ? key : quoted(key);
    }

    /** Words YAML reads as true/false or null when unquoted. */
    private static final java.util.Set<String> PLAIN_WORDS = java.util.Set.of("y", "n", "yes", "no", "on", "off",
            "true", "false", "null");

    /**
     * Double-quoted with every character YAML could read differently escaped: quotes, backslashes, control
     * characters, and the characters that YAML 1.1 counts as line breaks (U+0085, U+2028, U+2029).
     */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
