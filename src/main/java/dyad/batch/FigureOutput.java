package dyad.batch;

import dyad.scenario.Language;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How the figures of one language are written: the language they are drawn in, the formats written and whether
 * their file names carry the language's tag ({@code cooperation-index.zh-TW.png}) or are plain
 * ({@code cooperation-index.png}).
 */
public record FigureOutput(Language language, Set<FigureFormat> formats, boolean tagged) {

    public FigureOutput {
        Objects.requireNonNull(language, "language");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no figure format");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** Every format, with plain names: what Dyad wrote before it could choose. */
    public static FigureOutput plain(Language language) {
        return new FigureOutput(language, FigureFormat.all(), false);
    }

    /** The file name of a figure in one format: {@code baseName[.tag].extension}. */
    public String fileName(String baseName, FigureFormat format) {
        return baseName + (tagged ? "." + language.tag() : "") + "." + format.extension();
    }
}
