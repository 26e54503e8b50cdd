package dyad.scenario;

import java.nio.file.Path;

/** Where a value stands in a scenario file: file and 1-based line and column. */
public record Location(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
