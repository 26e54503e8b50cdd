package dyad.check;

import dyad.scenario.Texts;
import java.util.List;

/** The facts of a check counted by verdict, in words: "7 of 7 pass", "5 of 7 pass, 2 fail as expected". */
public final class FactTally {

    private FactTally() {
    }

    public static String of(List<Fact> facts, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("scorecard.pass", count(facts, Fact.Verdict.PASS), facts.size()));
        long expected = count(facts, Fact.Verdict.FAILS_AS_EXPECTED);
        if (expected > 0) {
            text.append(texts.get("scorecard.failAsExpected", expected));
        }
        long failed = count(facts, Fact.Verdict.FAIL);
        if (failed > 0) {
            text.append(texts.get("scorecard.fail", failed));
        }
        long surprising = count(facts, Fact.Verdict.PASSES_UNEXPECTEDLY);
        if (surprising > 0) {
            text.append(texts.get("scorecard.passUnexpectedly", surprising));
        }
        return text.toString();
    }

    private static long count(List<Fact> facts, Fact.Verdict verdict) {
        return facts.stream().filter(fact -> fact.verdict() == verdict).count();
    }
}
