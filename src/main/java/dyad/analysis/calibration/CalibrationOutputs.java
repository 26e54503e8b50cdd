package dyad.analysis.calibration;

import dyad.batch.Column;
import dyad.batch.CsvTable;
import dyad.batch.TableSchema;
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
        TableSchema schema = TableSchema.of("one row per parameter: its base and fitted value and its bounds")
                .add(Column.PARAMETER).number("base", "the scenario's own value", null)
                .number("fitted", "the best value found", null).number("min", "the lower bound searched", null)
                .number("max", "the upper bound searched", null).build();
        try (CsvTable table = CsvTable.create(dir.resolve(FITTED), schema)) {
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
        return terms(file).stream().map(Column::name).toList();
    }

    /** The trace's columns of the terms of the objective. */
    private static List<Column> terms(CalibrationFile file) {
        List<Column> columns = new ArrayList<>();
        file.facts().forEach(fact -> columns.add(Column.number("fact_" + fact.id(), "fact " + fact.id() + "'s term"
                + " of the objective", null)));
        file.series().forEach(series -> columns.add(Column.number("series_" + series.id(), "series " + series.id()
                + "'s term of the objective", null)));
        return columns;
    }

    /**
     * {@code trace.csv}: one row per evaluation (0 is the base scenario's values), with the objective, the best
     * so far, whether the scenario refused the candidate, each term and each parameter's value.
     */
    public static void writeTrace(Calibration calibration, Path dir) throws IOException {
        CalibrationFile file = calibration.file();
        TableSchema.Builder schema = TableSchema.of("one row per evaluation of the objective (0 is the base"
                + " scenario's values)")
                .integer("evaluation", "evaluation number, from 0 (the scenario's own values)")
                .number("objective", "the objective (lower is better)", null)
                .number("best_objective", "the lowest objective so far", null)
                .bool("refused", "true where the scenario refused the candidate values");
        schema.addAll(terms(file));
        file.sweep().parameters().forEach(parameter -> schema.number(parameter.path(), "the value of "
                + parameter.path() + " evaluated", null));
        double[] best = calibration.bestSoFar();
        try (CsvTable table = CsvTable.create(dir.resolve(TRACE), schema.build())) {
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

    /** The columns of {@code targets.csv}. */
    static final TableSchema TARGETS_SCHEMA = TableSchema.of("one row per set of values (hand-set, fitted) and"
            + " target: the target's term of the objective and how well it is met")
            .text("set", "hand-set (the scenario's own values) or fitted")
            .text("target", "the fact's or series' id, or objective for the total")
            .text("kind", "fact, series or total").number("objective", "the target's term of the objective", null)
            .number("least_slack", "a fact's least slack: how far it is from failing", null)
            .bool("passes", "whether a fact passes").bool("passes_with_margin", "whether a fact passes by the margin")
            .text("fit_years", "the years a series' link is fitted on")
            .text("validate_years", "the years held out to validate a series' link")
            .number("slope", "the link's slope", null).number("intercept", "the link's intercept", null)
            .number("r2_fit", "R² of the link on the years fitted", null)
            .number("rmse_fit", "root mean square error on the years fitted", null)
            .number("r2_validate", "R² of the link on the years held out", null)
            .number("rmse_validate", "root mean square error on the years held out", null)
            .bool("validate_much_worse", "whether the fit on the years held out is much worse").build();
    /** The names of the columns of {@code targets.csv}. */
    public static final List<String> TARGET_COLUMNS = TARGETS_SCHEMA.header();

    /** The two sets of values a calibration reports: the scenario's own and the best found. */
    public enum ValueSet {
        HAND_SET("hand-set", "as given"),
        FITTED("fitted", "fitted");

        private final String column;
        private final String spoken;

        ValueSet(String column, String spoken) {
            this.column = column;
            this.spoken = spoken;
        }

        /** As {@code targets.csv}'s {@code set} column writes it. */
        public String column() {
            return column;
        }

        /** As the console says it. */
        public String spoken() {
            return spoken;
        }

        public Objective.Score of(Calibration calibration) {
            return this == HAND_SET ? calibration.base() : calibration.fitted();
        }

        List<Boolean> holds(Calibration calibration) {
            return this == HAND_SET ? calibration.baseHolds() : calibration.fittedHolds();
        }
    }

    /**
     * {@code targets.csv}: one row per set of values (hand-set, fitted) and target, the two sets of a target side
     * by side. Every row has the target's term of the objective (the total on the {@code objective} row). A fact
     * adds its least slack (see dyad.check.FactSlack), whether it passes and whether it passes by the margin; a
     * series adds the years its link is fitted on and those held out, the link's slope and intercept, its R² and
     * RMSE on the years fitted, the same of the link applied to the held-out years, and whether the held-out fit
     * is much worse ({@link LinearLink.HeldOut#muchWorseThan}). Cells that do not apply to a row are empty.
     */
    public static void writeTargets(Calibration calibration, Path dir) throws IOException {
        CalibrationFile file = calibration.file();
        try (CsvTable table = CsvTable.create(dir.resolve(TARGETS), TARGETS_SCHEMA)) {
            for (ValueSet set : ValueSet.values()) {
                table.row(row(set, "objective", "total", set.of(calibration).total(), List.of(), List.of()));
            }
            for (int f = 0; f < file.facts().size(); f++) {
                FactSpec fact = file.facts().get(f);
                for (ValueSet set : ValueSet.values()) {
                    Objective.Score score = set.of(calibration);
                    table.row(row(set, fact.id(), "fact", score.factTerms()[f], List.of(
                            CsvTable.number(leastSlack(score, fact)), Boolean.toString(set.holds(calibration).get(f)),
                            Boolean.toString(score.factTerms()[f] == 0)), List.of()));
                }
            }
            for (int s = 0; s < file.series().size(); s++) {
                SeriesTarget target = file.series().get(s);
                for (ValueSet set : ValueSet.values()) {
                    Objective.Score score = set.of(calibration);
                    LinearLink link = linkOf(score, s);
                    LinearLink.HeldOut heldOut = heldOutOf(score, s);
                    boolean validated = target.heldOut() != null;
                    table.row(row(set, target.id(), "series", score.seriesTerms()[s], List.of(), List.of(
                            ValidationWindow.ranges(target.fittingYears()),
                            ValidationWindow.ranges(target.heldOutYears()),
                            CsvTable.number(link == null ? Double.NaN : link.slope()),
                            CsvTable.number(link == null ? Double.NaN : link.intercept()),
                            CsvTable.number(link == null ? Double.NaN : link.r2()),
                            CsvTable.number(link == null ? Double.NaN : link.rmse()),
                            validated ? CsvTable.number(heldOut.r2()) : "",
                            validated ? CsvTable.number(heldOut.rmse()) : "",
                            validated && link != null ? Boolean.toString(heldOut.muchWorseThan(link)) : "")));
                }
            }
        }
    }

    /** A row of {@code targets.csv}: the fact's three cells and the series' nine, each empty when not given. */
    private static List<String> row(ValueSet set, String target, String kind, double term, List<String> fact,
                                    List<String> series) {
        List<String> row = new ArrayList<>(List.of(set.column(), target, kind, CsvTable.number(term)));
        row.addAll(fact.isEmpty() ? List.of("", "", "") : fact);
        row.addAll(series.isEmpty() ? java.util.Collections.nCopies(9, "") : series);
        return row;
    }

    /** The fact's least slack on the score, NaN if the candidate was refused. */
    public static double leastSlack(Objective.Score score, FactSpec fact) {
        List<Double> slacks = score.slacks().get(fact.id());
        return slacks == null ? Double.NaN : slacks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public static LinearLink linkOf(Objective.Score score, int series) {
        return score.refused() ? null : score.links().get(series);
    }

    /** The series' link applied to its held-out years; {@link LinearLink.HeldOut#NONE} if the candidate was refused. */
    public static LinearLink.HeldOut heldOutOf(Objective.Score score, int series) {
        return score.refused() ? LinearLink.HeldOut.NONE : score.heldOut().get(series);
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
