package dyad.chart;

import dyad.analysis.futures.EventUncertainty;
import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.Lever;
import dyad.analysis.futures.SeriesUncertainty;
import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The columns of futures.csv that scenario discovery restricts, in words: a lever by what it sets (and from
 * when), a drawn series by its growth over the horizon, a process by its label and the events drawn.
 */
final class FuturesWords {

    private FuturesWords() {
    }

    /** The column in words, or empty if the futures file names nothing there. */
    static Optional<String> of(String column, FuturesFile file, Language language) {
        Texts texts = Texts.of(language);
        String horizon = SweepLabels.span(file.horizon().first(), file.horizon().last(), texts);
        for (Lever lever : file.levers()) {
            if (lever.name().equals(column)) {
                if (lever instanceof Lever.Parameter parameter) {
                    return Optional.of(texts.get("futures.words.lever", lever.name(),
                            SweepLabels.parameter(parameter.path(), file.base().scenario(), texts),
                            file.horizon().first().toString()));
                }
                return Optional.of(texts.get("futures.words.switch", lever.name()));
            }
        }
        for (SeriesUncertainty series : file.series()) {
            if (column.equals(series.id() + "_growth_per_year")) {
                return Optional.of(texts.get("futures.words.growth", series.id(), horizon));
            }
        }
        for (EventUncertainty event : file.events()) {
            if (column.equals(event.name() + "_events")) {
                return Optional.of(texts.get("futures.words.events", event.process().label().in(language), horizon));
            }
        }
        return Optional.empty();
    }

    /** Every column in words, each by its name where the file names nothing there. */
    static List<String> all(List<String> columns, FuturesFile file, Language language) {
        return columns.stream().map(column -> of(column, file, language).orElse(column)).toList();
    }
}
