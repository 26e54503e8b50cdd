package dyad.cli;

import dyad.check.Fact;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a scenario's facts as a table a reader can scan: verdict, fact, and the numbers behind it. */
final class Scorecard {

    private Scorecard() {
    }

    static void print(PrintWriter out, List<Fact> facts) {
        if (facts.isEmpty()) {
            out.println("Facts: the scenario states none to check (see 'facts' in scenario-format.md)");
            return;
        }
        out.printf(Locale.ROOT, "Facts: %s%n", tally(facts));
        int verdictWidth = facts.stream().mapToInt(fact -> shown(fact).length()).max().orElse(4);
        int idWidth = facts.stream().mapToInt(fact -> fact.id().length()).max().orElse(4);
        int titleWidth = facts.stream().mapToInt(fact -> fact.title().length()).max().orElse(4);
        for (Fact fact : facts) {
            out.printf(Locale.ROOT, "  %-" + verdictWidth + "s  %-" + idWidth + "s  %-" + titleWidth + "s  %s%n",
                    shown(fact), fact.id(), fact.title(), fact.evidence());
            if (!fact.spec().expectedToHold() && !fact.spec().because().isEmpty()) {
                out.printf(Locale.ROOT, "  %-" + verdictWidth + "s  %-" + idWidth + "s  expected to fail: %s%n", "", "",
                        fact.spec().because().replaceAll("\\s+", " ").strip());
            }
        }
    }

    /** "7 of 7 pass", "6 of 7 pass, 1 fails as expected", and so on. */
    static String tally(List<Fact> facts) {
        StringBuilder text = new StringBuilder();
        text.append(count(facts, Fact.Verdict.PASS)).append(" of ").append(facts.size()).append(" pass");
        long expected = count(facts, Fact.Verdict.FAILS_AS_EXPECTED);
        if (expected > 0) {
            text.append(", ").append(expected).append(expected == 1 ? " fails" : " fail").append(" as expected");
        }
        long failed = count(facts, Fact.Verdict.FAIL);
        if (failed > 0) {
            text.append(", ").append(failed).append(failed == 1 ? " FAILS" : " FAIL");
        }
        long surprising = count(facts, Fact.Verdict.PASSES_UNEXPECTEDLY);
        if (surprising > 0) {
            text.append(", ").append(surprising).append(surprising == 1 ? " passes" : " pass")
                    .append(" though expected to fail");
        }
        return text.toString();
    }

    private static long count(List<Fact> facts, Fact.Verdict verdict) {
        return facts.stream().filter(fact -> fact.verdict() == verdict).count();
    }

    /** The verdict in words; upper case where the fact did not come out as the scenario expects. */
    private static String shown(Fact fact) {
        String words = fact.verdict().words();
        return fact.asExpected() ? words : words.toUpperCase(Locale.ROOT);
    }
}
