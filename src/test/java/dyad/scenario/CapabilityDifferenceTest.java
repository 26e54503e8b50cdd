package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A counterfactual that sets a capability to a constant says so, and names the series it replaces. */
class CapabilityDifferenceTest {

    private static final Path CASE = Path.of("src/test/resources/scenarios/neighbours");

    @Test
    void aConstantInsteadOfASeriesIsDescribedAsSuch() {
        Scenario base = ScenarioLoader.load(CASE.resolve("neighbours-2006-2015.yaml"));
        Scenario steady = ScenarioLoader.load(CASE.resolve("neighbours-steady-china.yaml"));
        List<String> en = ScenarioDifference.describe(base, steady, Texts.of(Language.EN));
        List<String> zh = ScenarioDifference.describe(base, steady, Texts.of(Language.ZH_TW));
        assertTrue(en.contains("China: capability set to a constant 1.2 instead of series china_capability"),
                en.toString());
        assertTrue(zh.contains("中國：經濟實力設為常數 1.2，而非序列 china_capability"), zh.toString());
        List<String> back = ScenarioDifference.describe(steady, base, Texts.of(Language.EN));
        assertTrue(back.contains("China: capability read from series china_capability instead of the constant 1.2"),
                back.toString());
    }

    @Test
    void aScenarioNamesTheWorkItReadsWithItsTranslations() {
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/us-russia-1992-2007.yaml"));
        Reference work = baseline.reference().orElseThrow();
        assertTrue(work.is("lee-assertive-diplomacy"));
        assertTrue(work.title().in(Language.ZH_TW).equals("俄羅斯強勢外交與美俄關係的未來發展"));
        assertTrue(work.shortCitation(Language.EN).equals("Yamin Lee (2007)"));
        assertTrue(ScenarioLoader.load(CASE.resolve("neighbours-2006-2015.yaml")).reference().isEmpty());
    }
}
