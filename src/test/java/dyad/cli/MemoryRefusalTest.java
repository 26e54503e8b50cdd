package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs too big for the heap are refused before they start, in one line, instead of running out of memory. */
class MemoryRefusalTest {

    @TempDir
    Path temp;

    Path huge;

    /** 500 years of months and a million replications: about 45 GB of monthly index. */
    @BeforeEach
    void writeAHugeScenario() throws IOException {
        huge = temp.resolve("huge.yaml");
        Files.writeString(huge, """
                name: huge
                period: {start: 1600-01, end: 2099-12}
                seed: 1
                replications: 1000000
                agents:
                  alpha:
                    capability: 1
                    weights: {baseline: 1.0, reciprocity: 1.0}
                  beta:
                    capability: 1
                    weights: {baseline: 0.5, reciprocity: 1.0}
                """);
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedBeforeAnythingIsWritten() {
        Path out = temp.resolve("out");
        Result result = dyad("run", huge.toString(), "--out", out.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("dyad: " + huge + ":4:15: field 'replications': this run needs about "),
                result.err());
        assertTrue(result.err().contains(" GB of memory (1000000 replications x 6000 months), more than the "),
                result.err());
        assertTrue(result.err().contains("lower replications or the period, or give Java more memory with java -Xmx"),
                result.err());
        assertFalse(result.err().contains("OutOfMemoryError"), result.err());
        assertFalse(Files.exists(out), "no results folder");
        assertEquals("", result.out());
    }

    @Test
    void replicationsGivenOnTheCommandLineAreBlamedThere() {
        Result result = dyad("run", huge.toString(), "--replications", "999999", "--out",
                temp.resolve("out").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("dyad: field '--replications': this run needs about "), result.err());
        assertTrue(result.err().contains("(999999 replications x 6000 months)"), result.err());
        assertTrue(result.err().contains("lower --replications or the period"), result.err());
    }

    @Test
    void theCheckCommandRefusesItToo() {
        Result result = dyad("check", huge.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("field 'replications': this run needs about "), result.err());
    }
}
