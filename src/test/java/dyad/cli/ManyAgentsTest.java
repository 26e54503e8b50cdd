package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.cli.CliTest.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario may hold more than two agents, up to a stated limit: every command runs it and draws its figures,
 * and one agent more is refused alike by every command, in one line, before anything is written.
 */
class ManyAgentsTest {

    /** The most agents a scenario may hold, as scenario-format.md states it. */
    static final int MOST_AGENTS = 20;

    @TempDir
    Path temp;

    /** A scenario of {@code agents} agents, each touched by one driver, with a marker and a periodisation. */
    static Path scenario(Path dir, String name, int agents) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                name: %s
                period: {start: 2000-01, end: 2001-12}
                seed: 7
                replications: 4
                agents:
                """.formatted(name));
        for (int a = 0; a < agents; a++) {
            yaml.append("  state_").append(a).append(": {name: State number ").append(a)
                    .append(", capability: 1, weights: {baseline: ").append(a % 3 - 1)
                    .append(", reciprocity: 1, threat: 0.5, containment: 0.2}}\n");
        }
        yaml.append("events:\n  shock:\n    date: 2000-06\n    kind: driver\n    label: A shock\n    source: test\n")
                .append("    effects:\n");
        for (int a = 0; a < agents; a++) {
            yaml.append("      - {agent: state_").append(a).append(", perceives: threat, change: ")
                    .append(1 + a % 4).append(", half_life_months: 6}\n");
        }
        yaml.append("""
                  summit: {date: 2001-03, kind: marker, label: A summit, source: test}
                phases:
                  stages:
                    phases:
                      - {id: S1, label: First, start: 2000-01, end: 2000-12}
                      - {id: S2, label: Second, start: 2001-01, end: 2001-12}
                """);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void asManyAgentsAsAllowedRunWithATallerWhyChartThatChartDrawsAgain() throws IOException {
        Path file = scenario(temp, "many", MOST_AGENTS);
        Path out = temp.resolve("out");
        Result run = dyad("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        BufferedImage why = ImageIO.read(out.resolve("why.png").toFile());
        assertEquals(1920, why.getWidth());
        assertTrue(why.getHeight() > 1080, "a panel per agent, each readable: " + why.getHeight());
        String svg = Files.readString(out.resolve("why.svg"));
        for (int a = 0; a < MOST_AGENTS; a++) {
            assertTrue(svg.contains("State number " + a + "<"), "panel of agent " + a);
        }
        byte[] drawn = Files.readAllBytes(out.resolve("why.png"));
        Result chart = dyad("chart", out.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        assertEquals(-1, java.util.Arrays.mismatch(drawn, Files.readAllBytes(out.resolve("why.png"))),
                "chart draws the same figure again");
        assertEquals(0, dyad("check", file.toString()).exitCode());
        assertEquals(0, dyad("validate", file.toString()).exitCode());
    }

    @Test
    void theTwoAgentsOfABilateralScenarioKeepTheUsualCanvas() throws IOException {
        Path out = temp.resolve("two");
        Result run = dyad("run", scenario(temp, "two", 2).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1080, ImageIO.read(out.resolve("why.png").toFile()).getHeight());
    }

    @Test
    void oneAgentMoreIsRefusedByEveryCommandInOneLineWithTheLimit() throws IOException {
        Path file = scenario(temp, "too-many", MOST_AGENTS + 1);
        Path sweep = temp.resolve("sweep.yaml");
        Files.writeString(sweep, """
                name: too-many-sweep
                scenario: too-many.yaml
                parameters:
                  agents.state_0.weights.threat: {values: [0.5, 1]}
                replications: 2
                seed: 1
                """);
        String expected = "dyad: " + file + ":6:3: field 'agents': a scenario may hold at most " + MOST_AGENTS
                + " agents, found " + (MOST_AGENTS + 1) + ": remove agents (or set 'remove: true' on some)";
        Path out = temp.resolve("out");
        for (String[] command : new String[][] {{"validate", file.toString()}, {"check", file.toString()},
                {"run", file.toString(), "--out", out.toString()},
                {"sweep", sweep.toString(), "--out", out.toString()}}) {
            Result result = dyad(command);
            assertEquals(2, result.exitCode(), command[0] + ": " + result.err());
            assertEquals(expected, result.err().strip(), command[0]);
            assertFalse(Files.exists(out), command[0] + " wrote nothing");
        }
    }
}
