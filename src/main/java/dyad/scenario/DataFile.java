package dyad.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        String outside = "data files must be inside " + shownFolder + " (the folder of the file that names them)"
                + (DataFolders.granted().isEmpty() ? "" : " or a folder given with --data-folder") + ", but '" + name
                + "'";
        List<Path> allowed = new ArrayList<>();
        allowed.add(folder.toAbsolutePath().normalize());
        allowed.addAll(DataFolders.granted());
        if (allowed.stream().noneMatch(file.toAbsolutePath().normalize()::startsWith)) {
            throw fields.error(key, outside + " is not (to read data from another folder, name it with"
                    + " --data-folder)");
        }
        if (!Files.exists(file)) {
            throw fields.error(key, "data file not found: " + file);
        }
        try {
            Path real = file.toRealPath();
            boolean inside = false;
            for (Path root : allowed) {
                inside |= Files.exists(root) && real.startsWith(root.toRealPath());
            }
            if (!inside) {
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
