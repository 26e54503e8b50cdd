package dyad.model.rules;

/**
 * What an agent sees across the issue areas of its agenda in a month: a {@link Situation} that reads one area
 * at a time, the one last entered. The rules decide every area of an agenda in one pass
 * ({@link RuleSet#propensities}).
 */
public interface Agenda extends Situation {

    /** The number of issue areas (1 for a scenario that declares none). */
    int areas();

    /** From now on the situation is the one in area {@code area} (its position in the agenda). */
    void enterArea(int area);
}
