package dyad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts in examples/ run on results freshly written by the jar, so that a renamed column breaks the build
 * rather than a user's script. Without Debian's python3 with pandas and matplotlib, or without Rscript, the test
 * of that script is skipped with the reason, unless {@code DYAD_REQUIRE_PYTHON_R=1} (as in {@code .ci/run}, which
 * installs them), where it fails.
 */
class ExamplesIT {

    /** Debian's interpreter, which python3-pandas and python3-matplotlib install for. */
    static final String PYTHON = "/usr/bin/python3";
    static final List<String> PLOTS = List.of("run.png", "sweep.png", "sensitivity.png");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path temp;

    static Path run;
    static Path sweep;
    static Path sensitivity;

    record Outcome(int exitCode, String output) {
    }

    static Outcome execute(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "log", ".txt");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return new Outcome(-1, e.getMessage());
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 10 minutes");
        }
        return new Outcome(process.exitValue(), Files.readString(log));
    }

    static void dyad(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("dyad.jar")));
        command.addAll(Arrays.asList(args));
        Outcome outcome = execute(command);
        assertEquals(0, outcome.exitCode(), String.join(" ", args) + ": " + outcome.output());
    }

    @BeforeAll
    static void writesARunASweepAndASensitivityAnalysis() throws Exception {
        run = temp.resolve("run");
        dyad("run", "scenarios/us-russia-1992-2007.yaml", "--replications", "20", "--all-series", "--no-check",
                "--out", run.toString());
        sweep = temp.resolve("sweep");
        dyad("sweep", "src/test/resources/sweeps/tiny.yaml", "--all-series", "--quiet", "--out", sweep.toString());
        Path file = temp.resolve("sensitivity.yaml");
        Files.writeString(file, "name: examples\nscenario: " + Path.of("scenarios/us-russia-1992-2007.yaml")
                .toAbsolutePath() + "\nmethod: sobol\nbase_samples: 8\nbootstrap: 20\nreplications: 1\nseed: 5\n"
                + "outputs: [mean_index]\nparameters:\n  agents.usa.weights.ambition: {min: 0.5, max: 1.5}\n"
                + "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}\n");
        sensitivity = temp.resolve("sensitivity");
        dyad("sensitivity", file.toString(), "--quiet", "--out", sensitivity.toString());
    }

    /** Skips (or, where they are required, fails) unless {@code probe} runs. */
    static void require(List<String> probe, String reason) throws Exception {
        if (execute(probe).exitCode() == 0) {
            return;
        }
        if ("1".equals(System.getenv("DYAD_REQUIRE_PYTHON_R"))) {
            fail("DYAD_REQUIRE_PYTHON_R=1 but " + reason);
        }
        Assumptions.assumeTrue(false, reason);
    }

    static void drawsEveryPlot(List<String> script, Path plots) throws Exception {
        List<String> command = new ArrayList<>(script);
        command.addAll(List.of(run.toString(), sweep.toString(), sensitivity.toString(), plots.toString()));
        Outcome outcome = execute(command);
        assertEquals(0, outcome.exitCode(), outcome.output());
        for (String plot : PLOTS) {
            Path png = plots.resolve(plot);
            assertTrue(Files.isRegularFile(png), plot + " not drawn: " + outcome.output());
            assertTrue(Files.size(png) > 3_000, plot + " is nearly empty");
            assertArrayEquals(PNG, Arrays.copyOf(Files.readAllBytes(png), 4), plot + " is not a PNG");
        }
    }

    @Test
    void thePythonExampleDrawsARunASweepAndASensitivityAnalysis() throws Exception {
        require(List.of(PYTHON, "-c", "import pandas, matplotlib"), "no " + PYTHON + " with pandas and matplotlib"
                + " here (apt-get install python3-pandas python3-matplotlib)");
        drawsEveryPlot(List.of(PYTHON, "examples/plot_results.py"), temp.resolve("python"));
    }

    @Test
    void theRExampleDrawsARunASweepAndASensitivityAnalysis() throws Exception {
        require(List.of("Rscript", "--version"), "no Rscript here (apt-get install r-base-core)");
        drawsEveryPlot(List.of("Rscript", "examples/plot_results.R"), temp.resolve("r"));
    }
}
