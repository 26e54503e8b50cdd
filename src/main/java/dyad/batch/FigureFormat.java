package dyad.batch;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A file format a figure is written in: PNG for slides, SVG for the web, PDF for print. */
public enum FigureFormat {
    PNG, SVG, PDF;

    /** Every format, in the order they are written. */
    public static Set<FigureFormat> all() {
        return EnumSet.allOf(FigureFormat.class);
    }

    /** The file name's ending without its dot, which is also how users write the format: {@code png}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format written in any case, or null. */
    public static FigureFormat ofAnyCase(String name) {
        return Arrays.stream(values()).filter(format -> format.extension().equalsIgnoreCase(name.strip()))
                .findFirst().orElse(null);
    }

    /** The formats for messages: "png, svg, pdf". */
    public static String names() {
        return Arrays.stream(values()).map(FigureFormat::extension).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return extension();
    }
}
