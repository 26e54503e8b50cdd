package dyad.scenario;

import java.util.Optional;

/**
 * A perception that reads a data series: in each month it adds {@code scale} × (the series − its mean over
 * {@code relativeTo}), or {@code scale} × the series as it is when {@code relativeTo} is not given. Written
 * {@code shared_interest: {series: trade_dependence, scale: 0.5, relative_to: 2006}}.
 *
 * @param series     the id of the series read
 * @param scale      what one unit of the series adds to the perception
 * @param relativeTo the year ({@code YYYY}) or month ({@code YYYY-MM}) whose mean is subtracted, as written
 * @param term       what the link adds to the perception, month by month of the period
 */
public record SeriesLink(String series, double scale, Optional<String> relativeTo, MonthlySeries term) {

    public SeriesLink {
        java.util.Objects.requireNonNull(series, "series");
        java.util.Objects.requireNonNull(relativeTo, "relativeTo");
        java.util.Objects.requireNonNull(term, "term");
    }
}
