package dyad.scenario;

/**
 * One area of the bilateral agenda (European security, arms control, counter-terrorism…), on which each agent
 * makes its own choices every month. A scenario that declares no areas has one, the whole agenda.
 *
 * @param id      the area's id in the scenario ({@code areas.<id>}), in effects' {@code on} and in output columns
 * @param label   what figures and tables call it
 * @param choices how many of each agent's monthly choices fall in this area
 */
public record IssueArea(String id, Text label, int choices) {

    /** The id of the one area of a scenario that declares none. */
    public static final String WHOLE_AGENDA = "agenda";
    /** What tables and options call all declared areas together, the whole agenda; no area may be called so. */
    public static final String ALL = "all";

    public IssueArea {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(label, "label");
        if (choices < 1) {
            throw new IllegalArgumentException("area " + id + ": " + choices + " choices");
        }
    }

    /** The single area of a scenario without declared areas: its whole agenda, with all its choices. */
    public static IssueArea wholeAgenda(int choices) {
        return new IssueArea(WHOLE_AGENDA, Text.of(WHOLE_AGENDA), choices);
    }
}
