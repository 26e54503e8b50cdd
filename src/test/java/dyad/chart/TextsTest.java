package dyad.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The fixed texts of the figures exist in every language Dyad speaks, and the bundled font draws them all. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(texts("texts.properties").stringPropertyNames()),
                new TreeSet<>(texts("texts_zh_TW.properties").stringPropertyNames()));
    }

    @Test
    void theFontDrawsEveryChineseText() throws IOException {
        Properties chinese = texts("texts_zh_TW.properties");
        for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
            assertEquals("", ChartFonts.missingGlyphs(chinese.getProperty(key)), key);
        }
    }

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/dyad/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
