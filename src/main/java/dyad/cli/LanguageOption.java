package dyad.cli;

import dyad.scenario.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang TAG}: the language of figures, scorecard and handout. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = Tag.class,
            description = "Language of figures, scorecard and handout: en (default) or zh-TW (Traditional Chinese).")
    Language language = Language.EN;

    static final class Tag implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            Language language = Language.of(value);
            if (language == null) {
                throw new TypeConversionException("'" + value + "' is not a language Dyad speaks; use one of "
                        + Language.tags() + dyad.scenario.Fields.didYouMean(value, java.util.List.of(
                                Language.tags().split(", "))));
            }
            return language;
        }
    }
}
