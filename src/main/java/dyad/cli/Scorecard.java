package dyad.cli;

import dyad.check.Fact;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the paper check as a table a reader can scan: verdict, fact, and the numbers behind it. */
final class Scorecard {

    private Scorecard() {
    }

    static void print(PrintWriter out, List<Fact> facts) {
        long passed = facts.stream().filter(Fact::passed).count();
        out.printf(Locale.ROOT, "Paper check (stylized facts of the brief): %d of %d pass%n", passed, facts.size());
        for (Fact fact : facts) {
            String verdict = switch (fact.verdict()) {
                case PASS -> "pass";
                case FAIL -> "FAIL";
                case NOT_APPLICABLE -> "n/a ";
            };
            out.printf(Locale.ROOT, "  %s  %-4s %-27s %s%n", verdict, fact.id(), fact.title(), fact.evidence());
        }
    }
}
