package dyad.check;

/** One stylized fact checked on a run: whether it holds and the numbers behind the verdict. */
public record Fact(String id, String title, Verdict verdict, String evidence) {

    public enum Verdict { PASS, FAIL, NOT_APPLICABLE }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
