package dyad.check;

import java.util.Locale;

/**
 * One stylized fact checked on a run: whether it holds and the numbers behind the verdict. The evidence
 * is formatted only when read, since sweeps check every run but print none.
 */
public record Fact(String id, String title, Verdict verdict, String evidenceFormat, Object... evidenceValues) {

    public enum Verdict { PASS, FAIL, NOT_APPLICABLE }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    /** The numbers behind the verdict, in words. */
    public String evidence() {
        return evidenceValues.length == 0 ? evidenceFormat : String.format(Locale.ROOT, evidenceFormat, evidenceValues);
    }

    @Override
    public String toString() {
        return id + " " + verdict + ": " + evidence();
    }
}
