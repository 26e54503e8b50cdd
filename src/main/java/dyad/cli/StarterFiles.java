package dyad.cli;

import dyad.scenario.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code dyad new} writes, from the templates in {@code dyad/new/<language>/}: the scenario, its
 * example data series and the data folder's README, a sweep file and a sensitivity file. Placeholders are
 * written {@code {{key}}}.
 */
final class StarterFiles {

    static final String DATA_FILE = "economic-ties.csv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    /** The example series rises by this much a year from 100, so that the linked perception visibly grows. */
    private static final int YEARLY_RISE = 2;

    private StarterFiles() {
    }

    /** Every file to write, by its path, in the order written. */
    static Map<Path, String> render(StarterCase starter, Language language) {
        String folder = "dyad/new/" + language.tag() + "/";
        String first = starter.agents().get(0);
        String second = starter.agents().get(1);
        YearMonth driver = starter.start().plusMonths(starter.months() / 2);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("file", starter.file().getFileName().toString());
        values.put("stem", starter.stem());
        values.put("name", starter.stem());
        values.put("title", String.join("–", starter.agents().stream().map(StarterCase::nameOf).toList()) + " "
                + starter.start().getYear() + "–" + starter.end().getYear());
        values.put("start", starter.start().toString());
        values.put("end", starter.end().toString());
        values.put("first_year", String.valueOf(starter.start().getYear()));
        values.put("driver_date", driver.toString());
        values.put("before_end", driver.minusMonths(1).toString());
        values.put("marker_date", starter.start().plusMonths(starter.months() * 3L / 4).toString());
        values.put("whole_first", String.valueOf(starter.firstWholeYear()));
        values.put("whole_last", String.valueOf(starter.lastWholeYear()));
        values.put("first", first);
        values.put("second", second);
        values.put("first_name", StarterCase.nameOf(first));
        values.put("second_name", StarterCase.nameOf(second));
        StringBuilder agents = new StringBuilder();
        StringBuilder effects = new StringBuilder();
        for (String id : starter.agents()) {
            Map<String, String> agent = Map.of("id", id, "name", StarterCase.nameOf(id), "first_year",
                    values.get("first_year"));
            agents.append(fill(template(folder + "agent.yaml"), agent));
            if (id.equals(first)) {
                agents.append(fill(template(folder + "link.yaml"), agent));
            }
            effects.append(fill(template(folder + "effect.yaml"), agent));
        }
        values.put("agents", agents.toString().stripTrailing());
        values.put("driver_effects", effects.toString().stripTrailing());

        Path scenario = starter.file();
        Path beside = scenario.toAbsolutePath().getParent();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(scenario, fill(template(folder + "scenario.yaml"), values));
        files.put(beside.resolve("data").resolve(DATA_FILE), exampleSeries(starter));
        files.put(beside.resolve("data").resolve("README.md"), fill(template(folder + "data-README.md"), values));
        files.put(beside.resolve(starter.stem() + "-sweep.yaml"), fill(template(folder + "sweep.yaml"), values));
        files.put(beside.resolve(starter.stem() + "-sensitivity.yaml"), fill(template(folder + "sensitivity.yaml"),
                values));
        return files;
    }

    /** Example numbers, one a year: an index from 100 that rises steadily. */
    private static String exampleSeries(StarterCase starter) {
        StringBuilder csv = new StringBuilder("date,ties_index\n");
        for (int year = starter.start().getYear(); year <= starter.end().getYear(); year++) {
            csv.append(year).append(',').append(100 + YEARLY_RISE * (year - starter.start().getYear())).append('\n');
        }
        return csv.toString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template placeholder without a value: " + matcher.group());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String template(String resource) {
        try (InputStream in = StarterFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths as the user gave the scenario's: relative to where they gave it from, for messages. */
    static List<String> shown(Map<Path, String> files) {
        Path base = Path.of("").toAbsolutePath();
        return files.keySet().stream().map(path -> {
            Path absolute = path.toAbsolutePath().normalize();
            return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
        }).toList();
    }
}
