package dyad.scenario;

/**
 * The monthly series a fact reads ({@code of}): the cooperation index or an agent's cooperation share, on the
 * whole agenda or in one issue area.
 *
 * @param agent the agent whose cooperation share is read, or null for the index
 * @param area  the issue area read, or null for the whole agenda
 */
public record FactSeries(String agent, String area) {

    /** The cooperation index on the whole agenda: what a fact reads when it names no series. */
    public static final FactSeries INDEX = new FactSeries(null, null);

    /** An agent's cooperation share on the whole agenda. */
    public static FactSeries share(String agent) {
        return new FactSeries(java.util.Objects.requireNonNull(agent, "agent"), null);
    }

    /** An agent's cooperation share in one area. */
    public static FactSeries share(String agent, String area) {
        return new FactSeries(java.util.Objects.requireNonNull(agent, "agent"),
                java.util.Objects.requireNonNull(area, "area"));
    }

    /** One area's index. */
    public static FactSeries areaIndex(String area) {
        return new FactSeries(null, java.util.Objects.requireNonNull(area, "area"));
    }

    /** Whether the series is an index (of the whole agenda or of an area), running from −1 to 1; else a share. */
    public boolean isIndex() {
        return agent == null;
    }

    /** Whether the series reads one area rather than the whole agenda. */
    public boolean inArea() {
        return area != null;
    }

    /** The series as a scenario writes it in {@code of}. */
    @Override
    public String toString() {
        if (area == null) {
            return agent == null ? FactTest.INDEX : agent;
        }
        return agent == null ? "{area: " + area + "}" : "{agent: " + agent + ", area: " + area + "}";
    }
}
