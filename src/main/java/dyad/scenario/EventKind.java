package dyad.scenario;

/**
 * A driver comes from outside the agents' monthly choices and changes what they perceive; a marker is an
 * expression of the relationship itself (a summit, a treaty, a speech), drawn on charts but never fed to
 * the agents, so that the model has to produce it rather than be told about it.
 */
public enum EventKind {
    DRIVER, MARKER
}
