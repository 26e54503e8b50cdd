package dyad.scenario;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a series value: a year ({@code YYYY}) covers its twelve months, a month ({@code YYYY-MM}, a
 * day may follow and is checked, then ignored) only itself.
 */
record SeriesDate(YearMonth first, YearMonth last) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    /**
     * @throws IllegalArgumentException whose message says what is wrong (without repeating the text, which
     *                                  may come from a file that is not the user's to show)
     */
    static SeriesDate parse(String text) {
        if (YEAR.matcher(text).matches()) {
            YearMonth january = YearMonth.of(Integer.parseInt(text), 1);
            return new SeriesDate(january, january.plusMonths(11));
        }
        Matcher month = MONTH.matcher(text);
        if (!month.matches()) {
            throw new IllegalArgumentException("is not a date: write YYYY or YYYY-MM");
        }
        try {
            YearMonth parsed = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            if (month.group(3) != null) {
                parsed.atDay(Integer.parseInt(month.group(3)));
            }
            return new SeriesDate(parsed, parsed);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date");
        }
    }

    boolean wholeYear() {
        return !first.equals(last);
    }
}
