package dyad.analysis.calibration;

import dyad.batch.CsvTable;
import dyad.batch.SweepParameter;
import dyad.scenario.FactSpec;
import dyad.scenario.Language;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import dyad.scenario.YamlValue;
import dyad.scenario.YamlWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables and the fitted scenario that a calibration writes. */
public final class CalibrationOutputs {

    public static final String FITTED = "fitted.csv";
    public static final String TRACE = "trace.csv";
    public static final String TARGETS = "targets.csv";

    private CalibrationOutputs() {
    }

    /** The fitted scenario's file name. */
    public static String fittedScenarioFile(CalibrationFile file) {
        return file.sweep().name() + "-fitted.yaml";
    }

    /** {@code fitted.csv}: each parameter's base and fitted value and its bounds. */
    public static void writeFitted(Calibration calibration, Path dir) throws IOException {
        try (CsvTable table = CsvTable.create(dir.resolve(FITTED), List.of("parameter", "base", "fitted", "min",
                "max"))) {
            List<SweepParameter> parameters = calibration.file().sweep().parameters();
            for (int i = 0; i < parameters.size(); i++) {
                SweepParameter parameter = parameters.get(i);
                table.row(List.of(parameter.path(), CsvTable.number(parameter.base()),
                        CsvTable.number(calibration.fitted().values()[i]), CsvTable.number(parameter.min()),
                        CsvTable.number(parameter.max())));
            }
        }
    }

    /** The trace's columns for the terms of the objective: {@code fact_<id>} and {@code series_<id>}. */
    public static List<String> termColumns(CalibrationFile file) {
        List<String> columns = new ArrayList<>();
        file.facts().forEach(fact -> columns.add("fact_" + fact.id()));
        file.series().forEach(series -> columns.add("series_" + series.id()));
        return columns;
    }

    /**
     * {@code trace.csv}: one row per evaluation (0 is the base scenario's values), with the objective, the best
     * so far, whether the scenario refused the candidate, each term and each parameter's value.
     */
    public static void writeTrace(Calibration calibration, Path dir) throws IOException {
        CalibrationFile file = calibration.file();
        List<String> header = new ArrayList<>(List.of("evaluation", "objective", "best_objective", "refused"));
        header.addAll(termColumns(file));
        header.addAll(file.parameterPaths());
        double[] best = calibration.bestSoFar();
        try (CsvTable table = CsvTable.create(dir.resolve(TRACE), header)) {
            for (int e = 0; e <= calibration.trace().size(); e++) {
                Objective.Score score = e == 0 ? calibration.base() : calibration.trace().get(e - 1);
                List<String> row = new ArrayList<>(List.of(Integer.toString(e), CsvTable.number(score.total()),
                        CsvTable.number(best[e]), Boolean.toString(score.refused())));
                for (double term : score.factTerms()) {
                    row.add(CsvTable.number(term));
                }
                for (double term : score.seriesTerms()) {
                    row.add(CsvTable.number(term));
                }
                for (double value : score.values()) {
                    row.add(CsvTable.number(value));
                }
                table.row(row);
            }
        }
    }

