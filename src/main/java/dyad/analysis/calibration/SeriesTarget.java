package dyad.analysis.calibration;

import dyad.scenario.BadInputException;
import dyad.scenario.DataFolders;
import dyad.scenario.FactSeries;
import dyad.scenario.Fields;
import dyad.scenario.Location;
import dyad.scenario.Scenario;
import dyad.scenario.Window;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An outside yearly series that a calibration fits through a {@link LinearLink}: a column of a CSV file, by the
 * year in another column, compared with the yearly mean of one of the model's series over the years both have.
 *
 * @param of      the model's series: the cooperation index or an agent's cooperation share, on the whole agenda or
 *                in one issue area, as a fact names it
 * @param weight  what the link's penalty counts for in the objective
 * @param years   the years used, those of the file that lie within the scenario's period, in order
 * @param values  the outside series in those years
 * @param heldOut the years held out of the fit to judge it on, or null when the link is fitted on every year
 */
public record SeriesTarget(String id, Path file, String yearColumn, String valueColumn, FactSeries of, double weight,
                           List<Integer> years, List<Double> values, ValidationWindow heldOut) {

    /** The fewest years a line can be fitted to and say anything. */
    static final int MIN_YEARS = 3;
    private static final long MAX_BYTES = 10_000_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

    public SeriesTarget {
        years = List.copyOf(years);
        values = List.copyOf(values);
    }

    /** The same series with {@code window}'s years held out of the fit. */
    public SeriesTarget holdingOut(ValidationWindow window) {
        return new SeriesTarget(id, file, yearColumn, valueColumn, of, weight, years, values, window);
    }

    /** The years the link is fitted on: all of them but those held out. */
    public List<Integer> fittingYears() {
        return years.stream().filter(year -> !isHeldOut(year)).toList();
    }

    /** The years held out of the fit, empty without a window. */
    public List<Integer> heldOutYears() {
        return years.stream().filter(this::isHeldOut).toList();
    }

    private boolean isHeldOut(int year) {
        return heldOut != null && heldOut.holds(year);
    }

    /** Of values by the target's years, those of the years the link is fitted on. */
    public double[] onFittingYears(double[] byYear) {
        return select(byYear, false);
    }

    /** Of values by the target's years, those of the years held out. */
    public double[] onHeldOutYears(double[] byYear) {
        return select(byYear, true);
    }

    private double[] select(double[] byYear, boolean held) {
        double[] selected = new double[byYear.length];
        int n = 0;
        for (int i = 0; i < byYear.length; i++) {
            if (isHeldOut(years.get(i)) == held) {
                selected[n++] = byYear[i];
            }
        }
        return java.util.Arrays.copyOf(selected, n);
    }

    /** The model's yearly means of the series over the target's years. */
    public double[] modelYears(dyad.check.RunPaths run) {
        double[] series = run.series(of);
        double[] means = new double[years.size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = Window.year(years.get(i)).mean(run.scenario(), series);
        }
        return means;
    }

    public double[] outside() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Reads one entry of {@code targets.series}.
     *
     * @param dataRoots the folders data files may be read from
     */
    static SeriesTarget load(Fields entry, String id, Scenario base, List<Path> dataRoots) {
        Path file = entry.file("file");
        checkReadable(entry, file, dataRoots);
        String yearColumn = entry.string("year", "year");
        String valueColumn = entry.string("value");
        FactSeries of = FactSeries.read(entry, "of", base.agents().stream().map(dyad.scenario.AgentSpec::id).toList(),
                base.areas().stream().map(dyad.scenario.IssueArea::id).toList());
        double weight = entry.number("weight", 1, 1e-6, 1e6);
        entry.rejectUnknownKeys();
        TreeMap<Integer, Double> read = read(file, yearColumn, valueColumn, entry);
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        read.forEach((year, value) -> {
            if (Window.year(year).within(base)) {
                years.add(year);
                values.add(value);
            }
        });
        if (years.size() < MIN_YEARS) {
            throw entry.error("file", years.size() + " year" + (years.size() == 1 ? "" : "s") + " of " + file
                    + " fall within the scenario's period " + base.start() + " to " + base.end() + ": a line needs at"
                    + " least " + MIN_YEARS);
        }
        return new SeriesTarget(id, file, yearColumn, valueColumn, of, weight, years, values, null);
    }

    /** Data files are read only from the folders of the calibration file and of its base scenario, or a granted one. */
    private static void checkReadable(Fields entry, Path file, List<Path> dataRoots) {
        List<Path> roots = new ArrayList<>(dataRoots);
        roots.addAll(DataFolders.granted());
        Path absolute = file.toAbsolutePath().normalize();
        if (roots.stream().map(root -> root.toAbsolutePath().normalize()).noneMatch(absolute::startsWith)) {
            throw entry.error("file", "data files must be inside the folder of the calibration file or of its base"
                    + " scenario (or a folder given with --data-folder), but " + file + " is not");
        }
        if (!Files.isRegularFile(file)) {
            throw entry.error("file", "data file not found: " + file);
        }
        try {
            Path real = file.toRealPath();
            boolean inside = false;
            for (Path root : roots) {
                inside |= Files.isDirectory(root) && real.startsWith(root.toRealPath());
            }
            if (!inside) {
                throw entry.error("file", file + " is a link to a file outside the folders data may be read from");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw entry.error("file", file + " is larger than " + MAX_BYTES / 1_000_000 + " MB");
            }
        } catch (IOException e) {
            throw entry.error("file", "data file cannot be read: " + file);
        }
    }

    /** The value column by year, each year once; empty cells are years without a value. */
    private static TreeMap<Integer, Double> read(Path file, String yearColumn, String valueColumn, Fields entry) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw entry.error("file", "data file cannot be read as UTF-8 text: " + file);
        }
        TreeMap<Integer, Double> byYear = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty()) {
                throw entry.error("file", file + " is empty: its first row must name the columns");
            }
            List<String> header = rows.get(0).toList();
            int yearAt = column(header, yearColumn, entry, "year", file);
            int valueAt = column(header, valueColumn, entry, "value", file);
            for (CSVRecord row : rows.subList(1, rows.size())) {
                int line = (int) row.getRecordNumber();
                if (row.size() != header.size()) {
                    throw new BadInputException(new Location(file, line, 1), "", "the row has " + row.size()
                            + " cells, the first row has " + header.size());
                }
                String yearCell = row.get(yearAt);
                String valueCell = row.get(valueAt);
                if (valueCell.isEmpty()) {
                    continue;
                }
                int year;
                double value;
                try {
                    year = Integer.parseInt(yearCell);
                } catch (NumberFormatException e) {
                    throw new BadInputException(new Location(file, line, yearAt + 1), yearColumn, "'"
                            + shown(yearCell) + "' is not a year");
                }
                try {
                    value = Double.parseDouble(valueCell);
                } catch (NumberFormatException e) {
                    throw new BadInputException(new Location(file, line, valueAt + 1), valueColumn, "'"
                            + shown(valueCell) + "' is not a number");
                }
                if (!Double.isFinite(value)) {
                    throw new BadInputException(new Location(file, line, valueAt + 1), valueColumn, "'"
                            + shown(valueCell) + "' is not a finite number");
                }
                if (byYear.put(year, value) != null) {
                    throw new BadInputException(new Location(file, line, yearAt + 1), yearColumn, "year " + year
                            + " has a second row");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw entry.error("file", file + " is not a CSV file");
        }
        return byYear;
    }

    private static int column(List<String> header, String name, Fields entry, String key, Path file) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw entry.error(key, "no column '" + name + "' in " + file + Fields.didYouMean(name, header)
                    + "; its columns are " + String.join(", ", header.subList(0, Math.min(header.size(), 20))));
        }
        return at;
    }

    private static String shown(String cell) {
        return cell.length() <= 20 ? cell : cell.substring(0, 20) + "…";
    }
}
