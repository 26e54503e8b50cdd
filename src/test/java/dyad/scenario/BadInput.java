package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** What every bad-input error must give a user: one line naming the file and line, the field, and the problem. */
public final class BadInput {

    private BadInput() {
    }

    /** @param field the field the message must name, or empty when the problem is not in one field */
    public static void assertReported(Executable load, String location, String field, String problem) {
        String message = assertThrows(BadInputException.class, load).getMessage();
        assertTrue(message.contains(location), () -> "location " + location + " missing from: " + message);
        if (!field.isEmpty()) {
            assertTrue(message.contains("field '" + field + "'"), () -> "field " + field + " missing from: " + message);
        }
        assertTrue(message.contains(problem), () -> "'" + problem + "' missing from: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
    }
}
