package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dyad.scenario.Language;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that names figures: plain for a folder's one language, tagged for several and for a language added. */
class FiguresTest {

    private static final List<Language> BOTH = List.of(Language.EN, Language.ZH_TW);

    @Test
    void oneLanguageHasThePlainNamesAndSeveralAreEachTagged() {
        FigureOutput chinese = Figures.of(List.of(Language.ZH_TW), FigureFormat.all()).outputs().get(0);
        assertEquals("cooperation-index.png", chinese.fileName("cooperation-index", FigureFormat.PNG));
        List<FigureOutput> both = Figures.of(BOTH, EnumSet.of(FigureFormat.PDF)).outputs();
        assertEquals("why-energy.en.pdf", both.get(0).fileName("why-energy", FigureFormat.PDF));
        assertEquals("why-energy.zh-TW.pdf", both.get(1).fileName("why-energy", FigureFormat.PDF));
        assertEquals(Language.EN, both.get(0).language());
    }

    @Test
    void aLanguageAddedToAFolderIsTaggedAndItsOwnKeepsThePlainNames() {
        Figures english = Figures.in(Language.EN);
        Figures added = english.redrawn(List.of(Language.ZH_TW), null);
        assertEquals(List.of(true), added.outputs().stream().map(FigureOutput::tagged).toList());
        assertEquals(FigureFormat.all(), added.formats(), "in the folder's formats unless told");
        Figures both = english.redrawn(BOTH, EnumSet.of(FigureFormat.SVG));
        assertEquals(List.of(false, true), both.outputs().stream().map(FigureOutput::tagged).toList());

        Figures recorded = english.and(added);
        assertEquals(BOTH, recorded.languages());
        assertEquals(Language.EN, recorded.plainNames());
        assertEquals(recorded, recorded.and(english.redrawn(null, EnumSet.of(FigureFormat.PNG))));
        Figures tagged = Figures.of(BOTH, FigureFormat.all());
        assertEquals(List.of(true), tagged.redrawn(List.of(Language.EN), null).outputs().stream()
                .map(FigureOutput::tagged).toList(), "a folder of tagged names keeps them");
    }

    @Test
    void theManifestRecordsThemAndAnEarlierManifestMeansEveryFormatInItsLanguage() {
        Gson gson = new Gson();
        Figures added = Figures.in(Language.EN).and(Figures.of(List.of(Language.ZH_TW), EnumSet.of(FigureFormat.PNG)));
        JsonObject manifest = new JsonObject();
        manifest.add(Figures.KEY, gson.toJsonTree(added.toManifest()));
        assertEquals("{\"languages\":[\"en\",\"zh-TW\"],\"formats\":[\"png\",\"svg\",\"pdf\"],\"plain_names\":\"en\"}",
                gson.toJson(manifest.get(Figures.KEY)));
        assertEquals(added, Figures.of(manifest));

        JsonObject earlier = new JsonObject();
        earlier.addProperty("language", "zh-TW");
        assertEquals(Figures.in(Language.ZH_TW), Figures.of(earlier));
        assertEquals(Figures.in(Language.EN), Figures.of((JsonObject) null));
        assertNull(Figures.of(BOTH, FigureFormat.all()).toManifest().get("plain_names"));
    }

    @Test
    void aFigureIsFoundUnderAnyOfItsNames() {
        assertTrue(Figures.holds(List.of("why-energy.zh-TW.svg"), "why-energy"));
        assertTrue(Figures.holds(List.of("why-energy.pdf"), "why-energy"));
        assertFalse(Figures.holds(List.of("why-energy_economy.png", "why.png"), "why-energy"));
    }
}
