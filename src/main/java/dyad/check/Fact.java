package dyad.check;

import dyad.scenario.FactSpec;
import java.util.Locale;

/**
 * One fact checked on a run: whether it holds and the numbers behind the verdict. The evidence is
 * formatted only when read, since sweeps check every run but print none.
 */
public record Fact(FactSpec spec, boolean holds, java.util.Map<dyad.scenario.Language, String> evidenceFormats,
                   Object... evidenceValues) {

    /** A fact's outcome against what its scenario expects of it. */
    public enum Verdict {
        PASS("pass"), FAIL("fail"), FAILS_AS_EXPECTED("fails, as expected"),
        PASSES_UNEXPECTEDLY("passes, though expected to fail");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** As in a CSV cell: pass, fail, fails-as-expected, passes-unexpectedly. */
        public String key() {
            return words.replace(", though expected to fail", "-unexpectedly").replace(", as expected",
                    "-as-expected").replace(' ', '-');
        }
    }

    public String id() {
        return spec.id();
    }

    public String title() {
        return spec.title().text();
    }

    public Verdict verdict() {
        if (spec.expectedToHold()) {
            return holds ? Verdict.PASS : Verdict.FAIL;
        }
        return holds ? Verdict.PASSES_UNEXPECTEDLY : Verdict.FAILS_AS_EXPECTED;
    }

    /** Whether the fact came out as its scenario expects: it holds, or it breaks where the scenario says it should. */
    public boolean asExpected() {
        return holds == spec.expectedToHold();
    }

    /** The numbers behind the verdict, in words. */
    public String evidence() {
        return evidence(dyad.scenario.Language.EN);
    }

    /** The numbers behind the verdict, in words of a language. */
    public String evidence(dyad.scenario.Language language) {
        String format = evidenceFormats.get(language);
        return evidenceValues.length == 0 ? format : String.format(Locale.ROOT, format, evidenceValues);
    }

    @Override
    public String toString() {
        return id() + " " + verdict().key() + ": " + evidence();
    }
}
