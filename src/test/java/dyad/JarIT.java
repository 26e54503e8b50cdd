package dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run exactly as the README tells a user to. */
class JarIT {

    @TempDir
    Path temp;

    record Outcome(int exitCode, String output) {
    }

    Outcome dyad(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("dyad.jar")));
        command.addAll(List.of(args));
        Path log = temp.resolve("log.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exitCode = process.waitFor();
        return new Outcome(exitCode, Files.readString(log));
    }

    @Test
    void theReadmeCommandReplaysTheBaseline() throws Exception {
        Path out = temp.resolve("baseline");
        Outcome run = dyad("run", "scenarios/us-russia-1992-2007.yaml", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.output());
        // the scorecard counts the baseline's nine facts; `run` reports them and exits with 0 whatever they say
        assertTrue(run.output().contains(" of 9 pass"), run.output());
        for (String file : List.of("timeseries.csv", "summary.csv", "manifest.json", "cooperation-index.png",
                "cooperation-index.svg", "cooperation-index.pdf")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
    }

    @Test
    void versionHelpAndBadInput() throws Exception {
        Outcome version = dyad("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.output().startsWith("dyad "), version.output());
        assertEquals(0, dyad("--help").exitCode());
        Outcome bad = dyad("validate", "src/test/resources/scenarios/bad/global-tag.yaml");
        assertEquals(2, bad.exitCode());
        assertTrue(!bad.output().contains("\tat "), "no stack trace: " + bad.output());
    }

    @Test
    void theQuickSweepRunsFromTheJar() throws Exception {
        Path out = temp.resolve("quick");
        Outcome sweep = dyad("sweep", "scenarios/sweeps/quick.yaml", "--out", out.toString(), "--quiet");
        assertEquals(0, sweep.exitCode(), sweep.output());
        assertTrue(Files.size(out.resolve("points.csv")) > 0);
        assertEquals(0, dyad("chart", out.toString()).exitCode());
    }
}
