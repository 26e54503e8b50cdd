package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dyad.model.Contributions;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * why.csv: one row per agent, month and rule, whose contributions add up to the log-odds on the row; for a
 * scenario with issue areas, the same for the whole agenda and for each area, named in a first column.
 */
class WhyTableTest {

    /** A scenario without issue areas. */
    private static final Scenario BASELINE = ScenarioLoader.load(
            Path.of("src/test/resources/before-areas/us-russia-1992-2007.yaml")).withSeedAndReplications(3, 10);
    private static final Scenario WITH_AREAS = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"))
            .withSeedAndReplications(3, 10);

    @Test
    void oneRowPerAgentMonthAndRuleAddingUpToTheLogOdds(@TempDir Path dir) throws IOException {
        Contributions contributions = Replay.run(BASELINE, ExogenousInputs.of(BASELINE), 3, 10,
                ReplicationListener.NONE, true).contributions().orElseThrow();
        Path file = dir.resolve(RunWriter.WHY);
        RunWriter.writeWhy(file, BASELINE, contributions, List.of());

        List<String> lines = Files.readAllLines(file);
        List<String> keys = RuleSet.STANDARD.keys();
        assertEquals("agent,date,rule,contribution,log_odds", lines.get(0));
        assertEquals(1 + 2 * 192 * keys.size(), lines.size());
        assertEquals("usa,1992-01,baseline", lines.get(1).substring(0, "usa,1992-01,baseline".length()));
        assertEquals("russia,2007-12," + keys.get(keys.size() - 1),
                String.join(",", List.of(lines.get(lines.size() - 1).split(",")).subList(0, 3)));
        Map<String, Double> sums = new TreeMap<>();
        Map<String, Double> logOdds = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            int row = i - 1;
            assertEquals(keys.get(row % keys.size()), cells[2], "rules in the order they are summed");
            assertEquals(BASELINE.month(row / keys.size() % 192).toString(), cells[1]);
            String agentMonth = cells[0] + " " + cells[1];
            sums.merge(agentMonth, Double.parseDouble(cells[3]), Double::sum);
            logOdds.put(agentMonth, Double.parseDouble(cells[4]));
            if (cells[0].equals("usa") && cells[2].equals("aspiration")
                    || cells[0].equals("russia") && List.of("containment", "ambition").contains(cells[2])) {
                assertEquals("0.000000", cells[3], "weight 0: " + lines.get(i));
            }
        }
        assertEquals(2 * 192, sums.size());
        for (String agentMonth : sums.keySet()) {
            // nine numbers each rounded to six decimals
            assertEquals(logOdds.get(agentMonth), sums.get(agentMonth), keys.size() * 5e-7 + 5e-7, agentMonth);
        }
    }

    @Test
    void aScenarioWithAreasHasTheWholeAgendaAsAllThenEachAreaAddingUpToItsOwnLogOdds(@TempDir Path dir)
            throws IOException {
        RunSummary run = Replay.run(WITH_AREAS, ExogenousInputs.of(WITH_AREAS), 3, 10, ReplicationListener.NONE, true);
        Path file = dir.resolve(RunWriter.WHY);
        RunWriter.writeWhy(file, WITH_AREAS, run.contributions().orElseThrow(), RunWriter.whyByArea(WITH_AREAS, run));

        List<String> lines = Files.readAllLines(file);
        List<String> keys = RuleSet.STANDARD.keys();
        int perArea = 2 * 192 * keys.size();
        List<String> areas = new java.util.ArrayList<>(List.of("all"));
        WITH_AREAS.areas().forEach(area -> areas.add(area.id()));
        assertEquals("area,agent,date,rule,contribution,log_odds", lines.get(0));
        assertEquals(1 + areas.size() * perArea, lines.size());
        Map<String, Double> sums = new TreeMap<>();
        Map<String, Double> logOdds = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            assertEquals(areas.get((i - 1) / perArea), cells[0], "areas in the scenario's order after all");
            String key = cells[0] + " " + cells[1] + " " + cells[2];
            sums.merge(key, Double.parseDouble(cells[4]), Double::sum);
            logOdds.put(key, Double.parseDouble(cells[5]));
        }
        for (String key : sums.keySet()) {
            assertEquals(logOdds.get(key), sums.get(key), keys.size() * 5e-7 + 5e-7, key);
        }
        // the threats Russia perceives act on the areas their sources concern: the areas' terms differ
        assertNotEquals(logOdds.get("security russia 1999-06"), logOdds.get("energy_economy russia 1999-06"));
    }
}
