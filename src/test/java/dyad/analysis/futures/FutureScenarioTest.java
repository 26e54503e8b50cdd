package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Language;
import dyad.scenario.Perception;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FutureScenarioTest {

    private static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml");
    private static final Horizon HORIZON = new Horizon(YearMonth.of(2008, 1), YearMonth.of(2020, 12));
    private static final Text BLOW = new Text("A drawn blow", Map.of(Language.ZH_TW, "抽出的打擊"));

    /** Future 1 of seed 2020: Brent mean reverting over 1992-2007, blows to Russia at the baseline's own rate. */
    private static Future drawFuture(ResolvedScenario base) {
        Scenario scenario = base.scenario();
        var generator = FutureGenerators.forFuture(2020, 1);
        History brent = History.of(scenario, "brent", scenario.start(), scenario.end());
        double[] path = new BlockBootstrap(12).fit(brent).draw(generator, HORIZON.months());
        DriverHistory.Estimate blows = DriverHistory.blows(scenario, "russia", scenario.start(), scenario.end());
        List<DrawnEvent> events = new EventProcess("blows", BLOW, "russia", blows.ratePerYear(), blows.asShapes())
                .draw(generator, HORIZON.first(), HORIZON.last());
        List<DrawnEvent> withTwoInAMonth = new java.util.ArrayList<>(events);
        EventShape onSecurity = EventShape.of(new EffectShape(Perception.THREAT, 0.5, 6, 12, List.of("security")));
        withTwoInAMonth.add(new DrawnEvent(YearMonth.of(2010, 5), "blows", BLOW, "russia", onSecurity));
        withTwoInAMonth.add(new DrawnEvent(YearMonth.of(2010, 5), "blows", BLOW, "russia", onSecurity));
        return new Future("us-russia-future-1", java.util.Optional.of(new Text("Future 1",
                Map.of(Language.ZH_TW, "未來 1"))), Map.of("brent", path), withTwoInAMonth);
    }

    @Test
    void aWrittenFutureLoadsAndRunsWithItsSeriesAndEvents(@TempDir Path folder) throws IOException {
        ResolvedScenario base = ResolvedScenario.of(BASELINE);
        Future future = drawFuture(base);
        Path file = folder.resolve("future-1.yaml");
        Files.writeString(file, FutureScenario.yaml(base, HORIZON, future));

        Scenario loaded = ScenarioLoader.load(file);
        Scenario original = base.scenario();
        assertEquals("us-russia-future-1", loaded.name());
        assertEquals("未來 1", loaded.title().in(Language.ZH_TW));
        assertEquals(original.description(), loaded.description());
        assertEquals(original.start(), loaded.start());
        assertEquals(HORIZON.last(), loaded.end());
        assertEquals(original.months() + HORIZON.months(), loaded.months());

        double[] brent = loaded.series().get("brent").values().toArray();
        double[] history = original.series().get("brent").values().toArray();
        assertArrayEquals(history, Arrays.copyOfRange(brent, 0, history.length));
        assertArrayEquals(future.seriesPaths().get("brent"), Arrays.copyOfRange(brent, history.length, brent.length));
        // a series with no path model is held at its last month
        double[] capability = loaded.series().get("russia_capability").values().toArray();
        double lastObserved = original.series().get("russia_capability").values().get(original.months() - 1);
        for (int m = original.months(); m < loaded.months(); m++) {
            assertEquals(lastObserved, capability[m]);
        }

        List<EventSpec> drawn = loaded.events().stream().filter(e -> e.date().isAfter(original.end())).toList();
        assertEquals(future.events().size(), drawn.size());
        assertTrue(loaded.events().containsAll(original.events()), "the base's events are all kept");
        EventSpec second = loaded.events().stream().filter(e -> e.id().equals("blows-2010-05-2")).findFirst()
                .orElseThrow();
        assertEquals(EventKind.DRIVER, second.kind());
        assertEquals("抽出的打擊", second.label().in(Language.ZH_TW));
        assertEquals("A drawn blow", second.label().in(Language.EN));
        assertEquals(List.of(new EffectSpec("russia", Perception.THREAT, 0.5, 6, 12, List.of("security"))),
                second.effects());
        for (DrawnEvent event : future.events()) {
            assertTrue(drawn.stream().anyMatch(e -> e.date().equals(event.month())
                    && e.effects().equals(event.shape().effects().stream().map(s -> s.on("russia")).toList())),
                    "event of " + event.month());
        }

        Scenario small = loaded.withSeedAndReplications(loaded.seed(), 2);
        RunSummary run = Replay.run(small);
        assertEquals(loaded.months(), run.index().length);
        RunSummary baseRun = Replay.run(original.withSeedAndReplications(original.seed(), 2));
        assertArrayEquals(baseRun.index(), Arrays.copyOf(run.index(), original.months()),
                "the base period runs as in the base scenario");
    }

    @Test
    void aHistoryIsAWindowOfTheSeriesAsRun() {
        Scenario scenario = ResolvedScenario.of(BASELINE).scenario();
        History window = History.of(scenario, "brent", YearMonth.of(2007, 1), YearMonth.of(2007, 12));
        assertEquals(12, window.months());
        assertEquals(scenario.series().get("brent").values().get(scenario.months() - 1), window.last());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> History.of(scenario, "brent",
                YearMonth.of(2007, 1), YearMonth.of(2008, 12))).getMessage().contains("inside the scenario's period"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> History.of(scenario, "oil",
                YearMonth.of(2007, 1), YearMonth.of(2007, 12))).getMessage().contains("has no series 'oil'"));
    }

    @Test
    void writingTheSameFutureTwiceGivesTheSameBytes() {
        ResolvedScenario base = ResolvedScenario.of(BASELINE);
        String once = FutureScenario.yaml(base, HORIZON, drawFuture(base));
        String again = FutureScenario.yaml(ResolvedScenario.of(BASELINE), HORIZON, drawFuture(ResolvedScenario.of(BASELINE)));
        assertEquals(once, again);
        assertNotEquals(once, FutureScenario.yaml(base, HORIZON, new Future("us-russia-future-1", Map.of(), List.of())));
    }

    @Test
    void refusesAHorizonWithAGapAPathOfTheWrongLengthAndAnUnknownSeries() {
        ResolvedScenario base = ResolvedScenario.of(BASELINE);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FutureScenario.yaml(base,
                new Horizon(YearMonth.of(2009, 1), YearMonth.of(2020, 12)), new Future("f", Map.of(), List.of())))
                .getMessage().contains("must start the month after scenario us-russia-1992-2007 ends (2008-01)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FutureScenario.yaml(base, HORIZON,
                new Future("f", Map.of("brent", new double[12]), List.of())))
                .getMessage().contains("the drawn path has 12 values, and the horizon 156 months"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FutureScenario.yaml(base, HORIZON,
                new Future("f", Map.of("bernt", new double[156]), List.of())))
                .getMessage().contains("has no series 'bernt'"));
    }
}
