package dyad.batch;

import java.io.IOException;

/**
 * Named moments of writing results at which a test can stop the process: with the system property
 * {@code dyad.failpoint=NAME} the process announces {@code dyad failpoint NAME} on stderr and waits to be
 * killed; with {@code NAME:fail} it fails there with an I/O error. Without the property nothing happens.
 */
public final class Failpoint {

    private static final String PROPERTY = "dyad.failpoint";

    private Failpoint() {
    }

    public static void reach(String name) throws IOException {
        String wanted = System.getProperty(PROPERTY);
        if (wanted == null || !wanted.startsWith(name)) {
            return;
        }
        if (wanted.equals(name + ":fail")) {
            throw new IOException("failure injected at " + name);
        }
        if (wanted.equals(name)) {
            System.err.println("dyad failpoint " + name);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
