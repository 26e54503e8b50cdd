package dyad.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text a scenario shows to people (a title, a label, a description), in the words it was written in
 * and in any translations it gives.
 *
 * @param text         shown in a language without a translation
 * @param translations the text in other languages
 */
public record Text(String text, Map<Language, String> translations) {

    public Text {
        Objects.requireNonNull(text, "text");
        translations = translations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(translations));
    }

    public static Text of(String text) {
        return new Text(text, Map.of());
    }

    /** The text in this language, else as written. */
    public String in(Language language) {
        return translations.getOrDefault(language, text);
    }

    /** The text and its translations: what must be drawn in some language. */
    public java.util.List<String> all() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(text));
        for (Language language : Language.values()) {
            if (translations.containsKey(language)) {
                all.add(translations.get(language));
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return text;
    }
}
