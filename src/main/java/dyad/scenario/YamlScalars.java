package dyad.scenario;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The value of a plain scalar as SnakeYAML's safe constructor reads it for its resolved core tag: numbers
 * with '_', hex and sexagesimal forms, {@code .inf} and {@code .nan}, and YAML 1.1 booleans ({@code yes},
 * {@code on}, ...), without a parser of our own.
 */
final class YamlScalars extends SafeConstructor {

    /** A constructor keeps state while it builds a document, so each thread has its own. */
    private static final ThreadLocal<YamlScalars> PER_THREAD = ThreadLocal.withInitial(YamlScalars::new);

    private YamlScalars() {
        super(new LoaderOptions());
    }

    /**
     * @param tag the core tag without its prefix: int, float, bool, str, null
     * @return a Number, Boolean, String or null
     * @throws RuntimeException (from SnakeYAML) if the text does not read as that tag
     */
    static Object valueOf(String tag, String text) {
        ScalarNode node = new ScalarNode(new Tag(Tag.PREFIX + tag), text, null, null, DumperOptions.ScalarStyle.PLAIN);
        // straight to the tag's constructor: constructObject would remember every node in the constructor's
        // maps, which then grow with every value read on the thread (millions in a sweep)
        return PER_THREAD.get().getConstructor(node).construct(node);
    }
}
