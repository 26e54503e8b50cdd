package dyad.scenario;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an agent's {@code perceptions}: by perception, the series it reads and how, such as
 * {@code shared_interest: {series: trade_dependence, scale: 0.5, relative_to: 2006}}. The series are those of the
 * scenario as bound, after any {@code hold}.
 */
final class PerceptionLinkBinder {

    /** The largest term a link may add to a perception: far beyond any event's change (at most 10). */
    static final double MAX_TERM = 1e6;

    private PerceptionLinkBinder() {
    }

    static Map<Perception, SeriesLink> bind(Fields perceptions, Map<String, Series> series, YearMonth start,
                                            int months) {
        perceptions.acceptAllKeys();
        List<String> keys = Arrays.stream(Perception.values()).map(Perception::key).toList();
        Map<Perception, SeriesLink> links = new EnumMap<>(Perception.class);
        for (String key : perceptions.keys()) {
            Perception channel = Arrays.stream(Perception.values()).filter(p -> p.key().equals(key)).findFirst()
                    .orElseThrow(() -> new BadInputException(perceptions.locationOf(key), perceptions.pathOf(key),
                            "no perception '" + key + "': a series can drive " + String.join(", ", keys)
                                    + Fields.didYouMean(key, keys)));
            links.put(channel, bindLink(perceptions.mapping(key), series, start, months));
        }
        return links;
    }

    private static SeriesLink bindLink(Fields link, Map<String, Series> series, YearMonth start, int months) {
        String id = link.string("series");
        Series read = series.get(id);
        if (read == null) {
            throw link.error("series", "no series '" + id + "' in 'series'" + Fields.suggestion(id, series.keySet()));
        }
        double scale = link.number("scale", 1, -MAX_TERM, MAX_TERM);
        double[] values = read.values().toArray();
        double reference = 0;
        Optional<String> relativeTo = Optional.empty();
        if (link.has("relative_to")) {
            String written = Fields.parseText(link.value("relative_to"), link.pathOf("relative_to")).trim();
            reference = meanOver(link, written, values, start, months);
            relativeTo = Optional.of(written);
        }
        double[] term = new double[months];
        for (int m = 0; m < months; m++) {
            term[m] = scale * (values[m] - reference);
            if (!(Math.abs(term[m]) <= MAX_TERM)) {
                throw link.error(link.has("scale") ? "scale" : "series", "series '" + id + "' times the scale gives "
                        + Fields.format(term[m]) + " in " + start.plusMonths(m) + ", beyond " + Fields.format(MAX_TERM)
                        + ": events change a perception by at most 10, so lower 'scale' or give 'relative_to'");
            }
        }
        link.rejectUnknownKeys();
        return new SeriesLink(id, scale, relativeTo, MonthlySeries.of(term));
    }

    /** The mean of the series over the months of {@code written} (a year or a month) that lie in the period. */
    private static double meanOver(Fields link, String written, double[] values, YearMonth start, int months) {
        SeriesDate date;
        try {
            date = SeriesDate.parse(written);
        } catch (IllegalArgumentException e) {
            throw link.error("relative_to", "'" + written + "' " + e.getMessage());
        }
        int first = Math.max(0, MonthIndex.of(start, date.first()));
        int last = Math.min(months - 1, MonthIndex.of(start, date.last()));
        if (first > last) {
            throw link.error("relative_to", written + " is outside the period " + start + " to "
                    + start.plusMonths(months - 1) + ": give a year or month inside it");
        }
        return Arrays.stream(values, first, last + 1).average().orElseThrow();
    }
}
