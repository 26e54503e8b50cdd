package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterLabelsTest {

    private static final List<String> PATHS = List.of("agents.russia.weights.threat", "agents.usa.weights.threat",
            "agents.russia.oil_dependence", "events.september-11.effects[0].change");
    private static final List<String> LABELS = List.of("Russia: weight of threat", "US: weight of threat",
            "Russia: oil dependence", "9/11 attacks: shared interest for the US");
    private static final List<double[]> VALUES = List.of(new double[] {0.1, 0.3, 0.12, 1.5},
            new double[] {0.2, 0.3, 0.125, 2});

    private final ParameterLabels labels = new ParameterLabels(PATHS, LABELS, Texts.of(Language.EN), VALUES);

    @Test
    void axesShowTheLabels() {
        assertEquals("Russia: oil dependence", labels.axisLabel(2));
    }

    @Test
    void pointsAreNamedByTheirValuesWithEnoughDecimalsToTellThemApart() {
        assertEquals("Russia: weight of threat 0.20, US: weight of threat 0.30, Russia: oil dependence 0.125,"
                + " 9/11 attacks: shared interest for the US 2.00",
                labels.joined(labels.withValues(new double[] {0.2, 0.3, 0.125, 2})));
        assertEquals("Russia: oil dependence 0.125", labels.withBaseValue(2, 0.125));
        assertEquals("Russia: weight of threat 0.60", labels.withBaseValue(0, 0.6));
    }

    @Test
    void listsAreJoinedInTheLanguage() {
        ParameterLabels chinese = new ParameterLabels(PATHS, LABELS, Texts.of(Language.ZH_TW), VALUES);

        assertEquals("a；b；c", chinese.joined(List.of("a", "b", "c")));
    }

    @Test
    void longListsAreBrokenAfterASeparator() {
        TextMetrics metrics = new TextMetrics(ChartStyle.LEGEND);
        List<String> parts = labels.withValues(new double[] {0.2, 0.3, 0.125, 2});
        String whole = "point 4: " + labels.joined(parts);

        assertEquals(List.of(whole), labels.wrapped("point 4: ", parts, metrics, metrics.width(whole) + 1));
        List<String> lines = labels.wrapped("point 4: ", parts, metrics, metrics.width(whole) / 2);
        assertEquals(whole, String.join(" ", lines));
        lines.forEach(line -> assertEquals(true, metrics.width(line) <= metrics.width(whole) / 2, line));
    }

    @Test
    void fileNamesUseTheLastSegment() {
        assertEquals("oil_dependence", labels.fileName(2));
    }

    @Test
    void numbersHaveATrueMinusAndNoNegativeZero() {
        assertEquals("−0.25", Decimals.format(-0.25, 2));
        assertEquals("0.00", Decimals.format(-0.001, 2));
        assertEquals("1.5", Decimals.format(1.5, 1));
    }
}
