package dyad.cli;

import dyad.scenario.Fields;
import dyad.scenario.BadInputException;
import java.util.Collection;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a failure into one line for the user and an exit code: 2 for bad input (a bad file, or a mistyped
 * command line, which gets a pointer to the command's help rather than the whole of it), 1 for anything else.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof BadInputException) {
            commandLine.getErr().println("dyad: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof java.io.IOException) {
            commandLine.getErr().println("dyad: could not read or write a file: " + e);
            return INTERNAL_ERROR;
        }
        commandLine.getErr().println("dyad: internal error: " + e);
        if (System.getenv("DYAD_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("dyad: set DYAD_DEBUG=1 to see the details");
        }
        return INTERNAL_ERROR;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        StringBuilder line = new StringBuilder("dyad: ");
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !command.getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
            line.append(unknownCommand(unmatched.getUnmatched().get(0), command.getSubcommands().keySet()));
        } else {
            line.append(sentence(e.getMessage()));
            if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                line.append("; did you mean '").append(unmatched.getSuggestions().get(0)).append("'?");
            }
        }
        line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
        command.getErr().println(line);
        command.getErr().flush();
        return BAD_INPUT;
    }

    private static String unknownCommand(String given, Collection<String> commands) {
        String hint = Fields.didYouMean(given, commands);
        return "'" + given + "' is not a command" + (hint.isEmpty() ? "; the commands are "
                + String.join(", ", commands) : hint);
    }

    /** Picocli's message on one line, starting in lower case like Dyad's own. */
    private static String sentence(String message) {
        String text = message == null ? "bad command line" : message.replaceAll("\\s+", " ").strip()
                .replaceAll("\\.$", "");
        boolean capitalisedWord = text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1));
        return capitalisedWord ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }
}
