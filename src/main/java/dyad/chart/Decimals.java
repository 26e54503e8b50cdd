package dyad.chart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Formats numbers for charts the same on every machine: fixed decimals, a true minus sign, no "−0.00". */
final class Decimals {

    private Decimals() {
    }

    /** A format with the given number of decimals. */
    static DecimalFormat format(int decimals) {
        return new SignedFormat(decimals);
    }

    static String format(double value, int decimals) {
        return format(decimals).format(value);
    }

    /** The decimals that a number such as a tick size needs, e.g. 2 for 0.25. */
    static int of(double value) {
        return Math.max(0, new BigDecimal(Double.toString(value)).stripTrailingZeros().scale());
    }

    /** The fewest decimals, from min to max, that keep the distinct values apart. */
    static int needed(Collection<Double> values, int min, int max) {
        Set<Double> distinct = new HashSet<>(values);
        for (int decimals = min; decimals < max; decimals++) {
            Set<String> shown = new HashSet<>();
            for (double value : distinct) {
                shown.add(format(value, decimals));
            }
            if (shown.size() == distinct.size()) {
                return decimals;
            }
        }
        return max;
    }

    /** A decimal format that writes values rounding to zero as 0, not −0. */
    private static final class SignedFormat extends DecimalFormat {

        private static final long serialVersionUID = 1L;

        private final double halfUnit;

        SignedFormat(int decimals) {
            super(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols());
            setGroupingUsed(false);
            halfUnit = 0.5 * Math.pow(10, -decimals);
        }

        @Override
        public StringBuffer format(double number, StringBuffer result, FieldPosition position) {
            return super.format(Math.abs(number) < halfUnit ? 0.0 : number, result, position);
        }

        private static DecimalFormatSymbols symbols() {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setMinusSign('−');
            return symbols;
        }
    }
}
