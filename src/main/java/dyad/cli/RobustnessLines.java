package dyad.cli;

import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesTable;
import dyad.analysis.futures.Lever;
import dyad.analysis.futures.Robustness;
import dyad.batch.CsvTable;
import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The regret of each lever setting of {@code dyad futures}: its tables, and the most robust setting in a line. */
final class RobustnessLines {

    private RobustnessLines() {
    }

    /** Writes regret.csv and robustness.csv beside futures.csv in dir. */
    static Robustness write(FuturesFile futures, Path dir) throws IOException {
        Robustness robustness = Robustness.of(dir.resolve(FuturesTable.FILE),
                futures.levers().stream().map(Lever::name).toList(),
                dyad.analysis.futures.FuturesLoader.outcomeYears(futures));
        robustness.write(dir);
        return robustness;
    }

    /** The setting with the least maximum regret, when there are settings to compare. */
    static void print(PrintWriter out, Robustness robustness, Language language) {
        if (robustness == null || robustness.settings().size() < 2) {
            return;
        }
        Robustness.Summary best = robustness.leastMaxRegret();
        java.util.List<Integer> years = robustness.years();
        String span = years.get(0) + (years.size() == 1 ? "" : "–" + years.get(years.size() - 1));
        out.println(Texts.of(language).get("futures.leastRegret", Robustness.words(best.setting()),
                CsvTable.number(best.maxRegret()), CsvTable.number(best.meanOutcome()), span));
        out.flush();
    }
}
