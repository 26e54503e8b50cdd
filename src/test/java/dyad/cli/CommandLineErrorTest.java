package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A mistyped command line or a bad file gets one line on stderr and exit code 2, not the usage or a stack trace. */
class CommandLineErrorTest {

    static Stream<Arguments> mistypedCommandLines() {
        return Stream.of(
                Arguments.of(new String[] {"run", CliTest.BASELINE, "--frobnicate"},
                        "dyad: unknown option: '--frobnicate' (see 'dyad run --help')"),
                Arguments.of(new String[] {"run"},
                        "dyad: missing required parameter: 'SCENARIO' (see 'dyad run --help')"),
                Arguments.of(new String[] {"run", CliTest.BASELINE, "--replications", "many"},
                        "dyad: invalid value for option '--replications': 'many' is not an int"
                                + " (see 'dyad run --help')"),
                Arguments.of(new String[] {"sweep", "x.yaml", "--threads", "0"},
                        "dyad: --threads must be 1 to 1024, not 0 (see 'dyad sweep --help')"),
                Arguments.of(new String[] {"validate", "a.yaml", "b.yaml"},
                        "dyad: unmatched argument at index 2: 'b.yaml' (see 'dyad validate --help')"),
                Arguments.of(new String[] {"rnu", CliTest.BASELINE},
                        "dyad: 'rnu' is not a command; did you mean 'run'? (see 'dyad --help')"),
                Arguments.of(new String[] {"sweep", "x.yaml", "--shard", "5/4"},
                        "dyad: --shard must be k/K with 1 <= k <= K <= 100000, not '5/4' (see 'dyad sweep --help')"),
                Arguments.of(new String[] {"slurm", "x.yaml", "--shards", "0"},
                        "dyad: --shards must be 1 to 100000, not 0 (see 'dyad slurm --help')"),
                Arguments.of(new String[] {"slurm", "x.yaml"},
                        "dyad: missing required option: '--shards=K' (see 'dyad slurm --help')"),
                Arguments.of(new String[] {"slurm", "x.yaml", "--shards", "3", "--time", "soon"},
                        "dyad: --time must be Slurm's D-HH:MM:SS (or HH:MM:SS, MM), not 'soon' (see 'dyad slurm"
                                + " --help')"),
                Arguments.of(new String[] {"slurm", "src/test/resources/sweeps/tiny.yaml", "--shards", "2", "--jar",
                        "x.jar", "--out", "/tmp/with space"},
                        "dyad: the folder /tmp/with space cannot be written in Slurm's #SBATCH lines (spaces, quotes"
                                + " and % are read as separators or patterns): choose a folder whose path has only"
                                + " letters, digits and . _ - / + : @ , = (see 'dyad slurm --help')"),
                Arguments.of(new String[] {"merge"},
                        "dyad: missing required parameter: 'DIR' (see 'dyad merge --help')"),
                Arguments.of(new String[] {"fly"}, "dyad: 'fly' is not a command; the commands are run, compare,"
                        + " report, validate, check, sweep, futures, chart, rerun, merge, slurm, discover, gui, sensitivity, calibrate, region, new, help"
                        + " (see 'dyad --help')"));
    }

    @ParameterizedTest
    @MethodSource("mistypedCommandLines")
    void aMistypedCommandLineGetsOneLineAndAPointerToHelp(String[] args, String line) {
        CliTest.Result result = CliTest.dyad(args);
        assertEquals(2, result.exitCode());
        assertEquals(line, result.err().strip());
        assertEquals("", result.out());
    }

    @Test
    void aScenarioWhoseOilRevenueWouldOverflowIsBadInput(@TempDir Path temp) throws IOException {
        Path scenario = Files.writeString(temp.resolve("huge-oil.yaml"), String.join("\n",
                "extends: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath(),
                "name: huge-oil", "reference_oil_price: 1e-9",
                "series: {oil: {file: ~, column: ~, values: {2000: 1e300, 2001: 1e300}}}", ""));
        CliTest.Result result = CliTest.dyad("run", scenario.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertEquals("dyad: " + scenario + ":3:22: field 'reference_oil_price': the oil price 1.0E300 in 2000-01"
                + " over reference_oil_price 1.0E-9 gives an oil revenue of Infinity, above the limit of 1000000:"
                + " give both in the same unit", result.err().strip());
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
