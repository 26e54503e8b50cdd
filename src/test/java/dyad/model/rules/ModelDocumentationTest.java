package dyad.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documentation says what the rule registry holds, so that the two cannot drift apart. */
class ModelDocumentationTest {

    private static final Path MODEL = Path.of("src/site/markdown/model.md");
    private static final Path FORMAT = Path.of("src/site/markdown/scenario-format.md");
    private static final String BEGIN = "<!-- rules table: generated from RuleSet.STANDARD, checked by"
            + " ModelDocumentationTest -->";
    private static final String END = "<!-- end of rules table -->";

    /** The rules table as the registry gives it. */
    static String table(RuleSet rules) {
        StringBuilder table = new StringBuilder("| rule | class | weight | range | claims | what it does |\n")
                .append("|---|---|---|---|---|---|\n");
        List<Rule> all = rules.rules();
        for (int r = 0; r < all.size(); r++) {
            Rule rule = all.get(r);
            table.append(String.format(Locale.ROOT, "| R%d | `rules/%s` | `weights.%s` | %s to %s | %s | %s |%n",
                    r + 1, rule.getClass().getSimpleName(), rule.key(), number(rule.minWeight()),
                    number(rule.maxWeight()), String.join(", ", rule.claims()), rule.documentation()));
        }
        return table.toString();
    }

    private static String number(double value) {
        String text = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return text.replace('-', '−');
    }

    private static String model() throws IOException {
        return Files.readString(MODEL);
    }

    @Test
    void theRulesTableIsTheRegistrys() throws IOException {
        String model = model();
        int begin = model.indexOf(BEGIN);
        int end = model.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "model.md has no rules table between " + BEGIN + " and " + END);
        String written = model.substring(begin + BEGIN.length() + 1, end);
        String expected = table(RuleSet.STANDARD);
        assertEquals(expected, written, "model.md's rules table differs from RuleSet.STANDARD; replace it with:\n"
                + expected);
    }

    @Test
    void theSumOfTermsListsTheWeightsInTheOrderOfTheRules() throws IOException {
        String model = model();
        int start = model.indexOf("L = + weights.");
        String sum = model.substring(start, model.indexOf("propensity = ", start));
        List<String> keys = new ArrayList<>();
        Matcher weight = Pattern.compile("weights\\.([a-z_]+)").matcher(sum);
        while (weight.find()) {
            keys.add(weight.group(1));
        }
        assertEquals(RuleSet.STANDARD.keys(), keys);
    }

    @Test
    void everyRuleHasItsSectionWithItsClassClaimsAndTerm() throws IOException {
        String model = model();
        for (Rule rule : RuleSet.STANDARD.rules()) {
            String classLine = "Class `rules/" + rule.getClass().getSimpleName() + "`. Claims: ";
            int at = model.indexOf(classLine);
            assertTrue(at >= 0, "no section for " + rule);
            String section = model.substring(at, model.indexOf("\n####", at));
            String claims = section.substring(0, section.indexOf("```"));
            for (String claim : rule.claims()) {
                assertTrue(claims.contains(claim), rule + ": claim " + claim + " not cited in: " + claims);
            }
            assertTrue(Pattern.compile("term = .*weights\\." + rule.key() + "\\b").matcher(section).find(),
                    rule + ": no term with weights." + rule.key());
        }
    }

    @Test
    void theScenarioFormatGivesEveryWeightWithItsRange() throws IOException {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `weights\\.([a-z_]+)` \\| ([^|]+) \\|")
                .matcher(Files.readString(FORMAT));
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        List<String> expected = RuleSet.STANDARD.rules().stream()
                .map(rule -> rule.key() + " " + number(rule.minWeight()) + " to " + number(rule.maxWeight())).toList();
        assertEquals(expected, rows);
    }

    @Test
    void theBaselineTableGivesEveryWeightOfEveryAgent() throws IOException {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `weights\\.([a-z_]+)` \\|").matcher(model());
        while (row.find()) {
            rows.add(row.group(1));
        }
        assertEquals(RuleSet.STANDARD.keys(), rows);
    }
}
