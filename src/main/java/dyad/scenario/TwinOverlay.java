package dyad.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A twin file's own keys, without what it extends and without facts: what it changes in the scenario it
 * is laid over.
 *
 * @param file the twin file, or empty when the overlay was written inline (a scenario as run)
 */
record TwinOverlay(String name, YamlValue.Mapping overlay, List<Path> files) {

    static TwinOverlay read(Path file) {
        YamlValue.Mapping own = YamlReader.readMapping(file).without("extends").without("facts");
        return new TwinOverlay(new Fields(own, "").string("name"), own, List.of(file));
    }

    static TwinOverlay inline(YamlValue.Mapping written, String field) {
        YamlValue.Mapping own = written.without("extends").without("facts");
        return new TwinOverlay(Fields.of(own, field).string("name"), own, List.of());
    }
}
