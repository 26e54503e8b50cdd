package dyad.cli;

import dyad.scenario.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang TAG}: the language of figures, scorecard and handout; a tag in any case, as BCP 47 reads tags. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = Tag.class,
            description = "Language of the figures (and of the scorecard and handout, where the command writes them):"
                    + " en (default) or zh-TW (Traditional Chinese).")
    Language language = Language.EN;

    static final class Tag implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            Language language = Language.ofAnyCase(value);
            if (language == null && value.toLowerCase(java.util.Locale.ROOT).startsWith("zh")) {
                throw new TypeConversionException("'" + value + "' is not a language Dyad speaks; use one of "
                        + Language.tags() + "; did you mean 'zh-TW' (Traditional Chinese)?");
            }
            if (language == null) {
                throw new TypeConversionException("'" + value + "' is not a language Dyad speaks; use one of "
                        + Language.tags() + dyad.scenario.Fields.didYouMean(value, java.util.List.of(
                                Language.tags().split(", "))));
            }
            return language;
        }
    }
}
