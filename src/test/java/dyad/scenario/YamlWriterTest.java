package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlWriterTest {

    @TempDir
    Path temp;

    /** A tree as text and tags only, without locations; every null is the same null. */
    static Object shape(YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar) {
            return scalar.isNull() ? "null" : scalar.tag() + ":" + scalar.text();
        }
        if (value instanceof YamlValue.Sequence sequence) {
            List<Object> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(shape(item)));
            return items;
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        ((YamlValue.Mapping) value).entries().forEach((key, item) -> entries.put(key, shape(item)));
        return entries;
    }

    YamlValue.Mapping readBack(String text) throws IOException {
        Path file = temp.resolve("written.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return YamlReader.readMapping(file);
    }

    YamlValue.Mapping read(String yaml) throws IOException {
        Path file = temp.resolve("source.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return YamlReader.readMapping(file);
    }

    void assertRoundTrip(String yaml) throws IOException {
        YamlValue.Mapping tree = read(yaml);
        String text = YamlWriter.write(tree, "a test");
        assertEquals(shape(tree), shape(readBack(text)), text);
        assertEquals(text, YamlWriter.write(readBack(text), "a test"), "written again: the same text");
    }

    @Test
    void textThatLooksLikeSomethingElseStaysText() throws IOException {
        assertRoundTrip("""
                a: "20"
                b: "true"
                c: "2001-09-11"
                d: "null"
                e: "~"
                f: ""
                g: "- item"
                h: "key: value # not a comment"
                i: "[1, 2]"
                "j: k": "*alias &anchor !tag %directive @ `"
                "2000": year key
                """);
    }

    @Test
    void escapesWhatYamlWouldReadDifferently() throws IOException {
        assertRoundTrip("""
                quotes: "she said \\"no\\" \\\\ twice"
                lines: "one\\ntwo\\r\\nthree\\ttab"
                controls: "bell \\a escape \\e nul \\0 delete \\x7f c1 \\x85 \\x9f"
                separators: "line \\u2028 paragraph \\u2029 bom \\ufeff"
                unicode: "§3.2 – US–Russia ✓ 😀"
                folded: >-
                  a long text folded
                  over two lines
                literal: |
                  kept
                  as lines
                """);
    }

    @Test
    void numbersTruthsDatesAndNullsKeepTheirTypeAndText() throws IOException {
        assertRoundTrip("""
                whole: 1_000
                negative: -3
                decimal: 0.10
                exponent: 1e-3
                point: .5
                yes: yes
                off: off
                true: true
                day: 2001-09-11
                month: 2001-09
                nothing: ~
                empty:
                written_null: null
                explicit_float: !!float 1
                explicit_int: !!int "12"
                """);
        String text = YamlWriter.write(read("whole: 1_000\ndecimal: 0.10\nexplicit: !!float 1\n"), "x");
        assertTrue(text.contains("whole: 1_000\n"), text);
        assertTrue(text.contains("decimal: 0.10\n"), text);
        assertTrue(text.contains("explicit: !!float \"1\"\n"), text);
    }

    @Test
    void nestedListsAndMappingsAndEmptyOnes() throws IOException {
        assertRoundTrip("""
                effects:
                  - {agent: usa, change: 0.5, nested: {deep: [1, [2, 3], {x: y}]}}
                  - [a, [b, c], []]
                  - {}
                  - plain
                empty_list: []
                empty_map: {}
                """);
        String text = YamlWriter.write(read("effects:\n  - {agent: usa, change: 0.5}\n"), "x");
        assertEquals("# x\neffects:\n  - agent: \"usa\"\n    change: 0.5\n", text);
    }

    @Test
    void aVeryLongKeyIsWrittenAsAnExplicitKey() {
        // the reader refuses keys this long, so the tree is built here
        String key = "k".repeat(1500);
        YamlValue.Mapping tree = new YamlValue.Mapping(Map.of(key, new YamlValue.Scalar("value", "str", null)),
                Map.of(), null);
        String text = YamlWriter.write(tree, "a test");
        assertTrue(text.contains("? " + key + "\n: "), text);
        Map<?, ?> back = new org.yaml.snakeyaml.Yaml().load(text);
        assertEquals(Map.of(key, "value"), back);
    }

    @Test
    void aKeyLongerThanAnyIdIsRefusedWhereItIsWritten() {
        String key = "k".repeat(201);
        BadInput.assertReported(() -> read("a: 1\nlist:\n  - " + key + ": [1]\n"), "source.yaml:3:5", "list[0]",
                "the key has 201 characters; a key may have at most 200: shorten it");
    }

    @Test
    void theCommentIsOneLine() {
        YamlValue.Mapping empty = new YamlValue.Mapping(Map.of(), Map.of(), null);
        assertEquals("# nothing\n{}\n", YamlWriter.write(empty, "nothing"));
        assertThrows(IllegalArgumentException.class, () -> YamlWriter.write(empty, "two\nlines"));
    }
}
