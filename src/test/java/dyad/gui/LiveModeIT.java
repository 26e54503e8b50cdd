package dyad.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad gui} from the packaged jar: under a virtual display (Xvfb) it opens its windows, runs 60 months
 * and saves a screenshot of the chart window; without a display it says so in one line. Without Xvfb the
 * display test is skipped with the reason, unless {@code DYAD_REQUIRE_DISPLAY=1} (as in {@code .ci/run},
 * which installs it), where it fails.
 */
class LiveModeIT {

    /** The live line's colour (ChartStyle.MEAN), and the ghost's grey band (LiveIndexChart.GHOST_BAND) on white. */
    private static final int LIVE = 0x10233F;
    private static final int GHOST = 0xE1E1E1;

    @TempDir
    Path temp;

    private record Outcome(int exitCode, String output) {
    }

    private Outcome run(List<String> prefix, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"), "-jar", System.getProperty("dyad.jar")));
        command.addAll(List.of(args));
        Path log = temp.resolve("log.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail("dyad gui did not end: " + Files.readString(log));
        }
        return new Outcome(process.exitValue(), Files.readString(log));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        Outcome outcome = run(List.of(), Map.of(), "gui", "scenarios/us-russia-1992-2007.yaml");
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("needs a display"), outcome.output());
        assertFalse(outcome.output().contains("Exception"), outcome.output());
        assertEquals(1, outcome.output().strip().lines().count(), outcome.output());
    }

    @Test
    void theSnapshotShowsTheWindowWithTheChartDrawn() throws Exception {
        if (!onPath("xvfb-run")) {
            String reason = "xvfb-run is not installed (apt-get install -y --no-install-recommends xvfb xauth)";
            if ("1".equals(System.getenv("DYAD_REQUIRE_DISPLAY"))) {
                fail("DYAD_REQUIRE_DISPLAY=1 but " + reason);
            }
            Assumptions.abort(reason);
        }
        Path png = temp.resolve("live.png");
        Outcome outcome = run(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"), Map.of(), "gui",
                "scenarios/us-russia-1992-2007.yaml", "--steps", "60", "--snapshot", png.toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertFalse(outcome.output().contains("Exception"), outcome.output());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 450, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int live = 0;
        int ghost = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                live += rgb == LIVE ? 1 : 0;
                ghost += rgb == GHOST ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 50, "a real window, not a blank one: " + colours.size() + " colours");
        assertTrue(live > 200, "the live line is drawn: " + live + " pixels");
        assertTrue(ghost > 5000, "the baseline's grey band is drawn: " + ghost + " pixels");
        // the live line covers the 60 months run, about the first third of the time axis only
        int lastLive = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == LIVE) {
                    lastLive = Math.max(lastLive, x);
                }
            }
        }
        assertTrue(lastLive < image.getWidth() * 0.6, "the live line stops at month 60: " + lastLive);
    }
}
