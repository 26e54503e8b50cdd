package dyad.cli;

import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Warns, one line per series, of data a scenario loads and nothing reads: a link the user meant and forgot. */
final class UnreadSeries {

    private UnreadSeries() {
    }

    static void warn(Scenario scenario, PrintWriter out, Language language) {
        for (String id : scenario.unreadSeries()) {
            out.println(Texts.of(language).get("warning.unread-series", "'" + id + "'"));
        }
    }

    /** As {@link #warn(Scenario, PrintWriter, Language)}, in the first language the command's {@code --lang} names. */
    static void warn(Scenario scenario, CommandSpec command) {
        warn(scenario, command.commandLine().getOut(), firstLanguage(command));
    }

    /** The first tag of {@code --lang} as typed (such as zh-TW in {@code --lang zh-TW,en}); English without one. */
    private static Language firstLanguage(CommandSpec command) {
        OptionSpec option = command.findOption("--lang");
        if (option == null) {
            return Language.EN;
        }
        List<String> given = option.stringValues();
        String tags = given.isEmpty() ? option.defaultValue() : given.get(0);
        Language first = tags == null ? null : Language.ofAnyCase(tags.split(",")[0].trim());
        return first == null ? Language.EN : first;
    }
}
