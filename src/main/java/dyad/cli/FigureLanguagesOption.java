package dyad.cli;

import dyad.scenario.Language;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --lang TAGS}: the languages of a command's figures, comma-separated; the first is also the language of
 * its scorecard, handout and printed lines.
 */
final class FigureLanguagesOption {

    @Option(names = "--lang", paramLabel = "TAGS", hideParamSyntax = true, split = ",",
            converter = LanguageOption.Tag.class,
            description = "Languages of the figures (and of the scorecard and handout, where the command writes them):"
                    + " en (default), zh-TW (Traditional Chinese), or both as en,zh-TW, which writes each figure once"
                    + " per language with the language in its name (cooperation-index.en.png,"
                    + " cooperation-index.zh-TW.png); the first prints the scorecard.")
    List<Language> languages;

    /** The languages given, each once, or English alone. */
    List<Language> languages() {
        return languages == null || languages.isEmpty() ? List.of(Language.EN) : languages.stream().distinct().toList();
    }

    /** The first language: of the scorecard, the handout's rerun command and printed lines. */
    Language first() {
        return languages().get(0);
    }

    /** The option as a user types it, " --lang en,zh-TW", or nothing for English alone. */
    String asOption() {
        List<Language> given = languages();
        return given.equals(List.of(Language.EN)) ? ""
                : " --lang " + given.stream().map(Language::tag).collect(Collectors.joining(","));
    }
}
