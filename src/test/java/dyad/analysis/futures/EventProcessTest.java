package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.Perception;
import dyad.scenario.Text;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventProcessTest {

    private static final EventShape SMALL = EventShape.of(
            new EffectShape(Perception.THREAT, 0.3, 3, 6, List.of("security")));
    private static final EventShape LARGE = EventShape.of(
            new EffectShape(Perception.THREAT, 0.9, 12, 24, List.of()),
            new EffectShape(Perception.SHARED_INTEREST, -0.4, 0, 12, List.of()));

    private static EventProcess blows(double ratePerYear, ShapeSource shapes) {
        return new EventProcess("blows", Text.of("A blow"), "russia", ratePerYear, shapes);
    }

    @Test
    void theRateIsRecoveredFromManyYearsWithinThePoissonStandardError() {
        double rate = 2.5;
        int years = 2000;
        List<DrawnEvent> events = blows(rate, new ShapeSource.Listed(List.of(SMALL)))
                .draw(FutureGenerators.forFuture(1, 1), YearMonth.of(2008, 1), YearMonth.of(2007 + years, 12));
        // a Poisson count over T years has standard deviation sqrt(rate T), so the rate's is sqrt(rate / T)
        assertEquals(rate, events.size() / (double) years, 4 * Math.sqrt(rate / years));
        for (int k = 1; k < events.size(); k++) {
            assertTrue(!events.get(k).month().isBefore(events.get(k - 1).month()), "in month order");
        }
    }

    @Test
    void monthlyCountsArePoissonTheirVarianceIsTheirMean() {
        int months = 24_000;
        double perMonth = 3.0 / 12;
        List<DrawnEvent> events = blows(3, new ShapeSource.Listed(List.of(SMALL)))
                .draw(FutureGenerators.forFuture(2, 1), YearMonth.of(2000, 1), YearMonth.of(2000, 1).plusMonths(months - 1));
        int[] counts = new int[months];
        events.forEach(e -> counts[(int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2000, 1), e.month())]++);
        double mean = java.util.Arrays.stream(counts).average().orElseThrow();
        double variance = java.util.Arrays.stream(counts).mapToDouble(c -> (c - mean) * (c - mean)).sum() / (months - 1);
        // the variance of a sample variance of Poisson counts is about (lambda + 2 lambda^2) / n
        assertEquals(mean, variance, 4 * Math.sqrt((perMonth + 2 * perMonth * perMonth) / months));
        assertTrue(java.util.Arrays.stream(counts).anyMatch(c -> c >= 2), "several events may fall in one month");
    }

    @Test
    void sizesAreDrawnFromTheListedOnesEachAsLikely() {
        List<DrawnEvent> events = blows(12, new ShapeSource.Listed(List.of(SMALL, LARGE)))
                .draw(FutureGenerators.forFuture(3, 1), YearMonth.of(2008, 1), YearMonth.of(2107, 12));
        long small = events.stream().filter(e -> e.shape().equals(SMALL)).count();
        assertTrue(events.stream().allMatch(e -> e.shape().equals(SMALL) || e.shape().equals(LARGE)));
        assertTrue(events.stream().allMatch(e -> e.agentId().equals("russia") && e.process().equals("blows")));
        assertEquals(0.5, small / (double) events.size(), 4 * 0.5 / Math.sqrt(events.size()));
    }

    @Test
    void sizesFromARangeStayInTheRange() {
        ShapeSource range = new ShapeSource.Range(Perception.SHARED_INTEREST, 0.2, 0.6, 2, 5, 12, List.of("economy"));
        for (DrawnEvent event : blows(6, range).draw(FutureGenerators.forFuture(4, 1), YearMonth.of(2008, 1),
                YearMonth.of(2057, 12))) {
            EffectShape effect = event.shape().effects().get(0);
            assertTrue(effect.change() >= 0.2 && effect.change() <= 0.6, "change " + effect.change());
            assertTrue(effect.holdMonths() >= 2 && effect.holdMonths() <= 5, "hold " + effect.holdMonths());
            assertEquals(List.of("economy"), effect.areas());
            assertEquals(Perception.SHARED_INTEREST, effect.perceives());
        }
    }

    @Test
    void theSameFutureDrawsTheSameEventsAndAnotherFutureOthers() {
        EventProcess process = blows(4, new ShapeSource.Listed(List.of(SMALL, LARGE)));
        List<DrawnEvent> first = process.draw(FutureGenerators.forFuture(9, 1), YearMonth.of(2008, 1), YearMonth.of(2020, 12));
        assertEquals(first, process.draw(FutureGenerators.forFuture(9, 1), YearMonth.of(2008, 1), YearMonth.of(2020, 12)));
        assertNotEquals(first, process.draw(FutureGenerators.forFuture(9, 2), YearMonth.of(2008, 1), YearMonth.of(2020, 12)));
        assertTrue(blows(0, new ShapeSource.Listed(List.of(SMALL)))
                .draw(FutureGenerators.forFuture(9, 1), YearMonth.of(2008, 1), YearMonth.of(2020, 12)).isEmpty());
    }

    @Test
    void refusesANegativeRateANameThatIsNoIdAndNoSizes() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> blows(-1, new ShapeSource.Listed(List.of(SMALL))))
                .getMessage().contains("rate per year must be 0 or more"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EventProcess("Blows!", Text.of("x"), "russia",
                1, new ShapeSource.Listed(List.of(SMALL)))).getMessage().contains("must be an id"));
        assertThrows(IllegalArgumentException.class, () -> new ShapeSource.Listed(List.of()));
        assertThrows(IllegalArgumentException.class, () -> FutureGenerators.forFuture(1, 0));
    }
}
