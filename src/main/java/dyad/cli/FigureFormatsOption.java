package dyad.cli;

import dyad.batch.FigureFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --formats LIST}: the file formats of a command's figures, comma-separated. */
final class FigureFormatsOption {

    @Option(names = "--formats", paramLabel = "LIST", hideParamSyntax = true, split = ",",
            converter = Name.class,
            description = "Formats of the figures: png, svg and pdf, or some of them, comma-separated (default: all"
                    + " three).")
    List<FigureFormat> formats;

    /** The formats given, or all three. */
    Set<FigureFormat> formats() {
        return formats == null || formats.isEmpty() ? FigureFormat.all() : EnumSet.copyOf(formats);
    }

    /** The option as a user types it, " --formats png,svg", or nothing for all three. */
    String asOption() {
        Set<FigureFormat> given = formats();
        return given.equals(FigureFormat.all()) ? ""
                : " --formats " + given.stream().map(FigureFormat::extension).collect(Collectors.joining(","));
    }

    /** A format's name in any case; a wrong one is refused with the formats there are and the nearest. */
    static final class Name implements ITypeConverter<FigureFormat> {
        @Override
        public FigureFormat convert(String value) {
            FigureFormat format = FigureFormat.ofAnyCase(value);
            if (format == null) {
                List<String> names = List.of(FigureFormat.names().split(", "));
                throw new TypeConversionException("'" + value + "' is not a figure format; use " + FigureFormat.names()
                        + dyad.scenario.Fields.didYouMean(value.toLowerCase(java.util.Locale.ROOT), names));
            }
            return format;
        }
    }
}
