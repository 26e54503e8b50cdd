package dyad.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a page showed in the browser once loaded: the errors of its console, the images that did not load, and
 * which fonts drew the text of each element.
 *
 * @param url the page's address
 * @param consoleErrors {@code console.error} calls, uncaught exceptions and errors the browser logged (such as a
 *        file that failed to load), in the order they came
 * @param brokenImages images and SVG references that did not load
 * @param texts every element with text of its own, with the fonts that drew that text
 */
public record PageReport(String url, List<ConsoleError> consoleErrors, List<BrokenImage> brokenImages,
        List<ElementText> texts) {

    public PageReport {
        consoleErrors = List.copyOf(consoleErrors);
        brokenImages = List.copyOf(brokenImages);
        texts = List.copyOf(texts);
    }

    /**
     * A message of the console at level error.
     *
     * @param source where it came from: {@code console} ({@code console.error}), {@code exception} (uncaught) or
     *        the browser log's source ({@code network}, {@code security}, {@code javascript} ...)
     * @param text the message
     * @param url the script or resource it concerns, or empty
     */
    public record ConsoleError(String source, String text, String url) {
        @Override
        public String toString() {
            return source + ": " + text + (url.isEmpty() ? "" : " (" + url + ")");
        }
    }

    /**
     * An image that did not load.
     *
     * @param element the element, as {@code img}, {@code image} or {@code use}, with its id if it has one
     * @param href the address it names, as written
     */
    public record BrokenImage(String element, String href) {
        @Override
        public String toString() {
            return element + " " + href;
        }
    }

    /**
     * A font that drew some of an element's text, as the browser reports it.
     *
     * @param familyName the font's family as the font file names it, such as {@code DejaVu Sans}; for a web font
     *        too, whatever name the page's {@code @font-face} gives it
     * @param postScriptName the font's PostScript name
     * @param custom whether it is a web font of the page rather than a font of the system
     * @param glyphCount how many glyphs it drew
     */
    public record PlatformFont(String familyName, String postScriptName, boolean custom, int glyphCount) {
        /** Whether this font is one of the families, compared without case, by family or PostScript name. */
        public boolean isOneOf(Set<String> families) {
            String family = familyName.toLowerCase(Locale.ROOT);
            String postScript = postScriptName.toLowerCase(Locale.ROOT);
            return families.stream().map(name -> name.toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.equals(family) || name.equals(postScript));
        }

        @Override
        public String toString() {
            return familyName + (custom ? " (web font)" : "") + " x" + glyphCount;
        }
    }

    /**
     * The text of one element and the fonts that drew it.
     *
     * @param element where it is, as a CSS-like path such as {@code html > body > p:nth-of-type(2)}
     * @param text the element's own text (its text children, not its child elements')
     * @param fonts the fonts that drew it
     * @param characterFonts each distinct character beyond ASCII, in the order it first comes, with the fonts
     *        that drew it alone and whether any font had it
     */
    public record ElementText(String element, String text, List<PlatformFont> fonts,
            List<CharacterFonts> characterFonts) {
        public ElementText {
            fonts = List.copyOf(fonts);
            characterFonts = List.copyOf(characterFonts);
        }
    }

    /**
     * One character of a text and the fonts that drew it.
     *
     * @param character the character (a code point, as a string)
     * @param fonts the fonts that drew it, as the browser reports them; for a missing character, the font whose
     *        empty box stands for it
     * @param missing whether no font of the page or of the system has the character, so that it is drawn as an
     *        empty box (the same glyph as a code point that no font has)
     */
    public record CharacterFonts(String character, List<PlatformFont> fonts, boolean missing) {
        public CharacterFonts {
            fonts = List.copyOf(fonts);
        }
    }

    /**
     * Text drawn by a font outside the allowed families.
     *
     * @param element where it is
     * @param text the element's own text, or the one character concerned
     * @param fonts the fonts outside the allowed families that drew it
     */
    public record FallbackText(String element, String text, List<PlatformFont> fonts) {
        @Override
        public String toString() {
            return element + " \"" + text + "\" drawn with " + fonts;
        }
    }

    /**
     * The text drawn, even in part, by a font that is none of the families (compared without case, by family or
     * PostScript name, as the font files name them), one entry per element. A character that no font has does
     * not show here, as the browser names the font whose empty box it draws: see {@link #missingGlyphs}.
     */
    public List<FallbackText> fallbackText(Set<String> allowedFamilies) {
        List<FallbackText> fallback = new ArrayList<>();
        for (ElementText text : texts) {
            List<PlatformFont> others = text.fonts().stream().filter(font -> !font.isOneOf(allowedFamilies)).toList();
            if (!others.isEmpty()) {
                fallback.add(new FallbackText(text.element(), text.text(), others));
            }
        }
        return fallback;
    }

    /**
     * Each character of a CJK script (Han, Hiragana, Katakana, Hangul, Bopomofo and their punctuation) that is
     * missing or drawn by a font that is none of the families, one entry per character and element. With the
     * page's web font as the only family, this finds every such character that the web font lacks, whatever fonts
     * the system has: one that a system font has (a reader without it sees a box), and one that none has.
     */
    public List<FallbackText> fallbackCjk(Set<String> allowedFamilies) {
        List<FallbackText> fallback = new ArrayList<>();
        for (ElementText text : texts) {
            for (CharacterFonts character : text.characterFonts()) {
                if (cjk(character.character().codePointAt(0))) {
                    List<PlatformFont> others = character.missing() ? character.fonts()
                            : character.fonts().stream().filter(font -> !font.isOneOf(allowedFamilies)).toList();
                    if (!others.isEmpty()) {
                        fallback.add(new FallbackText(text.element(), character.character(), others));
                    }
                }
            }
        }
        return fallback;
    }

    /**
     * Each character beyond ASCII that no font of the page or of the system has, drawn as an empty box, one entry
     * per character and element, with the font whose box stands for it.
     */
    public List<FallbackText> missingGlyphs() {
        List<FallbackText> missing = new ArrayList<>();
        for (ElementText text : texts) {
            for (CharacterFonts character : text.characterFonts()) {
                if (character.missing()) {
                    missing.add(new FallbackText(text.element(), character.character(), character.fonts()));
                }
            }
        }
        return missing;
    }

    static boolean cjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    /** Whether the page loaded cleanly: no console error and no broken image. */
    public boolean clean() {
        return consoleErrors.isEmpty() && brokenImages.isEmpty();
    }

    @Override
    public String toString() {
        return url + ": console errors " + consoleErrors + ", broken images " + brokenImages + ", texts "
                + texts.stream().map(text -> text.element() + " " + text.fonts()).collect(Collectors.joining("; "));
    }
}