    /**
     * {@code targets.csv}: each target under the base and the fitted values. A fact's measure is its least slack
     * (see dyad.check.FactSlack), with whether it passes and whether it passes by the margin; a series' measures
     * are its link's R² and slope.
     */
    public static void writeTargets(Calibration calibration, Path dir) throws IOException {
        CalibrationFile file = calibration.file();
        try (CsvTable table = CsvTable.create(dir.resolve(TARGETS), List.of("target", "kind", "measure", "base",
                "fitted", "base_passes", "fitted_passes", "base_passes_with_margin", "fitted_passes_with_margin"))) {
            table.row(List.of("objective", "total", "objective", CsvTable.number(calibration.base().total()),
                    CsvTable.number(calibration.fitted().total()), "", "", "", ""));
            for (int f = 0; f < file.facts().size(); f++) {
                FactSpec fact = file.facts().get(f);
                table.row(List.of(fact.id(), "fact", "least_slack",
                        CsvTable.number(leastSlack(calibration.base(), fact)),
                        CsvTable.number(leastSlack(calibration.fitted(), fact)),
                        Boolean.toString(calibration.baseHolds().get(f)),
                        Boolean.toString(calibration.fittedHolds().get(f)),
                        Boolean.toString(calibration.base().factTerms()[f] == 0),
                        Boolean.toString(calibration.fitted().factTerms()[f] == 0)));
            }
            for (int s = 0; s < file.series().size(); s++) {
                String id = file.series().get(s).id();
                LinearLink base = linkOf(calibration.base(), s);
                LinearLink fitted = linkOf(calibration.fitted(), s);
                table.row(List.of(id, "series", "r2", CsvTable.number(base == null ? Double.NaN : base.r2()),
                        CsvTable.number(fitted == null ? Double.NaN : fitted.r2()), "", "", "", ""));
                table.row(List.of(id, "series", "slope", CsvTable.number(base == null ? Double.NaN : base.slope()),
                        CsvTable.number(fitted == null ? Double.NaN : fitted.slope()), "", "", "", ""));
            }
        }
    }

    /** The fact's least slack on the score, NaN if the candidate was refused. */
    public static double leastSlack(Objective.Score score, FactSpec fact) {
        List<Double> slacks = score.slacks().get(fact.id());
        return slacks == null ? Double.NaN : slacks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public static LinearLink linkOf(Objective.Score score, int series) {
        return score.refused() ? null : score.links().get(series);
    }

    /**
     * {@code <name>-fitted.yaml}: a scenario that {@code extends} the base scenario by a path relative to
     * {@code finalDir} (where the file ends up) and sets exactly the fitted parameters, written so that each
     * value reads back as the same double.
     */
    public static void writeFittedScenario(Calibration calibration, Scenario base, Path staging, Path finalDir)
            throws IOException {
        CalibrationFile file = calibration.file();
        Location at = file.source().location();
        Path from = finalDir.toAbsolutePath().normalize();
        String extendsPath = from.relativize(file.sweep().scenarioFile().toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("extends", scalar(extendsPath, "str", at));
        nested.put("name", scalar(file.sweep().name() + "-fitted", "str", at));
        Map<String, Object> title = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            title.put(language.tag(), scalar(Texts.of(language).get("calibrate.fitted.title",
                    base.title().in(language)), "str", at));
        }
        nested.put("title", title);
        List<String> paths = file.parameterPaths();
        for (int i = 0; i < paths.size(); i++) {
            put(nested, paths.get(i), scalar(BigDecimal.valueOf(calibration.fitted().values()[i]).toPlainString(),
                    "float", at));
        }
        String comment = "Written by dyad calibrate " + file.sweep().name() + ": " + base.name() + " with the "
                + paths.size() + " values fitted to its targets (objective " + CsvTable.number(calibration.base()
                .total()) + " as given, " + CsvTable.number(calibration.fitted().total()) + " fitted); see fitted.csv.";
        Files.writeString(staging.resolve(fittedScenarioFile(file)), YamlWriter.write(mapping(nested, at), comment),
                StandardCharsets.UTF_8);
    }

    private static YamlValue.Scalar scalar(String text, String tag, Location at) {
        return new YamlValue.Scalar(text, tag, at);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> nested, String path, YamlValue.Scalar value) {
        String[] steps = path.split("\\.");
        Map<String, Object> level = nested;
        for (int s = 0; s < steps.length - 1; s++) {
            level = (Map<String, Object>) level.computeIfAbsent(steps[s], key -> new LinkedHashMap<String, Object>());
        }
        level.put(steps[steps.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static YamlValue.Mapping mapping(Map<String, Object> nested, Location at) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        nested.forEach((key, value) -> {
            entries.put(key, value instanceof YamlValue.Scalar scalar ? scalar
                    : mapping((Map<String, Object>) value, at));
            keys.put(key, at);
        });
        return new YamlValue.Mapping(entries, keys, at);
    }
}
