package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sensitivity, region or futures analysis run as shards in this process ({@code dyad sensitivity FILE --shard k/K},
 * as the Slurm tasks run them) and merged with {@code dyad merge} writes every file the analysis writes in one
 * process, byte for byte, but the manifest; shards that are missing or of another analysis are refused.
 */
public class AnalysisShardsTest {

    /** What records how the results were made (times, threads, shards), and the cluster's own files. */
    static final Set<String> SHARDING = Set.of("manifest.json", "task.sh", "merge.sh", "submit.sh", "shards", ".dyad");

    @TempDir
    Path temp;

    public static Path sobol(Path dir) throws IOException {
        Path file = dir.resolve("sobol.yaml");
        Files.writeString(file, String.join("\n", "name: tiny-sobol",
                "scenario: " + Path.of(CliTest.BASELINE).toAbsolutePath(), "method: sobol", "base_samples: 16",
                "bootstrap: 100", "replications: 2", "seed: 5", "windows: {2004_2007: {start: 2004-01, end: 2007-12}}",
                "outputs: [mean_index_2004_2007, russia_cooperation_share_2004_2007]", "parameters:",
                "  agents.usa.weights.ambition: {min: 0.5, max: 1.5}",
                "  agents.usa.weights.domestic_pressure: {min: 0.5, max: 1.5}", ""));
        return file;
    }

    public static Path region(Path dir, String... extra) throws IOException {
        Path file = dir.resolve("region.yaml");
        List<String> lines = new java.util.ArrayList<>(List.of("name: tiny-region",
                "scenario: " + Path.of(CliTest.BASELINE).toAbsolutePath(), "samples: 24", "replications: 2", "seed: 5",
                "facts: [SF1, SF4, SF5]", "parameters:", "  agents.usa.weights.ambition: {min: 0.2, max: 1.8}",
                "  agents.russia.oil_dependence: {min: 0.25, max: 0.75}"));
        lines.addAll(List.of(extra));
        lines.add("");
        Files.writeString(file, String.join("\n", lines));
        return file;
    }

