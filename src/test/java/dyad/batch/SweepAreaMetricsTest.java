package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.check.Fact;
import dyad.check.FactCheck;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Window;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep records each issue area's mean index and each agent's share in each area, over the period and each
 * window, and checks facts on areas on every run and every point's mean path.
 */
class SweepAreaMetricsTest {

    static final Path SWEEP = Path.of("src/test/resources/sweeps/areas.yaml");
    static final Path SCENARIO = Path.of("src/test/resources/scenarios/small-areas.yaml");

    @TempDir
    static Path shared;
    static Path reference;

    @BeforeAll
    static void runOnOneThread() throws Exception {
        reference = shared.resolve("one-thread");
        Sweep.run(SweepLoader.load(SWEEP), reference, new Sweep.Options(1, false, false, true), PointRunner.SIMULATION,
                Progress.QUIET);
    }

    static List<CSVRecord> rows(Path dir, String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(table))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void theAreaGroupsNameTheirMetricsAsTimeseriesNamesItsColumns() throws IOException {
        String header = Files.readAllLines(reference.resolve(SweepRunner.RUNS)).get(0);
        assertEquals("point,replication,seed,agents.beta.weights.threat,status,error,mean_index,"
                + "alpha_cooperation_share,beta_cooperation_share,"
                + "alpha_cooperation_share_late,beta_cooperation_share_late,"
                + "climate_index,trade_index,climate_index_late,trade_index_late,"
                + "alpha_climate_cooperation_share,alpha_trade_cooperation_share,"
                + "beta_climate_cooperation_share,beta_trade_cooperation_share,"
                + "alpha_climate_cooperation_share_late,alpha_trade_cooperation_share_late,"
                + "beta_climate_cooperation_share_late,beta_trade_cooperation_share_late,"
                + "partners,rivals,partners_and_rivals", header);
    }

    /** A run of the sweep is replication r of the point's scenario on the sweep's seed. */
    @Test
    void aRunsAreaMetricsAreThoseOfTheSameReplicationRun() throws IOException {
        Scenario point = ScenarioLoader.template(SCENARIO).bind(Map.of("agents.beta.weights.threat", 2.0))
                .withSeedAndReplications(4, 1);
        RunSummary.AreaPaths areas = Replay.run(point).areas().orElseThrow();
        CSVRecord run = rows(reference, SweepRunner.RUNS).stream()
                .filter(row -> row.get("point").equals("1") && row.get("replication").equals("0")).findFirst()
                .orElseThrow();
        Window late = Window.of("2001-01", "2001-12");
        double[] trade = areas.index()[1];
        assertEquals(Window.mean(trade, 0, trade.length - 1), Double.parseDouble(run.get("trade_index")), 1e-6);
        assertEquals(late.mean(point, trade), Double.parseDouble(run.get("trade_index_late")), 1e-6);
        double[] betaClimate = areas.share()[1][0];
        assertEquals(Window.mean(betaClimate, 0, betaClimate.length - 1),
                Double.parseDouble(run.get("beta_climate_cooperation_share")), 1e-6);
        assertEquals(late.mean(point, betaClimate),
                Double.parseDouble(run.get("beta_climate_cooperation_share_late")), 1e-6);
    }

    @Test
    void factsOnAreasHoldOnAPointsMeanPathAsOnARun() throws IOException {
        Scenario point = ScenarioLoader.template(SCENARIO).bind(Map.of("agents.beta.weights.threat", 1.0))
                .withSeedAndReplications(4, 5);
        List<Fact> facts = FactCheck.check(point, Replay.run(point), ReplicationListener.NONE);
        CSVRecord first = rows(reference, PointsTable.POINTS).get(0);
        for (Fact fact : facts) {
            assertEquals(fact.holds() ? 1.0 : 0.0, Double.parseDouble(first.get(fact.id() + "_on_mean_path")),
                    fact.id() + " " + fact.evidence());
        }
    }

    @Test
    void anyNumberOfThreadsGivesTheSameTables() throws Exception {
        Path three = shared.resolve("three-threads");
        Sweep.run(SweepLoader.load(SWEEP), three, new Sweep.Options(3, false, false, true), PointRunner.SIMULATION,
                Progress.QUIET);
        for (String table : List.of(SweepRunner.RUNS, PointsTable.POINTS)) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(table)), Files.readAllBytes(three.resolve(table)),
                    table);
        }
    }
}
