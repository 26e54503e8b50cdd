package dyad.analysis.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessTest {

    @TempDir
    Path temp;

    /**
     * Two futures, two settings, three years, outcome the last two years' mean index:
     * future 1: talk 0.5, press 0.3 (best talk; regrets 0, 0.2);
     * future 2: talk -0.2, press 0.4 (best press; regrets 0.6, 0).
     */
    private static final String TABLE = """
            future,stance,blows_events,index_2020,index_2021,index_2022,rupture_2020,rupture_2021,rupture_2022
            1,talk,0,0.9,0.4,0.6,0,0,0
            1,press,0,-0.9,0.2,0.4,1,0,0
            2,talk,3,0.9,-0.3,-0.1,0,1,0
            2,press,3,0.9,0.5,0.3,0,0,0
            """;

    @Test
    void regretIsTheBestOutcomeInTheSameFutureMinusTheSettingsOwn() throws IOException {
        Path csv = temp.resolve("futures.csv");
        Files.writeString(csv, TABLE);
        Robustness robustness = Robustness.of(csv, List.of("stance"), 2);
        assertEquals(List.of(2021, 2022), robustness.years());
        double[] outcomes = robustness.outcomes().stream().mapToDouble(Robustness.Outcome::outcome).toArray();
        double[] regrets = robustness.outcomes().stream().mapToDouble(Robustness.Outcome::regret).toArray();
        assertArrayClose(new double[] {0.5, 0.3, -0.2, 0.4}, outcomes);
        assertArrayClose(new double[] {0, 0.2, 0.6, 0}, regrets);
        Robustness.Summary talk = robustness.settings().get(0);
        Robustness.Summary press = robustness.settings().get(1);
        assertEquals(new LeverSetting(Map.of("stance", "talk")), talk.setting());
        assertEquals(0.15, talk.meanOutcome(), 1e-12);
        // R's type 7 over {0.5, -0.2}: p10 = -0.2 + 0.1 * 0.7, p90 = -0.2 + 0.9 * 0.7
        assertEquals(-0.13, talk.p10Outcome(), 1e-12);
        assertEquals(0.15, talk.p50Outcome(), 1e-12);
        assertEquals(0.43, talk.p90Outcome(), 1e-12);
        assertEquals(0.3, talk.meanRegret(), 1e-12);
        assertEquals(0.6, talk.maxRegret(), 1e-12);
        assertEquals(0.54, talk.p90Regret(), 1e-12);
        assertEquals(0.1, press.meanRegret(), 1e-12);
        assertEquals(0.2, press.maxRegret(), 1e-12);
        // talk has the better mean outcome in one future, but press never loses much: it is the robust choice
        assertEquals(press, robustness.leastMaxRegret());
    }

    @Test
    void writesTidyTablesThatTheDataPackageDescribes() throws IOException {
        Path csv = temp.resolve("futures.csv");
        Files.writeString(csv, TABLE);
        Robustness.of(csv, List.of("stance"), 2).write(temp);
        assertEquals(List.of("future,stance,outcome,regret", "1,talk,0.500000,0.000000", "1,press,0.300000,0.200000",
                "2,talk,-0.200000,0.600000", "2,press,0.400000,0.000000"), Files.readAllLines(temp.resolve("regret.csv")));
        List<String> robustness = Files.readAllLines(temp.resolve("robustness.csv"));
        assertEquals("stance,mean_outcome,p10_outcome,p50_outcome,p90_outcome,mean_regret,max_regret,p90_regret",
                robustness.get(0));
        assertEquals("press,0.350000,0.310000,0.350000,0.390000,0.100000,0.200000,0.180000", robustness.get(2));
        dyad.batch.DataPackage.writeInto(temp);
        String json = Files.readString(temp.resolve("datapackage.json"));
        assertTrue(json.contains("\"max_regret\""), json);
        assertTrue(json.contains("regret.csv"), json);
    }

    @Test
    void theOutcomeYearsAreTheFilesOrThreeOrTheWholeShorterHorizon() throws IOException {
        // the small file's horizon is two years: the outcome is their mean
        assertEquals(2, FuturesLoader.outcomeYears(FuturesLoader.load(Path.of(
                "src/test/resources/futures/small-futures.yaml"))));
        assertEquals(1, FuturesLoader.outcomeYears(FuturesLoader.load(variant("outcome_years: 1\n"))));
        dyad.scenario.BadInputException tooMany = org.junit.jupiter.api.Assertions.assertThrows(
                dyad.scenario.BadInputException.class, () -> FuturesLoader.load(variant("outcome_years: 5\n")));
        assertTrue(tooMany.getMessage().contains("outcome_years"), tooMany.getMessage());
    }

    /** The small futures file with more keys, its base found from the temporary folder. */
    private Path variant(String more) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/futures/small-futures.yaml")).replace(
                "base: ../scenarios/small.yaml", "base: " + Path.of("src/test/resources/scenarios/small.yaml")
                        .toAbsolutePath().toString().replace('\\', '/'));
        Path file = temp.resolve("variant.yaml");
        Files.writeString(file, text + more);
        return file;
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, "entry " + i);
        }
    }
}
