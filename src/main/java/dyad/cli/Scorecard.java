package dyad.cli;

import dyad.scenario.Language;
import dyad.scenario.Reference;
import dyad.scenario.Texts;
import dyad.check.Fact;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints a scenario's facts as a table a reader can scan: verdict, fact, and the numbers behind it. */
final class Scorecard {

    private Scorecard() {
    }

    static void print(PrintWriter out, List<Fact> facts) {
        print(out, facts, Language.EN, Optional.empty());
    }

    /**
     * Prints the facts with every fixed text, and the facts' titles and reasons where the scenario translates
     * them, in a language; headed by the work they come from, if the scenario names one.
     */
    static void print(PrintWriter out, List<Fact> facts, Language language, Optional<Reference> reference) {
        Texts texts = Texts.of(language);
        if (facts.isEmpty()) {
            out.println(texts.get("scorecard.none"));
            return;
        }
        String tally = dyad.check.FactTally.of(facts, texts);
        out.println(reference.map(work -> texts.get("scorecard.factsOf", work.shortCitation(language), tally))
                .orElse(texts.get("scorecard.facts", tally)));
        int verdictWidth = facts.stream().mapToInt(fact -> width(shown(fact, texts))).max().orElse(4);
        int idWidth = facts.stream().mapToInt(fact -> width(fact.id())).max().orElse(4);
        int titleWidth = facts.stream().mapToInt(fact -> width(title(fact, language))).max().orElse(4);
        for (Fact fact : facts) {
            out.println("  " + padded(shown(fact, texts), verdictWidth) + "  " + padded(fact.id(), idWidth) + "  "
                    + padded(title(fact, language), titleWidth) + "  " + fact.evidence(language));
            String because = fact.spec().because().in(language);
            if (!fact.spec().expectedToHold() && !because.isEmpty()) {
                out.println("  " + padded("", verdictWidth) + "  " + padded("", idWidth) + "  "
                        + texts.get("scorecard.expectedToFail", because.replaceAll("\\s+", " ").strip()));
            }
        }
    }

    private static String title(Fact fact, Language language) {
        return fact.spec().title().in(language);
    }

    /** Columns on a terminal: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
    }

    private static String padded(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    /** The verdict in words; upper case where the fact did not come out as the scenario expects. */
    private static String shown(Fact fact, Texts texts) {
        String words = texts.get("verdict." + fact.verdict().key());
        return fact.asExpected() ? words : texts.get("verdict.notAsExpected", words.toUpperCase(Locale.ROOT));
    }
}
