package dyad.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Folders outside a scenario's own from which its series may read data files. Only the person running Dyad
 * names them (on the command line), never a scenario file, so that a scenario from someone else still cannot
 * make Dyad read other files.
 */
public final class DataFolders {

    private static volatile List<Path> granted = List.of();

    private DataFolders() {
    }

    /** Grants the folders for the rest of this process (they replace any granted before). */
    public static void grant(List<Path> folders) {
        granted = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
    }

    public static List<Path> granted() {
        return granted;
    }
}
