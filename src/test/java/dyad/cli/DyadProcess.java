package dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Dyad's command line in a child JVM, so that a test can kill it, stop it at a failpoint or race two. */
final class DyadProcess {

    private final Process process;
    private final Path log;

    private DyadProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code dyad args…}; with a failpoint, the process stops there (or fails, for "NAME:fail"). */
    static DyadProcess start(Path log, String failpoint, String... args) throws IOException {
        return start(List.of(), log, failpoint, args);
    }

    /** Starts {@code dyad args…} as above, in a JVM with these options (such as {@code -Djava.io.tmpdir=…}). */
    static DyadProcess start(List<String> jvmOptions, Path log, String failpoint, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        if (failpoint != null) {
            command.add("-Ddyad.failpoint=" + failpoint);
        }
        command.add(DyadCommand.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DyadProcess(process, log);
    }

    /** Runs {@code dyad args…} to its end. */
    static DyadProcess run(Path log, String... args) throws IOException, InterruptedException {
        DyadProcess dyad = start(log, null, args);
        dyad.awaitExit();
        return dyad;
    }

    /** Waits until the process reports that it reached its failpoint. */
    DyadProcess awaitFailpoint(String name) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!output().contains("dyad failpoint " + name)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("never reached failpoint " + name + ": " + output());
            }
            Thread.sleep(10);
        }
        return this;
    }

    /** "kill" for kill -9, "term" for SIGTERM. */
    void stop(String signal) throws InterruptedException {
        if (signal.equals("kill")) {
            killHard();
        } else {
            terminate();
        }
    }

    void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as Ctrl-C or a scheduler's stop would send. */
    void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("dyad did not finish in two minutes");
        }
        return process.exitValue();
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
