package dyad.cli;

import dyad.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line for the user and an exit code: 2 for bad input, 1 for anything else. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof ScenarioException) {
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
}
