package dyad.bench;

import dyad.scenario.Fields;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's sweep files, in a folder of its own (by default {@value #DEFAULT_FOLDER}): ordinary Dyad sweep
 * files that name the scenario and the parameters varied, so that what the benchmark measures is data, not code.
 * The scenario of {@value #THROUGHPUT} is the benchmark's default scenario.
 */
final class BenchSweeps {

    static final String DEFAULT_FOLDER = "src/bench/sweeps";
    /** The sweep timed on 1 and 2 threads, against MASON's doLoop for as many runs. */
    static final String THROUGHPUT = "throughput.yaml";
    /** The smaller sweep whose peak memory is read. */
    static final String MEMORY_SMALL = "memory-small.yaml";
    /** The larger sweep whose peak memory is read, and compared with the smaller's. */
    static final String MEMORY_LARGE = "memory-large.yaml";
    /** The Sobol analysis whose wall time {@code --sobol} takes. */
    static final String SOBOL = "sobol.yaml";

    private final Path folder;

    BenchSweeps(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The scenario the throughput sweep names, resolved from its folder as a sweep does. */
    Path defaultScenario() {
        Path scenario = new Fields(YamlReader.readMapping(folder.resolve(THROUGHPUT)), "").file("scenario");
        Path here = Path.of("").toAbsolutePath();
        Path absolute = scenario.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : scenario;
    }

    /**
     * The sweep file {@code name} of the folder with its scenario replaced by {@code scenario}'s absolute path,
     * written to {@code scratch} under the same name, so that it runs the same from any folder.
     */
    Path writeFor(String name, Path scenario, Path scratch) throws IOException {
        YamlValue.Mapping sweep = YamlReader.readMapping(folder.resolve(name));
        YamlValue scenarioValue = sweep.entries().get("scenario");
        YamlValue.Mapping changed = sweep.with("scenario", new YamlValue.Scalar(
                scenario.toAbsolutePath().normalize().toString(), "str",
                scenarioValue != null ? scenarioValue.location() : sweep.location()));
        return Files.writeString(scratch.resolve(name),
                YamlWriter.write(changed, "dyad-bench: " + folder.resolve(name) + " on " + scenario));
    }
}