    /** Every file of a results folder by name, as its SHA-256, but those that record the sharding. */
    public static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!SHARDING.contains(name)) {
                    digests.put(name, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return digests;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The analysis in one process, then as shards in this process and merged: the same files, the same bytes. */
    private Path assertShardsGiveTheOneProcessBytes(String command, Path file, int shards) throws IOException {
        Path one = temp.resolve("one");
        CliTest.Result whole = dyad(command, file.toString(), "--out", one.toString(), "--threads", "2", "--quiet");
        assertEquals(0, whole.exitCode(), whole.err());
        Path cluster = temp.resolve("cluster");
        CliTest.Result scripts = dyad("slurm", file.toString(), "--shards", String.valueOf(shards), "--out",
                cluster.toString(), "--jar", temp.resolve("dyad.jar").toString());
        assertEquals(0, scripts.exitCode(), scripts.err());
        String frozen = command + ".yaml";
        assertTrue(Files.readString(cluster.resolve("task.sh")).contains("\"$DYAD_JAR\" " + command + " \"$SWEEP\""
                + " --shard"), "task.sh runs the shards with dyad " + command);
        for (int k = 1; k <= shards; k++) {
            CliTest.Result shard = dyad(command, cluster.resolve("shards").resolve(frozen).toString(), "--shard",
                    k + "/" + shards, "--out", cluster.toString(), "--threads", "1", "--quiet");
            assertEquals(0, shard.exitCode(), shard.err());
        }
        CliTest.Result merged = dyad("merge", cluster.toString(), "--threads", "2");
        assertEquals(0, merged.exitCode(), merged.err());
        Map<String, String> expected = digests(one);
        assertTrue(expected.containsKey(frozen) && expected.containsKey("runs.csv"), expected.toString());
        assertEquals(expected, digests(cluster));
        return cluster;
    }

    @Test
    void sobolIndicesFromMergedShardsAreTheBytesOfOneProcess() throws IOException {
        Path cluster = assertShardsGiveTheOneProcessBytes("sensitivity", sobol(temp), 3);
        assertTrue(Files.isRegularFile(cluster.resolve("indices.csv")));
        assertTrue(Files.readString(cluster.resolve("manifest.json")).contains("\"shards\": 3"));
    }

    @Test
    void aRegionFromMergedShardsIsTheBytesOfOneProcess() throws IOException {
        Path cluster = assertShardsGiveTheOneProcessBytes("region", region(temp), 5);
        assertTrue(Files.isRegularFile(cluster.resolve("accepted.csv")));
    }

    /** Three futures under four lever settings, two replications each, over two years: 24 runs. */
    public static final String SMALL_FUTURES = "src/test/resources/futures/small-futures.yaml";

    @Test
    void futuresFromMergedShardsAreTheBytesOfOneProcess() throws IOException {
        // 5 shards of 24 runs cut points of 2 replications in two
        Path cluster = assertShardsGiveTheOneProcessBytes("futures", Path.of(SMALL_FUTURES), 5);
        for (String file : List.of("futures.csv", "regret.csv", "robustness.csv", "states.csv", "futures-fan.png",
                "futures-states.svg", "base-scenario.yaml", "datapackage.json")) {
            assertTrue(Files.isRegularFile(cluster.resolve(file)), file);
        }
        assertTrue(Files.readString(cluster.resolve("task.sh")).contains("/shards/futures.yaml"));
        // shards that drew their futures from another base scenario are refused, and the results stay as they were
        Map<String, String> merged = digests(cluster);
        Path base = cluster.resolve("shards/3/base-scenario.yaml");
        Files.writeString(base, Files.readString(base).replace("replications: 20", "replications: 30"));
        CliTest.Result mixed = dyad("merge", cluster.toString());
        assertEquals(2, mixed.exitCode());
        assertEquals("dyad: field 'DIR': shards 1 and 3 in " + cluster.resolve("shards") + " belong to different"
                + " analyses (their base-scenario.yaml differs): run the odd one again with the same analysis file",
                mixed.err().strip());
        assertEquals(merged, digests(cluster));
        // the scratch folders where the shards made the futures' scenario files are gone
        for (int k = 1; k <= 5; k++) {
            try (Stream<Path> internal = Files.list(cluster.resolve("shards/" + k + "/.dyad"))) {
                assertEquals(List.of(), internal.map(p -> p.getFileName().toString())
                        .filter(name -> name.startsWith("staging-")).toList());
            }
        }
    }

    @Test
    void aFuturesFileWithAnUnknownKeyOrIndependentSeedsIsRefusedInOneLineBeforeAnythingIsWritten() throws IOException {
        Path file = temp.resolve("bad-futures.yaml");
        Files.writeString(file, Files.readString(Path.of(SMALL_FUTURES)).replace("horizon:", "horizn:"));
        Path cluster = temp.resolve("cluster");
        CliTest.Result result = dyad("slurm", file.toString(), "--shards", "3", "--out", cluster.toString(), "--jar",
                temp.resolve("dyad.jar").toString());
        assertEquals(2, result.exitCode());
        assertEquals("dyad: " + file + ":4:1: field 'horizn': unknown key; did you mean 'horizon'?",
                result.err().strip());
        CliTest.Result seeds = dyad("slurm", SMALL_FUTURES, "--shards", "3", "--out", cluster.toString(), "--jar",
                temp.resolve("dyad.jar").toString(), "--independent-seeds");
        assertEquals(2, seeds.exitCode());
        assertTrue(seeds.err().contains("--independent-seeds is for sweeps"), seeds.err());
        assertFalse(Files.exists(cluster));
    }

    @Test
    void aShardOfFuturesIsNotAlsoAWrittenFuture() {
        CliTest.Result both = dyad("futures", SMALL_FUTURES, "--shard", "1/2", "--write-future", "1", "--out",
                temp.resolve("cluster").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--shard runs part of the futures' runs and --write-future writes one"
                + " future: give one of them"), both.err());
        assertFalse(Files.exists(temp.resolve("cluster")));
    }

    @Test
    void aMissingShardOrOneOfAnotherAnalysisIsRefusedAndNothingIsWritten() throws IOException {
        Path file = sobol(temp);
        Path cluster = temp.resolve("cluster");
        Path frozen = cluster.resolve("shards/sensitivity.yaml");
        assertEquals(0, dyad("slurm", file.toString(), "--shards", "3", "--out", cluster.toString(), "--jar",
                temp.resolve("dyad.jar").toString()).exitCode());
        for (int k : new int[] {1, 3}) {
            assertEquals(0, dyad("sensitivity", frozen.toString(), "--shard", k + "/3", "--out", cluster.toString(),
                    "--threads", "1", "--quiet").exitCode());
        }
        CliTest.Result missing = dyad("merge", cluster.toString());
        assertEquals(2, missing.exitCode());
        assertEquals("dyad: field 'DIR': shard 2 of 3 in " + cluster.resolve("shards") + " is missing or unfinished:"
                + " run it (again) before merging", missing.err().strip());
        assertFalse(Files.exists(cluster.resolve("indices.csv")));

        // the same runs, but other outputs: the shard is refused before it runs
        Path other = temp.resolve("other.yaml");
        Files.writeString(other, Files.readString(file).replace(
                "outputs: [mean_index_2004_2007, russia_cooperation_share_2004_2007]", "outputs: [mean_index]"));
        CliTest.Result refused = dyad("sensitivity", other.toString(), "--shard", "2/3", "--out", cluster.toString(),
                "--threads", "1", "--quiet");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().strip().matches("dyad: field '--out': \\S+/shards/1 holds a shard of another"
                + " analysis \\(its sensitivity.yaml differs\\): choose another folder, or remove \\S+ to start the"
                + " shards afresh"), refused.err());
        assertFalse(Files.exists(cluster.resolve("shards/2")));

        // a shard whose analysis file was changed afterwards is refused by the merge
        assertEquals(0, dyad("sensitivity", frozen.toString(), "--shard", "2/3", "--out", cluster.toString(),
                "--threads", "1", "--quiet").exitCode());
        Path third = cluster.resolve("shards/3/sensitivity.yaml");
        Files.writeString(third, Files.readString(third).replace("bootstrap: 100", "bootstrap: 200"));
        CliTest.Result mixed = dyad("merge", cluster.toString());
        assertEquals(2, mixed.exitCode());
        assertEquals("dyad: field 'DIR': shards 1 and 3 in " + cluster.resolve("shards") + " belong to different"
                + " analyses (their sensitivity.yaml differs): run the odd one again with the same analysis file",
                mixed.err().strip());
        assertFalse(Files.exists(cluster.resolve("indices.csv")));
        assertFalse(Files.exists(cluster.resolve("runs.csv")));
    }

    @Test
    void aSensitivityFileWithAnUnknownKeyIsRefusedInOneLineBeforeAnythingIsWritten() throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, Files.readString(sobol(temp)).replace("bootstrap: 100", "bootstrapp: 100"));
        Path cluster = temp.resolve("cluster");
        CliTest.Result result = dyad("slurm", file.toString(), "--shards", "3", "--out", cluster.toString(), "--jar",
                temp.resolve("dyad.jar").toString());
        assertEquals(2, result.exitCode());
        assertEquals("dyad: " + file + ":5:1: field 'bootstrapp': unknown key; did you mean 'bootstrap'?",
                result.err().strip());
        assertFalse(Files.exists(cluster));
    }

    @Test
    void sequentialMonteCarloAndCalibrationSayWhyTheyStayOnOneNode() throws IOException {
        Path smc = region(temp, "sampling: smc");
        Path cluster = temp.resolve("cluster");
        CliTest.Result slurm = dyad("slurm", smc.toString(), "--shards", "3", "--out", cluster.toString(), "--jar",
                temp.resolve("dyad.jar").toString());
        assertEquals(2, slurm.exitCode());
        assertEquals(1, slurm.err().strip().lines().count(), slurm.err());
        assertTrue(slurm.err().startsWith("dyad: " + smc + ":10:11: field 'sampling': sequential Monte Carlo"
                + " (sampling: smc) runs in one process: each generation draws from the one before"), slurm.err());
        CliTest.Result shard = dyad("region", smc.toString(), "--shard", "1/3", "--out", cluster.toString());
        assertEquals(2, shard.exitCode());
        assertTrue(shard.err().contains("field '--shard': sequential Monte Carlo"), shard.err());
        assertFalse(Files.exists(cluster));

        CliTest.Result calibration = dyad("slurm", "scenarios/analysis/calibrate-baseline.yaml", "--shards", "3",
                "--out", cluster.toString(), "--jar", temp.resolve("dyad.jar").toString());
        assertEquals(2, calibration.exitCode());
        assertEquals(1, calibration.err().strip().lines().count(), calibration.err());
        assertTrue(calibration.err().contains("field 'targets': a calibration runs in one process: CMA-ES draws each"
                + " generation of candidates from the scores of the one before"), calibration.err());
        assertFalse(Files.exists(cluster));
    }
}
