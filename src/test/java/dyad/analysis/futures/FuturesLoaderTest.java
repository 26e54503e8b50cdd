package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.scenario.BadInputException;
import dyad.scenario.FactSeries;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class FuturesLoaderTest {

    static final Path SMALL = Path.of("src/test/resources/futures/small-futures.yaml");

    @Test
    void readsEveryPartOfTheSmallFile() {
        FuturesFile file = FuturesLoader.load(SMALL);
        assertEquals(Path.of("src/test/resources/scenarios/small.yaml"), file.baseFile());
        assertEquals(new Horizon(YearMonth.of(2002, 1), YearMonth.of(2003, 12)), file.horizon());
        assertEquals(3, file.futures());
        assertEquals(11, file.seed());
        assertEquals(2, file.replications());

        SeriesUncertainty oil = file.series().get(0);
        assertEquals("oil", oil.id());
        assertEquals(new BlockBootstrap(6), oil.model());

        EventUncertainty blows = file.events().get(0);
        assertTrue(blows.blows());
        // the small scenario's one driver, a blow to beta, in two years
        assertEquals(0.5, blows.process().ratePerYear(), 1e-12);
        assertEquals("抽出的打擊", blows.process().label().in(Language.ZH_TW));
        EventUncertainty thaws = file.events().get(1);
        assertFalse(thaws.blows());
        assertEquals(1.0, thaws.process().ratePerYear());

        assertEquals(new Lever.Parameter("reciprocity", "agents.beta.weights.reciprocity", List.of(1.0, 2.0)),
                file.levers().get(0));
        assertEquals(new Lever.EventSwitch("thawing", "thaws", List.of(true, false)), file.levers().get(1));
        assertEquals(List.of("on", "off"), file.levers().get(1).valueNames());

        OutlookState cooperative = file.states().get(0);
        assertEquals(List.of(OutlookState.Condition.onIndex(0.2, Double.POSITIVE_INFINITY)),
                cooperative.when());
        assertEquals(-0.2, file.states().get(1).when().get(0).max());
    }

    @Test
    void theBundledFuturesOfTheBaselineLoad() {
        FuturesFile file = FuturesLoader.load(Path.of("scenarios/futures/us-russia-2008-2020.yaml"));
        assertEquals(new Horizon(YearMonth.of(2008, 1), YearMonth.of(2020, 12)), file.horizon());
        // the baseline's own drivers: 14 blows and 4 thaws to Russia in 16 years
        assertEquals(14 / 16.0, file.events().get(0).process().ratePerYear(), 1e-12);
        assertEquals(4 / 16.0, file.events().get(1).process().ratePerYear(), 1e-12);
        for (EventUncertainty event : file.events()) {
            assertTrue(event.process().label().translations().containsKey(Language.ZH_TW), event.name());
        }
        file.states().forEach(state -> assertTrue(state.label().translations().containsKey(Language.ZH_TW)));
    }

    @Test
    void leftOutReplicationsAndSeedTakeTheDefaults(@TempDir Path folder) throws IOException {
        FuturesFile file = FuturesLoader.load(variant(folder, "seed: 11\n", "", "replications: 2\n", ""));
        assertEquals(FuturesFile.REPLICATIONS, file.replications());
        assertEquals(7, file.seed()); // the base scenario's
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "misspelt top key|futures: 3|futurs: 3|futurs|did you mean 'futures'",
        "horizon not after base|start: 2002-01|start: 2002-03|horizon.start|the month after the base scenario ends: 2002-01",
        "unknown series|  oil: {model|  oli: {model|series.oli|did you mean 'oil'",
        "unknown model|model: block_bootstrap|model: block_bootstrp|series.oil.model|did you mean 'block_bootstrap'",
        "fit window outside|fit: {start: 2000-01|fit: {start: 1999-01|series.oil.fit|inside the base scenario's period",
        "block longer than history|block_months: 6|block_months: 30|series.oil|needs at least 31 months",
        "unknown agent|agent: beta|agent: betta|events.blows.agent|did you mean 'beta'",
        "unknown kind|kind: blow|kind: blwo|events.blows.kind|did you mean 'blow'",
        "rate and fitted|    rate_per_year: 1|    rate_per_year: 1\\n    fitted: {start: 2000-01, end: 2000-12}|events.thaws|either 'rate_per_year'",
        "thaw size that is a blow|change: -0.5|change: 0.5|events.thaws.sizes[0].change|a thaw lowers threat",
        "area in a scenario without areas|    kind: thaw|    kind: thaw\\n    on: [security]|events.thaws.on[0]|has no issue areas",
        "no thaws to draw from|    sizes: from_drivers|    sizes: from_drivers\\n  warm:\\n    agent: beta\\n    kind: thaw\\n    rate_per_year: 1|events.warm.sizes|no thaws in the window",
        "unknown parameter|weights.reciprocity|weights.reciprocty|levers.reciprocity.path|no parameter",
        "parameter value out of range|reciprocity: {path: agents.beta.weights.reciprocity, values: [1, 2]}|reciprocity: {path: agents.beta.oil_dependence, values: [0.5, 7]}|levers.reciprocity.values[1]|out of range",
        "one lever value|values: [1, 2]|values: [1]|levers.reciprocity.values|at least two values",
        "lever on an unknown process|event: thaws|event: thaw|levers.thawing.event|did you mean 'thaws'",
        "event lever not on or off|values: [on, off]|values: [on, maybe]|levers.thawing.values[1]|on and off",
        "state with two bounds|{of: index, above: 0.2}|{of: index, above: 0.2, below: 0.5}|states.cooperative.when|one of above, below or within",
        "state of an unknown agent|{of: index, above|{of: gamma, above|states.cooperative.when.of|gamma",
        "state of a share|{of: index, above|{of: alpha, above|states.cooperative.when.of|write 'of: index'",
        "rate fitted to no events|rate_per_year: 1\\n    sizes|fitted: {start: 2000-01, end: 2001-12}\\n    sizes|events.thaws.fitted|no thaws to alpha",
        "state of a misspelt scope|{of: index, above|{of: any_aera, above|states.cooperative.when.of|did you mean 'any_area'",
        "state of an agent in an area|{of: index, above|{of: {agent: alpha, area: x}, above|states.cooperative.when.of.area|no issue areas",
    })
    void refusesABadFileWithOneLineNamingTheField(String name, String from, String to, String field, String words,
                                                  @TempDir Path folder) throws IOException {
        Path file = variant(folder, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        BadInputException error = assertThrows(BadInputException.class, () -> FuturesLoader.load(file));
        assertEquals(field, error.field(), error.getMessage());
        assertTrue(error.getMessage().contains(words), error.getMessage());
        assertTrue(error.getMessage().startsWith(file.toString() + ":"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void refusesALeverOnAParameterThatCannotChangeFromAMonth(@TempDir Path folder) throws IOException {
        Path base = folder.resolve("base.yaml");
        Files.createDirectories(folder.resolve("data"));
        Files.copy(Path.of("src/test/resources/scenarios/data/oil.csv"), folder.resolve("data/oil.csv"));
        Files.writeString(base, Files.readString(Path.of("src/test/resources/scenarios/small.yaml"))
                .replace("    oil_dependence: 0.5\n", "    oil_dependence: 0.5\n    initial_trust: 0.5\n"));
        Path file = variant(folder, "agents.beta.weights.reciprocity, values: [1, 2]",
                "agents.beta.initial_trust, values: [0.2, 0.4]");
        Files.writeString(file, Files.readString(file).replace(
                Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath().toString(), base.toString()));
        BadInputException error = assertThrows(BadInputException.class, () -> FuturesLoader.load(file));
        assertEquals("levers.reciprocity.values[0]", error.field(), error.getMessage());
        assertTrue(error.getMessage().contains("from the horizon's first month on, as a dated change")
                && error.getMessage().contains("memory at the start of the period"), error.getMessage());
    }

    @Test
    void refusesAScenarioGivenAsAFuturesFile() {
        BadInputException error = assertThrows(BadInputException.class,
                () -> FuturesLoader.load(Path.of("src/test/resources/scenarios/small.yaml")));
        assertTrue(error.getMessage().contains("not a futures file"), error.getMessage());
    }

    /** The small file in {@code folder}, its base named absolutely, with each pair of texts replaced. */
    public static Path variant(Path folder, String... replacements) throws IOException {
        String text = Files.readString(SMALL).replace("../scenarios/small.yaml",
                Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath().toString());
        for (int i = 0; i < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException("the small futures file has no '" + replacements[i] + "'");
            }
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Path file = folder.resolve("futures.yaml");
        Files.writeString(file, text);
        return file;
    }
}
