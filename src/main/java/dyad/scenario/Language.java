package dyad.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A language Dyad speaks: of its fixed texts, and of the translations a scenario may give its labels. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH_TW("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag a user writes: {@code en}, {@code zh-TW}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this tag, or null. */
    public static Language of(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst().orElse(null);
    }

    /** The language of a tag written in any case, as BCP 47 reads tags on the command line; null if none. */
    public static Language ofAnyCase(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst().orElse(null);
    }

    /** The tags, for messages: "en, zh-TW". */
    public static String tags() {
        return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return tag;
    }
}
