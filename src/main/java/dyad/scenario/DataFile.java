package dyad.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a series may read its data: only a file inside the folder of the scenario file that names it (or a
 * folder below), after links and {@code ..} are followed, so that a scenario from someone else cannot make
 * Dyad read, and show parts of, any other file. Devices, pipes, folders and very large files are refused
 * before anything is read.
 */
final class DataFile {

    /** Far more than any monthly series needs, small enough to read whole. */
    static final long MAX_BYTES = 50_000_000;

    private DataFile() {
    }

    /** Refuses the file the key names unless it may be read. */
    static void check(Fields fields, String key) {
        Path file = fields.file(key);
        String name = fields.string(key);
        Path named = fields.value(key).location().file();
        Path folder = named.getParent() == null ? Path.of("") : named.getParent();
        String shownFolder = folder.toString().isEmpty() ? "." : folder.toString();
        String outside = "data files must be inside " + shownFolder + " (the folder of the file that names them), but '"
                + name + "'";
        if (!file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
            throw fields.error(key, outside + " is not");
        }
        if (!Files.exists(file)) {
            throw fields.error(key, "data file not found: " + file);
        }
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw fields.error(key, outside + " is a link to a file outside it");
            }
        } catch (IOException e) {
            throw fields.error(key, "data file cannot be read: " + file);
        }
        TextFile.refusal(file, MAX_BYTES).ifPresent(reason -> {
            throw fields.error(key, "data file " + file + " cannot be read: " + reason);
        });
    }
}
