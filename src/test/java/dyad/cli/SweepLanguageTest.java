package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.Manifest;
import dyad.batch.SweepManifest;
import dyad.scenario.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's charts speak the language its command was given (--lang): the sweep records it in its manifest, and
 * chart, rerun and merge draw in it unless told otherwise.
 */
class SweepLanguageTest {

    static final String SWEEP = "src/test/resources/sweeps/lhs.yaml";
    static final String CHINESE_TITLE = "參數掃描中 2 個點的合作指數走勢";
    static final String ENGLISH_TITLE = "Cooperation index over time at 2 points of the sweep";

    @TempDir
    Path temp;

    @Test
    void aSweepInChineseIsChartedAndRerunInChinese() throws IOException {
        Path dir = temp.resolve("chinese");
        CliTest.Result sweep = dyad("sweep", SWEEP, "--out", dir.toString(), "--lang", "zh-TW", "--quiet");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertEquals(Language.ZH_TW, Manifest.language(SweepManifest.read(dir)));
        assertTrue(fan(dir).contains(CHINESE_TITLE), "drawn in Chinese");

        assertEquals(0, dyad("chart", dir.toString(), "--lang", "en").exitCode());
        assertTrue(fan(dir, "fan.en.svg").contains(ENGLISH_TITLE), "drawn in English beside the Chinese when asked");
        assertTrue(fan(dir).contains(CHINESE_TITLE), "the sweep's own charts kept");
        assertEquals(0, dyad("chart", dir.toString()).exitCode());
        assertTrue(fan(dir).contains(CHINESE_TITLE), "redrawn in the sweep's language");
        assertTrue(fan(dir, "fan.en.svg").contains(ENGLISH_TITLE), "and in the language added");

        Path again = temp.resolve("again");
        CliTest.Result rerun = dyad("rerun", dir.toString(), "--out", again.toString(), "--quiet");
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertTrue(fan(again).contains(CHINESE_TITLE), "rerun in the sweep's language");
        assertTrue(fan(again, "fan.en.svg").contains(ENGLISH_TITLE), "and in the language added");
    }

    @Test
    void shardsCarryTheLanguageToTheMergedCharts() throws IOException {
        Path dir = temp.resolve("sharded");
        for (String shard : new String[] {"1/2", "2/2"}) {
            CliTest.Result result = dyad("sweep", SWEEP, "--shard", shard, "--out", dir.toString(), "--lang", "zh-TW",
                    "--quiet");
            assertEquals(0, result.exitCode(), result.err());
        }
        CliTest.Result merge = dyad("merge", dir.toString(), "--threads", "1");
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(fan(dir).contains(CHINESE_TITLE), "merged charts in the shards' language");

        Path cluster = temp.resolve("cluster");
        CliTest.Result slurm = dyad("slurm", SWEEP, "--shards", "2", "--out", cluster.toString(), "--lang", "zh-TW",
                "--jar", temp.resolve("dyad.jar").toString());
        assertEquals(0, slurm.exitCode(), slurm.err());
        assertTrue(Files.readString(cluster.resolve("task.sh")).contains("OPTIONS=\"--lang zh-TW\""),
                "the shards are run in the language");
        CliTest.Result english = dyad("slurm", SWEEP, "--shards", "2", "--out", temp.resolve("english").toString(),
                "--jar", temp.resolve("dyad.jar").toString());
        assertEquals(0, english.exitCode(), english.err());
        assertFalse(Files.readString(temp.resolve("english/task.sh")).contains("--lang"));
    }

    @Test
    void anUnknownLanguageIsBadInput() {
        CliTest.Result result = dyad("sweep", SWEEP, "--out", temp.resolve("x").toString(), "--lang", "fr");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'fr' is not a language Dyad speaks; use one of en, zh-TW"), result.err());
        assertFalse(Files.exists(temp.resolve("x")));
        CliTest.Result chinese = dyad("sweep", SWEEP, "--out", temp.resolve("y").toString(), "--lang", "zh");
        assertEquals(2, chinese.exitCode());
        assertTrue(chinese.err().contains("did you mean 'zh-TW' (Traditional Chinese)?"), chinese.err());
    }

    @Test
    void aLanguageTagIsReadInAnyCase() {
        assertEquals(dyad.scenario.Language.ZH_TW, new LanguageOption.Tag().convert("zh-tw"));
        assertEquals(dyad.scenario.Language.EN, new LanguageOption.Tag().convert("EN"));
    }

    private static String fan(Path dir) throws IOException {
        return fan(dir, "fan.svg");
    }

    private static String fan(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
