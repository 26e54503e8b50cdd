package dyad.batch;

import dyad.scenario.ResolvedScenario;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep as run, in two files of its results folder: {@code sweep.yaml}, the sweep file as written but with
 * its base scenario pointing at the {@code scenario.yaml} beside it, and {@code scenario.yaml}, that base
 * scenario resolved (see {@link ResolvedScenario}). Sweeping {@code sweep.yaml} gives the same runs, even
 * when the original files have changed or are gone.
 *
 * @param sweepFile    the resolved sweep file written
 * @param scenarioFile the resolved base scenario written
 */
public record ResolvedSweep(Path sweepFile, Path scenarioFile) {

    /** The name of the resolved sweep in a results folder. */
    public static final String FILE = "sweep.yaml";

    /** Writes {@code sweep.yaml} and {@code scenario.yaml} into {@code dir}, which must exist. */
    public static ResolvedSweep write(SweepSpec spec, Path dir) throws IOException {
        Path scenarioFile = dir.resolve(ResolvedScenario.FILE);
        Path sweepFile = dir.resolve(FILE);
        ResolvedScenario.of(spec.scenarioFile()).write(scenarioFile);
        List<Path> choiceFiles = choiceFiles(spec);
        List<String> names = choiceFileNames(spec);
        for (int i = 0; i < choiceFiles.size(); i++) {
            if (!names.get(i).equals(ResolvedScenario.FILE)) {
                ResolvedScenario.of(choiceFiles.get(i)).write(dir.resolve(names.get(i)));
            }
        }
        Files.writeString(sweepFile, text(spec, ResolvedScenario.FILE), StandardCharsets.UTF_8);
        return new ResolvedSweep(sweepFile, scenarioFile);
    }

    /** The files of the sweep's choice of scenarios, if it has one. */
    public static List<Path> choiceFiles(SweepSpec spec) {
        return spec.parameters().stream().filter(SweepParameter::isChoice)
                .flatMap(parameter -> parameter.choice().files().stream()).toList();
    }

    /**
     * What the results folder calls each file of the sweep's choice of scenarios, resolved beside the base:
     * {@code scenario-<its name>.yaml}, or the base's own {@code scenario.yaml} for the base scenario's file.
     */
    public static List<String> choiceFileNames(SweepSpec spec) {
        List<String> names = new java.util.ArrayList<>();
        for (SweepParameter parameter : spec.parameters()) {
            if (parameter.isChoice() && parameter.choice().event() == null) {
                SweepChoice choice = parameter.choice();
                for (int level = 0; level < choice.size(); level++) {
                    names.add(choice.files().get(level).equals(spec.scenarioFile().normalize())
                            ? ResolvedScenario.FILE : "scenario-" + choice.words().get(level) + ".yaml");
                }
            }
        }
        return names;
    }

    /**
     * The text of the sweep file with {@code scenario} set to {@code scenarioFileName}, a file beside it, and
     * its seed and replications written as they were read; everything else as written.
     */
    public static String text(SweepSpec spec, String scenarioFileName) {
        YamlValue.Mapping tree = spec.source();
        YamlValue.Mapping resolved = tree
                .with("scenario", new YamlValue.Scalar(scenarioFileName, "str", tree.location()))
                .with("seed", new YamlValue.Scalar(Long.toString(spec.seed()), "int", tree.location()))
                .with("replications", new YamlValue.Scalar(Integer.toString(spec.replications()), "int",
                        tree.location()));
        List<String> choiceFiles = choiceFileNames(spec);
        if (!choiceFiles.isEmpty()) {
            // the choice's files, resolved beside the base scenario
            YamlValue.Mapping parameters = (YamlValue.Mapping) resolved.entries().get("parameters");
            YamlValue.Mapping choice = (YamlValue.Mapping) parameters.entries().get(SweepChoice.SCENARIO);
            List<YamlValue> items = choiceFiles.stream().<YamlValue>map(name -> new YamlValue.Scalar(name, "str",
                    choice.location())).toList();
            resolved = resolved.with("parameters", parameters.with(SweepChoice.SCENARIO, choice.with("files",
                    new YamlValue.Sequence(items, choice.location()))));
        }
        return YamlWriter.write(resolved, "Sweep " + spec.name() + " as run; its base scenario, with everything it"
                + " extends and reads, is " + scenarioFileName + ". dyad sweep this file to reproduce the results.");
    }
}
