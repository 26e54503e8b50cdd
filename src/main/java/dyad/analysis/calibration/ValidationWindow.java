package dyad.analysis.calibration;

import dyad.scenario.BadInputException;
import dyad.scenario.Fields;
import dyad.scenario.YamlValue;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The years a calibration holds out of its outside series: the links are fitted on the other years only, then
 * judged on these, so that a fit can be told from a forecast. Written {@code validate: {start: 2002, end: 2007}};
 * the series are yearly, so a month is accepted only where it bounds whole years ({@code 2002-01} to
 * {@code 2007-12}).
 *
 * @param first the first year held out
 * @param last  the last year held out
 */
public record ValidationWindow(int first, int last) {

    /** The key of a calibration file that holds the window. */
    public static final String KEY = "validate";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public boolean holds(int year) {
        return year >= first && year <= last;
    }

    /** "2002-2007", or "2002" for a single year. */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    /** Years in order written as runs of consecutive years: "1992-1995 1997-2001". */
    public static String ranges(List<Integer> years) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : " ").append(new ValidationWindow(years.get(i), years.get(j)));
            i = j + 1;
        }
        return text.toString();
    }

    /**
     * Reads the window and checks it against every series: within each series' years, holding out at least
     * {@link SeriesTarget#MIN_YEARS} of them and leaving as many to fit.
     *
     * @throws BadInputException naming the field at fault
     */
    static ValidationWindow read(Fields root, List<SeriesTarget> series) {
        Fields window = root.mapping(KEY);
        if (window.has("rolling")) {
            throw window.error("rolling", "a rolling origin is not offered: each origin would be a calibration of its"
                    + " own; give one window with start and end, and run the calibration once per window");
        }
        int first = year(window, "start", true);
        int last = year(window, "end", false);
        window.rejectUnknownKeys();
        if (last < first) {
            throw window.error("end", "the window ends (" + last + ") before it starts (" + first + ")");
        }
        if (series.isEmpty()) {
            throw root.error(KEY, "a validation window holds out years of the outside series, but targets names"
                    + " none: add a series under targets.series, or remove '" + KEY + "'");
        }
        ValidationWindow held = new ValidationWindow(first, last);
        for (SeriesTarget target : series) {
            List<Integer> years = target.years();
            int firstYear = years.get(0);
            int lastYear = years.get(years.size() - 1);
            String within = ": the window must lie within the series' years, " + firstYear + " to " + lastYear;
            if (first < firstYear || first > lastYear) {
                throw window.error("start", first + " is outside the years of series '" + target.id() + "'" + within);
            }
            if (last > lastYear) {
                throw window.error("end", last + " is outside the years of series '" + target.id() + "'" + within);
            }
            List<Integer> heldOut = years.stream().filter(held::holds).toList();
            List<Integer> fitted = years.stream().filter(year -> !held.holds(year)).toList();
            if (heldOut.size() < SeriesTarget.MIN_YEARS) {
                throw root.error(KEY, "the window " + held + " holds out " + count(heldOut) + " of series '"
                        + target.id() + "' (" + ranges(heldOut) + "): at least " + SeriesTarget.MIN_YEARS
                        + " are needed to judge the fit on");
            }
            if (fitted.size() < SeriesTarget.MIN_YEARS) {
                throw root.error(KEY, "the window " + held + " leaves " + count(fitted) + " of series '"
                        + target.id() + "' to fit the link on" + (fitted.isEmpty() ? "" : " ("
                        + ranges(fitted) + ")") + ": at least " + SeriesTarget.MIN_YEARS + " are needed");
            }
        }
        return held;
    }

    private static String count(List<Integer> years) {
        return years.size() + " year" + (years.size() == 1 ? "" : "s");
    }

    /** A year, or a month that bounds whole years: January for the start, December for the end. */
    private static int year(Fields window, String key, boolean start) {
        YamlValue value = window.value(key);
        String text = value instanceof YamlValue.Scalar scalar ? scalar.text().trim() : "";
        if (YEAR.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        if (!text.contains("-")) {
            throw window.error(key, "expected a year (YYYY) or a month that bounds whole years (YYYY-MM), found "
                    + (value instanceof YamlValue.Scalar ? "'" + text + "'" : value.kindName()));
        }
        YearMonth month = window.month(key);
        int wholeYear = start ? 1 : 12;
        if (month.getMonthValue() != wholeYear) {
            YearMonth instead = YearMonth.of(month.getYear(), wholeYear);
            throw window.error(key, "the series are yearly, so the window holds whole years: write "
                    + month.getYear() + " or " + instead + (start ? " (it starts in January)"
                    : " (it ends in December)"));
        }
        return month.getYear();
    }
}
