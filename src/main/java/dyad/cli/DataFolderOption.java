package dyad.cli;

import dyad.scenario.DataFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --data-folder DIR}: a folder besides the scenario's own from which its series may read data. */
final class DataFolderOption {

    @Option(names = "--data-folder", paramLabel = "DIR",
            description = "A folder from which scenarios may also read data files (repeatable; by default only the"
                    + " folder of the file that names a data file).")
    private List<Path> folders = new ArrayList<>();

    void grant() {
        DataFolders.grant(folders);
    }
}
