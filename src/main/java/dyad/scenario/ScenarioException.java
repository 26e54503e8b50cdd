package dyad.scenario;

/**
 * Bad input in a scenario, sweep or data file. The message names the file, line and field, so that a
 * user can fix the file without reading a stack trace.
 */
public final class ScenarioException extends RuntimeException {

    private final transient Location location;
    private final String field;

    public ScenarioException(Location location, String field, String problem) {
        super(format(location, field, problem));
        this.location = location;
        this.field = field;
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
        return text.append(problem).toString();
    }

    public Location location() {
        return location;
    }

    public String field() {
        return field;
    }
}
