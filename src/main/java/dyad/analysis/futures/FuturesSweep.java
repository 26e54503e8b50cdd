package dyad.analysis.futures;

import dyad.scenario.Location;
import dyad.scenario.YamlValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A futures file as a sweep, so that its runs go through the sweep engine: each future under each lever
 * setting is a scenario file, a level of the sweep's scenario choice (futures slowest, then the event levers'
 * settings, then the parameter levers', which the file sets from the horizon's first month on). Each calendar
 * year of the horizon is a window whose mean index every run records. Every point runs with the base scenario's
 * seed, as the written future does, so that {@code dyad run} of a future replays the sweep's runs of it.
 */
public final class FuturesSweep {

    /** The folder, beside the sweep file, that holds the futures' scenario files. */
    public static final String FUTURES_FOLDER = "futures";

    private FuturesSweep() {
    }

    /**
     * Every lever setting in the grid's order: the event levers' settings slowest, then the parameter levers';
     * each setting names its levers in the file's order.
     */
    public static List<LeverSetting> settings(FuturesFile file) {
        List<Lever> eventLevers = file.levers().stream().filter(lever -> lever instanceof Lever.EventSwitch).toList();
        List<Lever> parameterLevers = file.levers().stream().filter(lever -> lever instanceof Lever.Parameter).toList();
        List<LeverSetting> all = new ArrayList<>();
        for (LeverSetting events : LeverSetting.all(eventLevers)) {
            for (LeverSetting parameters : LeverSetting.all(parameterLevers)) {
                Map<String, String> values = new LinkedHashMap<>();
                for (Lever lever : file.levers()) {
                    values.put(lever.name(), lever instanceof Lever.EventSwitch ? events.values().get(lever.name())
                            : parameters.values().get(lever.name()));
                }
                all.add(new LeverSetting(values));
            }
        }
        return all;
    }

    /**
     * Writes every future under every lever setting into {@code folder}/futures and the sweep that runs them
     * into {@code folder}/{@code sweepName}; the same file always gives the same bytes.
     *
     * @return the sweep file
     */
    public static Path write(FuturesFile file, Path folder, String sweepName) throws IOException {
        Path futures = folder.resolve(FUTURES_FOLDER);
        Files.createDirectories(futures);
        List<String> names = new ArrayList<>();
        dyad.scenario.ResolvedScenario base = FutureDrawing.base(file);
        for (int n = 1; n <= file.futures(); n++) {
            for (LeverSetting setting : settings(file)) {
                String name = FutureDrawing.draw(file, n, setting).name() + ".yaml";
                Files.writeString(futures.resolve(name), FutureDrawing.scenario(file, base, n, setting),
                        StandardCharsets.UTF_8);
                names.add(FUTURES_FOLDER + "/" + name);
            }
        }
        Path sweep = folder.resolve(sweepName);
        Files.writeString(sweep, dyad.scenario.YamlWriter.write(tree(file, names, file.source().location()),
                "The runs of futures file " + file.file().getFileName() + ", as a sweep of its futures and levers."),
                StandardCharsets.UTF_8);
        return sweep;
    }

    /** Writes the futures and their sweep into {@code folder}, as {@link #write} does, and reads the sweep. */
    public static dyad.batch.SweepSpec sweep(FuturesFile file, Path folder) throws IOException {
        return dyad.batch.SweepLoader.load(write(file, folder, file.name() + ".yaml"));
    }

    /** The sweep of {@code futureFiles} (paths relative to the sweep file, in the grid's order). */
    static YamlValue.Mapping tree(FuturesFile file, List<String> futureFiles, Location at) {
        Map<String, YamlValue> parameters = new LinkedHashMap<>();
        if (futureFiles.size() > 1) {
            List<YamlValue> files = futureFiles.stream().map(name -> (YamlValue) string(name, at)).toList();
            parameters.put("scenario", mapping(at, Map.of("files", new YamlValue.Sequence(files, at))));
        }
        Map<String, YamlValue> root = new LinkedHashMap<>();
        root.put("name", string(file.name(), at));
        root.put("scenario", string(futureFiles.get(0), at));
        root.put("design", string("grid", at));
        root.put("replications", new YamlValue.Scalar(Integer.toString(file.replications()), "int", at));
        root.put("seed", new YamlValue.Scalar(Long.toString(file.base().scenario().seed()), "int", at));
        root.put("parameters", mapping(at, parameters));
        Map<String, YamlValue> windows = new LinkedHashMap<>();
        for (int year = file.horizon().first().getYear(); year <= file.horizon().last().getYear(); year++) {
            java.time.YearMonth first = java.time.YearMonth.of(year, 1);
            java.time.YearMonth last = java.time.YearMonth.of(year, 12);
            first = first.isBefore(file.horizon().first()) ? file.horizon().first() : first;
            last = last.isAfter(file.horizon().last()) ? file.horizon().last() : last;
            Map<String, YamlValue> window = new LinkedHashMap<>(); // in this order, for the same bytes every time
            window.put("start", string(first.toString(), at));
            window.put("end", string(last.toString(), at));
            windows.put(yearWindow(year), mapping(at, window));
        }
        root.put("windows", mapping(at, windows));
        List<YamlValue> metrics = new java.util.ArrayList<>(List.of(string("mean_index", at), string("windows", at)));
        if (file.base().scenario().hasAreas()) {
            // each area's yearly index, which the fan's area panels and the states' area conditions read
            metrics.add(string("area_index", at));
        }
        root.put("metrics", new YamlValue.Sequence(metrics, at));
        return mapping(at, root);
    }

    /** The window of a calendar year of the horizon (its months in the horizon), whose mean index is recorded. */
    public static String yearWindow(int year) {
        return "year_" + year;
    }

    private static YamlValue.Mapping mapping(Location at, Map<String, YamlValue> entries) {
        return new YamlValue.Mapping(new LinkedHashMap<>(entries), Map.of(), at);
    }

    private static YamlValue.Scalar string(String text, Location at) {
        return new YamlValue.Scalar(text, "str", at);
    }
}
