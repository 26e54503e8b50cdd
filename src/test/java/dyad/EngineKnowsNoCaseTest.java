package dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dyad.scenario.Scenario;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine is generic: the cases live in scenario files. No Java source of the product names an agent of
 * a bundled scenario, and no code (comments aside, which may cite the paper) holds a calendar year.
 */
class EngineKnowsNoCaseTest {

    static final Path MAIN = Path.of("src/main/java");
    /** A month written as a date, "YYYY-MM". */
    static final Pattern DATE = Pattern.compile("\\b(1[89]|20)\\d\\d-[01]\\d\\b");
    static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    static List<Scenario> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("sweeps")
                            && !f.startsWith(Path.of("scenarios", "analysis"))
                            && !f.startsWith(Path.of("scenarios", "futures"))).sorted()
                    .map(ScenarioLoader::load).toList();
        }
    }

    static Set<String> bundledAgentIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        bundledScenarios().forEach(scenario -> scenario.agents().forEach(agent -> ids.add(agent.id())));
        return ids;
    }

    /** The calendar years of the bundled scenarios' periods, standing alone in code, or any month as a date. */
    static Pattern caseYears() throws IOException {
        Set<String> years = new TreeSet<>();
        for (Scenario scenario : bundledScenarios()) {
            for (int year = scenario.start().getYear(); year <= scenario.end().getYear(); year++) {
                years.add(String.valueOf(year));
            }
        }
        return Pattern.compile("(?<![\\w.])(" + String.join("|", years) + ")(?![\\w.])|" + DATE.pattern());
    }

    @Test
    void noSourceNamesAnAgentOfABundledScenario() throws IOException {
        Set<String> ids = bundledAgentIds();
        assertFalse(ids.isEmpty());
        Pattern named = Pattern.compile("\\b(" + String.join("|", ids) + ")\\b");
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = named.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(source + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), found, "agent ids of bundled scenarios belong in scenario files");
    }

    @Test
    void noCodeHoldsACalendarYear() throws IOException {
        Pattern year = caseYears();
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String code = COMMENT.matcher(Files.readString(source, StandardCharsets.UTF_8))
                    .replaceAll(comment -> "\n".repeat((int) comment.group().chars().filter(c -> c == '\n').count()));
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = year.matcher(lines[i]);
                while (matcher.find()) {
                    found.add(source + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), found, "windows, thresholds and dates of a case belong in scenario files");
    }

    @Test
    void theScanWouldSeeACaseInCode() throws IOException {
        assertFalse(caseYears().matcher("Window.of(\"1850-01\", \"1851-12\")").results().toList().isEmpty());
        assertFalse(caseYears().matcher("int first = 1992;").results().toList().isEmpty());
        assertFalse(caseYears().matcher("Window.year(2007)").results().toList().isEmpty());
        assertEquals("int x = 1; ", COMMENT.matcher("int x = 1; // since 1992").replaceAll(""));
    }
}
