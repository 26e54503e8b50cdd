package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case other than the bundled one (two neighbours 2006-2015, no oil, no reference) speaks of its own facts in
 * its handout and scorecard, in the language asked for; the bundled case, which names its paper, keeps its
 * framing and the rules' claim ids.
 */
class CaseTextsTest {

    private static final String CASE = "src/test/resources/scenarios/neighbours/neighbours-2006-2015.yaml";
    private static final String STEADY = "src/test/resources/scenarios/neighbours/neighbours-steady-china.yaml";
    private static final Pattern CLAIM_ID = Pattern.compile("\\b[CRUI][0-9]{1,2}\\b|§");
    private static final Pattern SVG = Pattern.compile("(?s)<svg.*?</svg>|base64,[A-Za-z0-9+/=]+");

    @TempDir
    Path temp;

    /** The handout's own text, without its figures and its embedded font. */
    private String handout(Path dir, String... args) throws IOException {
        CliTest.Result result = CliTest.dyad(args);
        assertEquals(0, result.exitCode(), result.err());
        return SVG.matcher(Files.readString(dir.resolve("handout.html"), StandardCharsets.UTF_8)).replaceAll("");
    }

    @Test
    void aCaseWithoutAReferenceSpeaksOfItsOwnFactsAndNeverOfOil() throws IOException {
        Path dir = temp.resolve("en");
        String page = handout(dir, "report", CASE, "--replications", "4", "--out", dir.toString());
        assertFalse(CLAIM_ID.matcher(page).find(), "a claim id of the paper in " + page);
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("oil"), page);
        assertFalse(page.contains("paper"), page);
        assertTrue(page.contains("Does the replay show the facts the scenario states?"), page);
        assertTrue(page.contains("the island crisis brought the relationship to its lowest point"), page);
        assertTrue(page.contains("The leading power squeezes a reviving rival"), "each rule's documentation line");
    }

    @Test
    void inTraditionalChineseTheCaseShowsItsTranslatedClaimsReasonsAndSources() throws IOException {
        Path dir = temp.resolve("zh");
        String page = handout(dir, "report", STEADY, "--replications", "4", "--lang", "zh-TW", "--out", dir.toString());
        for (String absent : new String[] {"石油", "油價", "論文", "oil"}) {
            assertFalse(page.contains(absent), absent + " in " + page);
        }
        assertFalse(CLAIM_ID.matcher(page).find(), page);
        assertTrue(page.contains("重演是否呈現情境所述的事實？"), page);
        assertTrue(page.contains("釣魚臺危機使雙邊關係降到最低點"), "the zh-TW claim");
        assertTrue(page.contains("經濟實力未成長的中國在國有化之後較少抗爭"), "the zh-TW because");
        assertTrue(page.contains("2012 年 9 月日本政府購買三座島嶼"), "the zh-TW source");
        assertFalse(page.contains("a China that does not grow"), "the en because beside its translation");
    }

    @Test
    void theScorecardPrintsTheTranslatedReason() {
        CliTest.Result result = CliTest.dyad("check", STEADY, "--replications", "4", "--lang", "zh-TW");
        assertTrue(result.out().contains("情境所述的事實"), result.out());
        assertTrue(result.out().contains("經濟實力未成長的中國在國有化之後較少抗爭"), result.out());
    }

    @Test
    void theBundledCaseNamesItsPaperAndShowsTheRulesClaimIds() throws IOException {
        Path dir = temp.resolve("baseline");
        String page = handout(dir, "report", CliTest.BASELINE, "--replications", "4", "--out", dir.toString());
        assertTrue(page.contains("Does the replay tell the story of “The Future Development of Russia–U.S. Diplomatic"
                + " Relations”?"), page);
        assertTrue(page.contains("Reference: Yamin Lee (2007)"), page);
        assertTrue(page.contains("<td>C9, C10, C11</td>"), "the claim ids of the containment rule");
        assertTrue(page.contains("the oil price and capability set their strength"), page);
    }
}
