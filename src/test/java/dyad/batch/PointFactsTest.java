package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.check.Fact;
import dyad.check.FactCheck;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep checks the scenario's facts on every point's mean path as {@code dyad run} checks them on a run. */
class PointFactsTest {

    static final Path BASELINE = Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath();

    @Test
    void aPointAtTheBaselinesValuesGivesTheRunsVerdictsOnItsMeanPath(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("at-baseline.yaml"), String.join("\n",
                "name: at-baseline",
                "scenario: " + BASELINE,
                "parameters:",
                "  agents.russia.oil_dependence: {values: [0.5, 0.9]}",
                "replications: 40",
                "seed: 11",
                "twins: true",
                "metrics: [facts]", ""));
        SweepSpec spec = SweepLoader.load(file);
        Path dir = temp.resolve("out");
        Sweep.run(spec, dir, new Sweep.Options(2, false, false, true), PointRunner.SIMULATION, Progress.QUIET);

        Scenario baseline = ScenarioLoader.load(BASELINE).withSeedAndReplications(11, 40);
        List<Fact> facts = FactCheck.check(baseline, Replay.run(baseline), ReplicationListener.NONE);
        CSVRecord point = points(dir).get(0);
        for (Fact fact : facts) {
            String metric = fact.id().toLowerCase(java.util.Locale.ROOT);
            assertEquals(fact.holds() ? 1.0 : 0.0, Double.parseDouble(point.get(metric + "_on_mean_path")),
                    fact.id() + " " + fact.evidence());
        }
    }

    static List<CSVRecord> points(Path dir) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(PointsTable.POINTS))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
