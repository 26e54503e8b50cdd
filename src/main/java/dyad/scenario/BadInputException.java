package dyad.scenario;

/**
 * A user's mistake, as distinct from an internal error: a bad scenario, sweep or data file, a results folder
 * Dyad may not write into, or a command-line value only known to be bad once a file is read (picocli's own
 * ParameterException covers the rest of the command line). The message names the file, line and field
 * where there is one, so that a user can fix the input without reading a stack trace; the command exits
 * with 2.
 */
public final class BadInputException extends RuntimeException {

    private final transient Location location;
    private final String field;
    private final String problem;

    public BadInputException(Location location, String field, String problem) {
        super(format(location, field, problem));
        this.location = location;
        this.field = field;
        this.problem = problem;
    }

    private static String format(Location location, String field, String problem) {
        StringBuilder text = new StringBuilder();
        if (location != null) {
            text.append(location.file()).append(':').append(location.line()).append(':')
                    .append(location.column()).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            text.append("field '").append(field).append("': ");
        }
        return oneLine(text.append(problem).toString());
    }

    /** Line breaks and other control characters, which a quoted YAML value may hold, written as escapes. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }

    public Location location() {
        return location;
    }

    public String field() {
        return field;
    }

    /** The message without the file, line and field. */
    public String problem() {
        return problem;
    }
}
