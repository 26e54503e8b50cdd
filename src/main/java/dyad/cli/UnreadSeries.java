package dyad.cli;

import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.io.PrintWriter;

/** Warns, one line per series, of data a scenario loads and nothing reads: a link the user meant and forgot. */
final class UnreadSeries {

    private UnreadSeries() {
    }

    static void warn(Scenario scenario, PrintWriter out, Language language) {
        for (String id : scenario.unreadSeries()) {
            out.println(Texts.of(language).get("warning.unread-series", "'" + id + "'"));
        }
    }
}
