package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.analysis.sensitivity.Sensitivity;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.scenario.Language;
import dyad.scenario.ScenarioLoader;
import dyad.scenario.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Morris chart shows μ* and σ, which have no sign: a mark beside each bar says which way the output moves. */
class MorrisDirectionTest {

    @TempDir
    Path temp;

    @Test
    void theSignOfTheMeanEffectGivesTheDirection() {
        assertEquals("+", SensitivityChart.direction(2, 2));
        assertEquals("−", SensitivityChart.direction(-1.5, 2));
        assertEquals("±", SensitivityChart.direction(0.5, 2), "effects both ways nearly cancel in μ");
        assertEquals("±", SensitivityChart.direction(0, 0));
    }

    @Test
    void anEventsDirectionIsTheChangeTheEventMakesInEitherOrderOfItsLevels() {
        // the design steps from a level to the next: with [on, off], a mean effect of -0.12 is taking the event out
        dyad.batch.SweepParameter onFirst = event(List.of("on", "off"));
        dyad.batch.SweepParameter offFirst = event(List.of("off", "on"));
        assertEquals(0.12, SensitivityChart.eventFirst(onFirst, -0.12), 1e-12);
        assertEquals(-0.12, SensitivityChart.eventFirst(offFirst, -0.12), 1e-12);
        dyad.batch.SweepParameter number = new dyad.batch.SweepParameter("agents.russia.oil_dependence", List.of(),
                0.2, 0.8, 0);
        assertEquals(-0.12, SensitivityChart.eventFirst(number, -0.12), 1e-12);
    }

    private static dyad.batch.SweepParameter event(List<String> words) {
        return new dyad.batch.SweepParameter("events.september-11", List.of(), 0, 1, 0, null, Double.NaN,
                new dyad.batch.SweepChoice(words, List.of(), List.of(), "september-11"));
    }

    @Test
    void eachBarIsMarkedAndTheNoteSaysWhatTheMarksMean() throws IOException {
        Path file = temp.resolve("morris.yaml");
        Files.writeString(file, String.join("\n", "name: morris",
                "scenario: " + Path.of("scenarios/us-russia-1992-2007.yaml").toAbsolutePath(),
                "method: morris", "trajectories: 4", "levels: 4", "replications: 2", "seed: 5",
                "windows: {2004_2007: {start: 2004-01, end: 2007-12}}", "outputs: [mean_index_2004_2007]",
                "parameters:", "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}",
                "  agents.russia.weights.threat: {min: 0.3, max: 0.9}",
                "  agents.usa.weights.domestic_pressure: {min: 0.5, max: 1.5}", ""));
        SensitivityFile morris = SensitivityFile.load(file);
        double[] mu = {-0.3, 0.2, 0.01};
        List<Sensitivity.Estimate> estimates = new ArrayList<>();
        List<String> paths = morris.sweep().parameterPaths();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            estimates.add(new Sensitivity.Estimate("mean_index_2004_2007", path, Sensitivity.MU, mu[i], Double.NaN,
                    Double.NaN));
            estimates.add(new Sensitivity.Estimate("mean_index_2004_2007", path, Sensitivity.MU_STAR,
                    0.3 - 0.1 * i, Double.NaN, Double.NaN));
            estimates.add(new Sensitivity.Estimate("mean_index_2004_2007", path, Sensitivity.SIGMA, 0.05,
                    Double.NaN, Double.NaN));
        }
        JFreeChart chart = SensitivityChart.create(morris, ScenarioLoader.load(Path.of(
                "scenarios/us-russia-1992-2007.yaml")), estimates, "mean_index_2004_2007", Language.EN);

        String drawn = DrawnText.of(chart);
        int minus = drawn.indexOf("  −\n");
        int plus = drawn.indexOf("  +\n");
        int both = drawn.indexOf("  ±\n");
        assertTrue(minus >= 0 && plus > minus && both > plus, drawn);
        assertTrue(drawn.contains(Texts.of(Language.EN).get("sensitivity.sign").substring(0, 30)), drawn);
    }
}
