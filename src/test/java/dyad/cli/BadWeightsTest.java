package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command that runs or validates a scenario refuses a weight no rule has or allows, with exit code 2. */
class BadWeightsTest {

    private static final String SCENARIOS = "src/test/resources/scenarios/bad/";
    private static final String SWEEPS = "src/test/resources/sweeps/bad/";

    @TempDir
    Path temp;

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("validate", SCENARIOS + "unknown-key.yaml", "unknown-key.yaml:5:",
                        "field 'agents.beta.weights.treat': unknown key; did you mean 'threat'?"),
                Arguments.of("run", SCENARIOS + "unknown-key.yaml", "unknown-key.yaml:5:",
                        "field 'agents.beta.weights.treat': unknown key; did you mean 'threat'?"),
                Arguments.of("check", SCENARIOS + "unknown-key.yaml", "unknown-key.yaml:5:",
                        "field 'agents.beta.weights.treat': unknown key; did you mean 'threat'?"),
                Arguments.of("validate", SCENARIOS + "weight-out-of-range.yaml", "weight-out-of-range.yaml:5:",
                        "field 'agents.beta.weights.threat': value 60 is out of range: allowed 0 to 50"),
                Arguments.of("run", SCENARIOS + "weight-out-of-range.yaml", "weight-out-of-range.yaml:5:",
                        "field 'agents.beta.weights.threat': value 60 is out of range: allowed 0 to 50"),
                Arguments.of("check", SCENARIOS + "baseline-out-of-range.yaml", "baseline-out-of-range.yaml:6:",
                        "field 'agents.alpha.weights.baseline': value -50.5 is out of range: allowed -50 to 50"),
                Arguments.of("sweep", SWEEPS + "unknown-weight.yaml", "unknown-key.yaml:5:",
                        "field 'agents.beta.weights.treat': unknown key; did you mean 'threat'?"),
                Arguments.of("sweep", SWEEPS + "weight-out-of-range.yaml", "weight-out-of-range.yaml:4:",
                        "field 'parameters.agents.alpha.weights.threat': the value 60 is not allowed in the"
                                + " scenario"),
                Arguments.of("sweep", SWEEPS + "unknown-weight-parameter.yaml", "unknown-weight-parameter.yaml:4:",
                        "field 'parameters.agents.alpha.weights.nokey'"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("commands")
    void theCommandRefusesTheWeightAndWritesNothing(String command, String file, String location, String problem) {
        Path out = temp.resolve("out");
        CliTest.Result result = command.equals("validate") || command.equals("check")
                ? CliTest.dyad(command, file) : CliTest.dyad(command, file, "--out", out.toString());
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains(location), result.err());
        assertTrue(result.err().contains(problem), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
