package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterLabelsTest {

    private static final List<String> PATHS = List.of("agents.russia.weights.threat", "agents.usa.weights.threat",
            "agents.russia.oil_dependence", "events.september-11.effects[0].change");

    private final ParameterLabels labels = new ParameterLabels(PATHS,
            List.of(new double[] {0.1, 0.3, 0.12, 1.5}, new double[] {0.2, 0.3, 0.125, 2}));

    @Test
    void shortNamesAreTheShortestEndingsThatStayUnique() {
        assertEquals("russia.weights.threat", labels.shortName(0));
        assertEquals("usa.weights.threat", labels.shortName(1));
        assertEquals("oil_dependence", labels.shortName(2));
        assertEquals("change", labels.shortName(3));
    }

    @Test
    void axisLabelsDropTheFirstSegment() {
        assertEquals("russia.oil_dependence", labels.axisLabel(2));
        assertEquals("september-11.effects[0].change", labels.axisLabel(3));
    }

    @Test
    void pointsAreNamedByTheirValuesWithEnoughDecimalsToTellThemApart() {
        assertEquals("point 4: russia.weights.threat 0.20, usa.weights.threat 0.30, oil_dependence 0.125,"
                + " change 2.00", labels.point(4, new double[] {0.2, 0.3, 0.125, 2}));
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
