package dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The condition language of {@code dyad discover --where}. */
class ConditionTest {

    private static final List<String> METRICS = List.of("mean_index", "mean_index_2004_2007", "sf4", "russia_cooperation_share");

    private static Condition parse(String text) {
        return Condition.parse(text, METRICS, name -> dyad.scenario.Fields.didYouMean(name, METRICS), "--where",
                "runs.csv");
    }

    private static String error(String text) {
        return assertThrows(BadInputException.class, () -> parse(text)).getMessage();
    }

    @Test
    void comparesAMetricWithANumberEitherWayRound() {
        Condition below = parse("mean_index_2004_2007 < -0.5");
        assertEquals(List.of("mean_index_2004_2007"), below.metrics());
        assertTrue(below.test(new double[] {-0.6}));
        assertFalse(below.test(new double[] {-0.5}));
        Condition flipped = parse("-0.5 > mean_index_2004_2007");
        assertTrue(flipped.test(new double[] {-0.6}));
        assertFalse(flipped.test(new double[] {-0.4}));
        assertTrue(parse("sf4 == 1").test(new double[] {1}));
        assertTrue(parse("sf4 != 1").test(new double[] {0}));
        assertTrue(parse("sf4 >= 1e0").test(new double[] {1}));
        assertTrue(parse("sf4<=.5").test(new double[] {0}));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        Condition condition = parse("sf4 == 1 or mean_index > 0 and not (russia_cooperation_share < 0.2)");
        assertEquals(List.of("sf4", "mean_index", "russia_cooperation_share"), condition.metrics());
        assertTrue(condition.test(new double[] {1, -1, 0.1}));
        assertTrue(condition.test(new double[] {0, 0.1, 0.3}));
        assertFalse(condition.test(new double[] {0, 0.1, 0.1}));
        assertFalse(parse("not not sf4 == 0").test(new double[] {1}));
        assertEquals(List.of("sf4"), parse("sf4 > 0 and sf4 < 2").metrics());
    }

    @Test
    void aMistakeIsNamedWithItsColumn() {
        assertEquals("field '--where': column 1: no metric 'mean_indx' in runs.csv; did you mean 'mean_index'? (in"
                + " 'mean_indx < 0')", error("mean_indx < 0"));
        assertTrue(error("sf4 < ").contains("column 7: expected a number after '<', found the end"), error("sf4 < "));
        assertTrue(error("sf4 = 1").contains("column 5: '=' is not an operator: write '=='"), error("sf4 = 1"));
        assertTrue(error("(sf4 < 1").contains("column 9: expected ')'"), error("(sf4 < 1"));
        assertTrue(error("sf4 < 1 sf4").contains("column 9: expected 'and', 'or' or the end"), error("sf4 < 1 sf4"));
        assertTrue(error("sf4 < 1 & sf4 > 0").contains("column 9: '&' is not allowed here"), error("sf4 < 1 & x"));
        assertTrue(error("sf4 < 1..2").contains("column 7: '1..2' is not a number"), error("sf4 < 1..2"));
        assertTrue(error("").contains("column 1: expected a metric, a number, 'not' or '(', found the end"), error(""));
    }
}
