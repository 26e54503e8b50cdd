package dyad.bench;

import dyad.batch.ResultsFolder;
import dyad.cli.DyadCommand;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVMs for the benchmark, with the same Java as this one: {@code dyad} commands on the product's own
 * class path (target/dyad.jar, as a user runs it) and the benchmark's own classes on the benchmark's and the
 * product's.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -cp <dyad.jar> dyad.cli.DyadCommand}, to which a command and its arguments are added. */
    static List<String> dyadCommand() {
        return List.of(java(), "-cp", classPathOf(DyadCommand.class), DyadCommand.class.getName());
    }

    /** {@code java -cp <dyad-bench.jar>:<dyad.jar> CLASS}, to which arguments are added. */
    static List<String> benchCommand(Class<?> main) {
        String benchPath = classPathOf(main);
        String productPath = classPathOf(DyadCommand.class);
        String classPath = benchPath.equals(productPath) ? benchPath : benchPath + File.pathSeparator + productPath;
        return List.of(java(), "-cp", classPath, main.getName());
    }

    /** The command with JVM options inserted after {@code java}. */
    static List<String> withJvmOptions(List<String> command, String... options) {
        List<String> changed = new ArrayList<>(command);
        changed.addAll(1, List.of(options));
        return changed;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar or folder a class was loaded from, relative to the working folder if it lies below it. */
    private static String classPathOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path here = Path.of("").toAbsolutePath();
            return (location.startsWith(here) && !location.equals(here) ? here.relativize(location) : location)
                    .toString();
        } catch (URISyntaxException | RuntimeException e) {
            return System.getProperty("java.class.path");
        }
    }

    static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(log.toString()))).start();
    }

    /** The wall time of a child process and its peak resident memory (VmHWM), or 0 where /proc is lacking. */
    record Measured(double seconds, double peakMb) {
    }

    /** Runs a command to its end, timing it and polling its VmHWM every 10 ms; fails if it fails. */
    static Measured measure(List<String> command, Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = start(command, log);
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peakKb = 0;
        while (!process.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterKb(status));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        checkExit(process.exitValue(), command, log);
        return new Measured(seconds, peakKb / 1024.0);
    }

    /** The VmHWM line of a process's status, in kB; 0 once the process has ended. */
    static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the process has just ended
        }
        return 0;
    }

    static void checkExit(int exit, List<String> command, Path log) throws IOException {
        if (exit != 0) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + exit + ": "
                    + Files.readString(log));
        }
    }

    static void deleteQuietly(Path folder) {
        try {
            ResultsFolder.deleteTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
