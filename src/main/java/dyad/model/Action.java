package dyad.model;

/** What a state agent does on one issue of the bilateral agenda in one month. */
public enum Action {
    COOPERATE, RESIST
}
