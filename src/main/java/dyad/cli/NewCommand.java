package dyad.cli;

import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad new}: writes a short, commented scenario of one's own case, ready to validate and run. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a short, commented scenario to start a case of your own: it validates and runs at once.",
                "Beside FILE it writes data/ (an example series and a README on citing data), FILE's stem"
                        + "-sweep.yaml and -sensitivity.yaml. It never overwrites a file: if any of them exists,"
                        + " nothing is written."})
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file to write, such as my-case.yaml;"
            + " its name (without .yaml) names the scenario.")
    private Path file;

    @Option(names = "--agents", paramLabel = "ID", required = true, split = ",",
            description = "The agents' ids, 2 to 10, separated by commas: lower-case letters, digits, '_' and '-'.")
    private List<String> agents;

    @Option(names = "--period", paramLabel = "YYYY-MM..YYYY-MM", required = true,
            description = "The first and last month, as YYYY-MM..YYYY-MM (at least two whole calendar years).")
    private String period;

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = LanguageOption.Tag.class,
            description = "Language of the comments and texts written: en (default) or zh-TW (Traditional Chinese,"
                    + " with texts in both languages).")
    private Language language = Language.EN;

    @Override
    public Integer call() throws IOException {
        StarterCase starter;
        try {
            starter = StarterCase.of(file, agents, period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<Path, String> files = StarterFiles.render(starter, language);
        List<String> shown = StarterFiles.shown(files);
        int i = 0;
        for (Path path : files.keySet()) {
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(spec.commandLine(), shown.get(i) + " already exists: nothing written"
                        + " (dyad new never overwrites a file; choose another FILE or folder)");
            }
            i++;
        }
        for (Map.Entry<Path, String> entry : files.entrySet()) {
            Path parent = entry.getKey().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(entry.getKey(), entry.getValue(), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
        Texts texts = Texts.of(language);
        spec.commandLine().getOut().println(texts.get("new.written", String.join(", ", shown)));
        spec.commandLine().getOut().println(texts.get("new.next", shown.get(0)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
