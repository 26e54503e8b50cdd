package dyad.analysis.futures;

/**
 * Blows or thaws that strike one agent in every future, as a Poisson process.
 *
 * @param blows   whether the process deals blows (more threat, less shared interest) rather than thaws
 * @param process the process with its rate and its sizes, fitted or as written
 */
public record EventUncertainty(boolean blows, EventProcess process) {

    public String name() {
        return process.name();
    }
}
