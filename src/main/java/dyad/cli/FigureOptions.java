package dyad.cli;

import dyad.batch.FigureFormat;
import dyad.batch.Figures;
import dyad.scenario.Language;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;

/** {@code --lang TAGS --formats LIST}: the languages and formats of the figures a command writes. */
final class FigureOptions {

    @Mixin
    FigureLanguagesOption languages = new FigureLanguagesOption();

    @Mixin
    FigureFormatsOption formats = new FigureFormatsOption();

    /** The figures of a new result: plain names for one language, tagged names for several. */
    Figures figures() {
        return Figures.of(languages.languages(), formats.formats());
    }

    /** The first language: of the scorecard and printed lines. */
    Language first() {
        return languages.first();
    }

    /** The options as a user types them to get the same figures, " --lang en,zh-TW --formats png", or nothing. */
    String asOptions() {
        return asOptions(figures());
    }

    /** The options that give these figures' languages and formats, " --lang en,zh-TW --formats png", or nothing. */
    static String asOptions(Figures figures) {
        String languages = figures.languages().stream().map(Language::tag).collect(Collectors.joining(","));
        String formats = figures.formats().stream().map(FigureFormat::extension).collect(Collectors.joining(","));
        return (languages.equals(Language.EN.tag()) ? "" : " --lang " + languages)
                + (figures.formats().equals(FigureFormat.all()) ? "" : " --formats " + formats);
    }
}
