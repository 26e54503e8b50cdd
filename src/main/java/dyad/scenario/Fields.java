package dyad.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typed, checked access to the keys of one YAML mapping. Every read names the field's full path, and
 * {@link #rejectUnknownKeys()} reports any key that was never read, with the nearest valid one.
 */
public final class Fields {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    static final String WHOLE_NUMBER_EXPECTED = "expected a whole number";
    /**
     * The most characters of a text drawn on a figure or naming a thing: a label, title, name, unit or id (the
     * longest in the bundled scenarios has 63); a longer one would swamp the figures' layout.
     */
    public static final int MAX_LABEL_LENGTH = 200;
    /** The most characters of any text of a file, such as a description or a claim: about a page. */
    public static final int MAX_TEXT_LENGTH = 5000;
    private static final String LABEL = "a label, title, name or id";

    /** While a scenario is bound to learn its defaults: each optional number it leaves out, by path, with its default. */
    private static final ThreadLocal<Map<String, Double>> DEFAULTS_USED = new ThreadLocal<>();

    private final YamlValue.Mapping mapping;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    public Fields(YamlValue.Mapping mapping, String path) {
        this.mapping = mapping;
        this.path = path;
    }

    public static Fields of(YamlValue value, String path) {
        if (value instanceof YamlValue.Mapping mapping) {
            return new Fields(mapping, path);
        }
        throw new BadInputException(value.location(), path, "expected a mapping of keys to values, found "
                + value.kindName());
    }

    public String path() {
        return path;
    }

    public Location location() {
        return mapping.location();
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        known.add(key);
        YamlValue value = mapping.entries().get(key);
        return value != null && !(value instanceof YamlValue.Scalar scalar && scalar.isNull());
    }

    public YamlValue value(String key) {
        known.add(key);
        YamlValue value = mapping.entries().get(key);
        if (value == null) {
            refuseMisspellingOf(key);
        }
        if (value == null || value instanceof YamlValue.Scalar scalar && scalar.isNull()) {
            // a key written as ~ is pointed at where it is written; a key left out, at its mapping
            Location at = value != null ? value.location() : mapping.location();
            throw new BadInputException(at, pathOf(key), "required field is missing");
        }
        return value;
    }

    /** A required key that is missing is most often misspelled: point at the misspelling. */
    private void refuseMisspellingOf(String key) {
        for (String other : mapping.entries().keySet()) {
            if (!known.contains(other) && !didYouMean(other, List.of(key)).isEmpty()) {
                throw new BadInputException(locationOf(other), pathOf(other),
                        "unknown key; did you mean '" + key + "'? ('" + key + "' is required)");
            }
        }
    }

    public Location locationOf(String key) {
        Location keyLocation = mapping.keyLocations().get(key);
        return keyLocation != null ? keyLocation : mapping.location();
    }

    public String string(String key) {
        YamlValue value = value(key);
        if (value instanceof YamlValue.Scalar scalar) {
            return scalar.text();
        }
        throw typeError(key, value, "a text value");
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    /**
     * A text shown to people: plain, or with translations as a mapping of language tags to texts
     * ({@code {en: ..., zh-TW: ...}}), where {@code en}, else the first, is shown in other languages.
     */
    public Text text(String key) {
        return parseLocalText(value(key), pathOf(key));
    }

    /**
     * A text drawn on figures, such as a title or a label, with or without translations (see {@link #text}): at
     * most {@link #MAX_LABEL_LENGTH} characters in each language.
     */
    public Text shortText(String key) {
        return parseLocalText(value(key), pathOf(key), MAX_LABEL_LENGTH);
    }

    public Text shortText(String key, String fallback) {
        return has(key) ? shortText(key) : Text.of(fallback);
    }

    /** A text drawn on figures or naming a thing, at most {@link #MAX_LABEL_LENGTH} characters. */
    public String label(String key, String fallback) {
        return has(key) ? label(key) : fallback;
    }

    /** A required text drawn on figures or naming a thing, at most {@link #MAX_LABEL_LENGTH} characters. */
    public String label(String key) {
        String label = string(key);
        requireLength(label, value(key).location(), pathOf(key), "text", LABEL, MAX_LABEL_LENGTH);
        return label;
    }

    /**
     * Refuses a text longer than the limit, by its length in characters.
     *
     * @param what the thing that is too long, "text" or "key"
     * @param kind what may have at most limit characters, e.g. "a label, title, name or id"
     */
    static void requireLength(String text, Location location, String field, String what, String kind, int limit) {
        if (text.length() > limit && text.codePointCount(0, text.length()) > limit) {
            throw new BadInputException(location, field, "the " + what + " has "
                    + text.codePointCount(0, text.length()) + " characters; " + kind + " may have at most " + limit
                    + (limit == MAX_TEXT_LENGTH ? ", and " + LABEL + " at most " + MAX_LABEL_LENGTH : "")
                    + ": shorten it");
        }
    }

    /** A list item or value that is a text shown to people, with or without translations (see {@link #text}). */
    public static Text parseLocalText(YamlValue value, String path) {
        return parseLocalText(value, path, MAX_TEXT_LENGTH);
    }

    private static Text parseLocalText(YamlValue value, String path, int limit) {
        String kind = limit == MAX_LABEL_LENGTH ? LABEL : "a text";
        if (value instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
            requireLength(scalar.text(), value.location(), path, "text", kind, limit);
            return Text.of(scalar.text());
        }
        if (!(value instanceof YamlValue.Mapping mapping)) {
            throw new BadInputException(value.location(), path, "expected a text, or a mapping of language tags ("
                    + Language.tags() + ") to texts, found " + value.kindName());
        }
        java.util.Map<Language, String> byLanguage = new java.util.LinkedHashMap<>();
        for (var entry : mapping.entries().entrySet()) {
            String field = path + "." + entry.getKey();
            Language language = Language.of(entry.getKey());
            if (language == null) {
                throw new BadInputException(mapping.keyLocations().getOrDefault(entry.getKey(), mapping.location()),
                        field, "unknown language; use one of " + Language.tags()
                                + didYouMean(entry.getKey(), List.of(Language.tags().split(", "))));
            }
            String text = parseText(entry.getValue(), field);
            requireLength(text, entry.getValue().location(), field, "text", kind, limit);
            byLanguage.put(language, text);
        }
        if (byLanguage.isEmpty()) {
            throw new BadInputException(value.location(), path, "give the text, or at least one language ("
                    + Language.tags() + ")");
        }
        String shown = byLanguage.getOrDefault(Language.EN, byLanguage.values().iterator().next());
        return new Text(shown, byLanguage);
    }

    public Text text(String key, String fallback) {
        return has(key) ? text(key) : Text.of(fallback);
    }

    public double number(String key, double min, double max) {
        YamlValue value = value(key);
        double number = parseNumber(value, pathOf(key));
        if (number < min || number > max) {
            throw new BadInputException(value.location(), pathOf(key),
                    "value " + format(number) + " is out of range: allowed " + range(min, max));
        }
        return number;
    }

    public double number(String key, double fallback, double min, double max) {
        if (has(key)) {
            return number(key, min, max);
        }
        usedDefault(key, fallback);
        return fallback;
    }

    public long integer(String key, long min, long max) {
        YamlValue value = value(key);
        if (value instanceof YamlValue.Scalar scalar && "int".equals(scalar.tag())) {
            Number read = (Number) readScalar(scalar, pathOf(key));
            if (read instanceof java.math.BigInteger big && big.bitLength() > 63) {
                throw new BadInputException(value.location(), pathOf(key), "'" + scalar.text() + "' is too large");
            }
            long number = read.longValue();
            if (number < min || number > max) {
                throw new BadInputException(value.location(), pathOf(key),
                        "value " + number + " is out of range: allowed " + min + " to " + max);
            }
            return number;
        }
        throw new BadInputException(value.location(), pathOf(key), WHOLE_NUMBER_EXPECTED + ", found " + shown(value));
    }

    public long integer(String key, long fallback, long min, long max) {
        if (has(key)) {
            return integer(key, min, max);
        }
        usedDefault(key, fallback);
        return fallback;
    }

    private void usedDefault(String key, double fallback) {
        Map<String, Double> used = DEFAULTS_USED.get();
        if (used != null) {
            used.put(pathOf(key), fallback);
        }
    }

    /** The numbers left at their defaults while {@code binding} runs on this thread, by path, with the default used. */
    static Map<String, Double> defaultsUsedWhile(Runnable binding) {
        Map<String, Double> used = new java.util.LinkedHashMap<>();
        DEFAULTS_USED.set(used);
        try {
            binding.run();
        } finally {
            DEFAULTS_USED.remove();
        }
        return used;
    }

    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlValue value = value(key);
        if (value instanceof YamlValue.Scalar scalar && "bool".equals(scalar.tag())) {
            // YAML 1.1 booleans: true/yes/on and false/no/off
            return (Boolean) scalar.value();
        }
        throw typeError(key, value, "true or false");
    }

    public YearMonth month(String key) {
        YamlValue value = value(key);
        return parseMonth(value, pathOf(key));
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = string(key);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw new BadInputException(value(key).location(), pathOf(key),
                "'" + text + "' is not one of " + String.join(", ", names) + didYouMean(text, names));
    }

    /** The file a key names: a path relative to the folder of the file in which the key is written. */
    public Path file(String key) {
        YamlValue value = value(key);
        String name = string(key);
        Path folder = value.location().file().getParent();
        try {
            return (folder == null ? Path.of(name) : folder.resolve(name)).normalize();
        } catch (InvalidPathException e) {
            throw error(key, "'" + name + "' is not a valid file path");
        }
    }

    public Fields mapping(String key) {
        return of(value(key), pathOf(key));
    }

    public List<YamlValue> list(String key) {
        YamlValue value = value(key);
        if (value instanceof YamlValue.Sequence sequence) {
            return sequence.items();
        }
        throw typeError(key, value, "a list");
    }

    /** Keys of this mapping in file order, for mappings keyed by id (agents, events, series). */
    public Set<String> keys() {
        return mapping.entries().keySet();
    }

    /** Declares every key of this mapping as known: used where keys are ids rather than field names. */
    public void acceptAllKeys() {
        known.addAll(mapping.entries().keySet());
    }

    public void rejectUnknownKeys() {
        for (String key : mapping.entries().keySet()) {
            if (!known.contains(key)) {
                throw new BadInputException(locationOf(key), pathOf(key),
                        "unknown key" + suggestion(key, known));
            }
        }
    }

    public BadInputException error(String key, String problem) {
        YamlValue value = mapping.entries().get(key);
        return new BadInputException(value != null ? value.location() : locationOf(key), pathOf(key), problem);
    }

    /** A list item that must be a plain text value. */
    public static String parseText(YamlValue value, String field) {
        if (value instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        throw new BadInputException(value.location(), field, "expected a text value, found " + value.kindName());
    }

    public static double parseNumber(YamlValue value, String field) {
        if (value instanceof YamlValue.Scalar scalar && ("int".equals(scalar.tag()) || "float".equals(scalar.tag()))) {
            double number = ((Number) readScalar(scalar, field)).doubleValue();
            if (!Double.isFinite(number)) {
                throw new BadInputException(value.location(), field, "must be a finite number, not " + scalar.text());
            }
            return number;
        }
        String shown = value instanceof YamlValue.Scalar scalar ? "'" + scalar.text() + "'" : value.kindName();
        throw new BadInputException(value.location(), field, "expected a number, found " + shown);
    }

    /** The scalar's value as SnakeYAML reads it; a text its resolver took for a number but that is none is refused. */
    private static Object readScalar(YamlValue.Scalar scalar, String field) {
        try {
            return scalar.value();
        } catch (RuntimeException e) {
            throw new BadInputException(scalar.location(), field, "'" + scalar.text() + "' is not a number");
        }
    }

    static YearMonth parseMonth(YamlValue value, String field) {
        if (value instanceof YamlValue.Scalar scalar) {
            Matcher matcher = MONTH.matcher(scalar.text().trim());
            if (matcher.matches()) {
                try {
                    YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                    if (matcher.group(3) != null) {
                        month.atDay(Integer.parseInt(matcher.group(3)));
                    }
                    return month;
                } catch (java.time.DateTimeException e) {
                    throw new BadInputException(value.location(), field, "'" + scalar.text() + "' is not a real date");
                }
            }
            throw new BadInputException(value.location(), field,
                    "'" + scalar.text() + "' is not a month: write YYYY-MM (or YYYY-MM-DD)");
        }
        throw new BadInputException(value.location(), field, "expected a month (YYYY-MM), found " + value.kindName());
    }

    private BadInputException typeError(String key, YamlValue value, String expected) {
        return new BadInputException(value.location(), pathOf(key), "expected " + expected + ", found " + shown(value));
    }

    private static String shown(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar ? "'" + scalar.text() + "'" : value.kindName();
    }

    /** "; did you mean 'x'?" for a near miss, else the valid keys. */
    public static String suggestion(String given, java.util.Collection<String> valid) {
        String nearest = didYouMean(given, valid);
        if (!nearest.isEmpty()) {
            return nearest;
        }
        return valid.isEmpty() ? "" : "; valid keys here: " + String.join(", ", valid);
    }

    /** "; did you mean 'x'?" for a near miss, else nothing: for messages that list the valid values already. */
    public static String didYouMean(String given, java.util.Collection<String> valid) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String nearest = valid.stream()
                .min(Comparator.comparingInt((String candidate) -> distance.apply(given, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
        if (nearest != null && distance.apply(given, nearest) <= Math.max(2, nearest.length() / 3)) {
            return "; did you mean '" + nearest + "'?";
        }
        return "";
    }

    /** How many names a message lists before "…": enough to show the pattern, few enough to read. */
    public static final int LISTED = 10;

    /** The names joined with commas, at most {@link #LISTED} of them, then "…" if there are more. */
    public static String listed(java.util.Collection<String> names) {
        List<String> all = List.copyOf(names);
        return all.size() <= LISTED ? String.join(", ", all) : String.join(", ", all.subList(0, LISTED)) + ", …";
    }

    /** A number to three significant digits at most, as {@link #format} writes it: 0.5234… is 0.523. */
    public static String significant(double value) {
        return format(new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue());
    }

    /**
     * A near miss's hint, then a clause: "; did you mean 'x'? Its metrics are …", else "; its metrics are …", so
     * that a question mark is never followed by a semicolon.
     */
    public static String didYouMeanThen(String given, java.util.Collection<String> valid, String clause) {
        String hint = didYouMean(given, valid);
        return hint.isEmpty() ? "; " + clause
                : hint + " " + Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    private static String range(double min, double max) {
        boolean aboveZero = min > 0 && min < 1e-6;
        if (max == Double.MAX_VALUE) {
            return aboveZero ? "greater than 0" : "at least " + format(min);
        }
        return aboveZero ? "greater than 0, at most " + format(max) : format(min) + " to " + format(max);
    }

    public static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.valueOf(number);
    }

}
