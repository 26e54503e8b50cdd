package dyad.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The YAML files that come with Dyad, for tests that must hold for every one of them. */
public final class BundledFiles {

    private BundledFiles() {
    }

    /** Every scenario that loads: the baseline, the counterfactuals and the test scenarios (not the bad ones). */
    public static Stream<Path> scenarios() {
        return yaml(Path.of("scenarios"), Path.of("src/test/resources/scenarios"));
    }

    /** Every sweep that loads: the bundled sweeps and the test sweeps (not the bad ones). */
    public static Stream<Path> sweeps() {
        return yaml(Path.of("scenarios/sweeps"), Path.of("src/test/resources/sweeps"));
    }

    /** The .yaml files directly in these folders, in order. */
    private static Stream<Path> yaml(Path... folders) {
        return Stream.of(folders).flatMap(folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
