package dyad.cli;

import dyad.batch.ResultsFolder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Child JVMs for the benchmark: the same Java and class path as this one. */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"));
    }

    static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(log.toString()))).start();
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
