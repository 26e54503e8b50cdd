package dyad.scenario;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed texts of figures, tables and messages in one language, read from the {@code dyad/texts}
 * resource bundle ({@code texts.properties}, {@code texts_zh_TW.properties}, UTF-8).
 */
public final class Texts {

    private static final String BUNDLE = "dyad.texts";

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    public Language language() {
        return language;
    }

    /** The text with this key; {0}, {1}… are replaced by the arguments (MessageFormat: write '' for '). */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text '" + key + "' in " + language, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Whether there is a text with this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A scenario's text in this language. */
    public String of(Text text) {
        return text.in(language);
    }
}
