package dyad.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How this Dyad was started, so that a command it prints for the user to run can be pasted as it is. */
final class Invocation {

    private static final String SHORT = "dyad ";

    private Invocation() {
    }

    /** The jar this Dyad runs from, if it runs from one. */
    static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Invocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                return Optional.of(location);
            }
        } catch (URISyntaxException | SecurityException e) {
            // not from a file: the short form below
        }
        return Optional.empty();
    }

    /**
     * A command written the short way, "dyad sweep FILE …", as the user can run it: "java -jar target/dyad.jar
     * sweep FILE …", with the jar's path relative to the working folder where it lies below it.
     */
    static String runnable(String command) {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty() || !command.startsWith(SHORT)) {
            return command;
        }
        Path here = Path.of("").toAbsolutePath();
        Path absolute = jar.get().toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        return "java -jar " + SlurmCommand.quoted(shown.toString().replace('\\', '/')) + " "
                + command.substring(SHORT.length());
    }
}
