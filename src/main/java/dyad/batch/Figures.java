package dyad.batch;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The figures of a results folder: the languages and formats they are written in, and the one language, if any,
 * whose figures have plain file names.
 *
 * <p>The rule that names them: a folder first written in one language gives that language's figures the plain
 * names ({@code cooperation-index.png}); a folder written in several languages at once, and every language added
 * to a folder later, tags the names with the language ({@code cooperation-index.zh-TW.png}). A figure of one
 * language thus never takes the name of another's.
 *
 * @param languages  the languages, the first being the one of the printed lines, scorecard and handout
 * @param formats    the formats, each language's figures written in each
 * @param plainNames the language whose figures have plain names, or null if every name is tagged
 */
public record Figures(List<Language> languages, Set<FigureFormat> formats, Language plainNames) {

    /** The key of the record in a manifest. */
    public static final String KEY = "figures";

    public Figures {
        if (languages.isEmpty() || formats.isEmpty()) {
            throw new IllegalArgumentException("figures need a language and a format");
        }
        languages = List.copyOf(new LinkedHashSet<>(languages));
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (plainNames != null && !languages.contains(plainNames)) {
            throw new IllegalArgumentException(plainNames + " has plain names but is not among " + languages);
        }
    }

    /** The figures of a new result: plain names for one language, tagged names for several. */
    public static Figures of(List<Language> languages, Set<FigureFormat> formats) {
        List<Language> distinct = List.copyOf(new LinkedHashSet<>(languages));
        return new Figures(distinct, formats, distinct.size() == 1 ? distinct.get(0) : null);
    }

    /** Every format in one language, with plain names: what Dyad wrote before it could choose. */
    public static Figures in(Language language) {
        return of(List.of(language), FigureFormat.all());
    }

    /** The language of the printed lines, scorecard and handout, and of the manifest's {@code language}. */
    public Language first() {
        return languages.get(0);
    }

    /** How each language's figures are written, in the order of the languages. */
    public List<FigureOutput> outputs() {
        return languages.stream().map(language -> new FigureOutput(language, formats, language != plainNames))
                .toList();
    }

    /**
     * The figures a redraw of this folder writes: in the languages and formats given (null: those recorded), each
     * language named as this folder names it (an added language tagged).
     */
    public Figures redrawn(List<Language> inLanguages, Set<FigureFormat> inFormats) {
        List<Language> drawn = inLanguages == null ? languages : inLanguages;
        return new Figures(drawn, inFormats == null ? formats : inFormats,
                plainNames != null && drawn.contains(plainNames) ? plainNames : null);
    }

    /** What the folder holds once the figures drawn are added to this: both's languages and formats. */
    public Figures and(Figures drawn) {
        List<Language> all = new ArrayList<>(languages);
        all.addAll(drawn.languages);
        Set<FigureFormat> allFormats = EnumSet.copyOf(formats);
        allFormats.addAll(drawn.formats);
        return new Figures(all, allFormats, plainNames);
    }

    /** The record as a manifest writes it: languages, formats and the language with plain names, if any. */
    public Map<String, Object> toManifest() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("languages", languages.stream().map(Language::tag).toList());
        values.put("formats", formats.stream().map(FigureFormat::extension).toList());
        if (plainNames != null) {
            values.put("plain_names", plainNames.tag());
        }
        return values;
    }

    /**
     * The figures a manifest records; for a manifest written before Dyad recorded them, every format in the
     * manifest's language with plain names, as Dyad wrote them then.
     */
    public static Figures of(JsonObject manifest) {
        Figures before = in(Manifest.language(manifest));
        if (manifest == null || !(manifest.get(KEY) instanceof JsonObject record)) {
            return before;
        }
        List<Language> languages = new ArrayList<>();
        words(record.get("languages")).stream().map(Language::of).filter(Objects::nonNull).forEach(languages::add);
        Set<FigureFormat> formats = EnumSet.noneOf(FigureFormat.class);
        words(record.get("formats")).stream().map(FigureFormat::ofAnyCase).filter(Objects::nonNull)
                .forEach(formats::add);
        if (languages.isEmpty() || formats.isEmpty()) {
            return before;
        }
        List<String> plain = words(record.get("plain_names"));
        Language plainNames = plain.isEmpty() ? null : Language.of(plain.get(0));
        return new Figures(languages, formats, plainNames != null && languages.contains(plainNames) ? plainNames : null);
    }

    private static List<String> words(JsonElement element) {
        List<String> words = new ArrayList<>();
        if (element instanceof JsonArray array) {
            array.forEach(word -> {
                if (word.isJsonPrimitive()) {
                    words.add(word.getAsString());
                }
            });
        } else if (element != null && element.isJsonPrimitive()) {
            words.add(element.getAsString());
        }
        return words;
    }

    /** Whether one of {@code files} is a figure named {@code baseName}, in any language and format. */
    public static boolean holds(Collection<String> files, String baseName) {
        Pattern figure = Pattern.compile(Pattern.quote(baseName) + "(\\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?"
                + "\\.(png|svg|pdf)");
        return files.stream().anyMatch(name -> figure.matcher(name).matches());
    }

    /**
     * Writes into {@code into} the manifest of the folder {@code dir} with its record of the figures replaced by
     * this one (placed after its {@code language}); nothing if the folder has no readable manifest. The other
     * keys keep their order and values, so the manifest changes only where the figures do.
     */
    public void recordIn(Path dir, Path into) throws IOException {
        JsonObject manifest = SweepManifest.read(dir);
        if (manifest == null) {
            return;
        }
        JsonObject updated = new JsonObject();
        JsonElement record = new GsonBuilder().create().toJsonTree(toManifest());
        for (Map.Entry<String, JsonElement> entry : manifest.entrySet()) {
            if (entry.getKey().equals(KEY)) {
                continue;
            }
            updated.add(entry.getKey(), entry.getValue());
            if (entry.getKey().equals("language")) {
                updated.add(KEY, record);
            }
        }
        if (!updated.has(KEY)) {
            updated.add(KEY, record);
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(updated);
        Files.writeString(into.resolve(SweepManifest.FILE), json + "\n", StandardCharsets.UTF_8);
    }
}
