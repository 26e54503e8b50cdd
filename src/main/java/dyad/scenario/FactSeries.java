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

    /**
     * The series {@code key} names in {@code parent}: {@code index} (the default) or an agent's id as a text;
     * {@code {area: a}} for an area's index, {@code {agent: x, area: a}} for an agent's share in an area.
     *
     * @throws BadInputException naming the field, for an agent or area the scenario does not have
     */
    public static FactSeries read(Fields parent, String key, java.util.Collection<String> agentIds,
                                  java.util.Collection<String> areaIds) {
        if (!parent.has(key)) {
            return INDEX;
        }
        if (parent.value(key) instanceof YamlValue.Mapping) {
            Fields of = parent.mapping(key);
            String agent = of.has("agent") ? agent(of, "agent", agentIds) : null;
            String area = of.has("area") ? area(of, "area", areaIds) : null;
            of.rejectUnknownKeys();
            if (agent == null && area == null) {
                throw parent.error(key, "name an area ({area: ...}), an agent and an area ({agent: ..., area: ...}),"
                        + " or write 'index' or an agent's id");
            }
            return area == null ? share(agent) : agent == null ? areaIndex(area) : share(agent, area);
        }
        String of = parent.string(key);
        if (of.equals(FactTest.INDEX)) {
            return INDEX;
        }
        if (!agentIds.contains(of)) {
            if (areaIds.contains(of)) {
                throw parent.error(key, "'" + of + "' is an area, not an agent: write {area: " + of + "} for its"
                        + " index, or {agent: ..., area: " + of + "} for an agent's share in it");
            }
            java.util.List<String> valid = new java.util.ArrayList<>(agentIds);
            valid.add(0, FactTest.INDEX);
            throw parent.error(key, "'" + of + "' is neither 'index' nor an agent" + Fields.suggestion(of, valid));
        }
        return share(of);
    }

    /** The area id {@code key} names, one the scenario declares. */
    static String area(Fields parent, String key, java.util.Collection<String> areaIds) {
        String id = parent.string(key);
        if (areaIds.isEmpty()) {
            throw parent.error(key, "the scenario declares no issue areas ('areas' at its top), so there is no area '"
                    + id + "' to read");
        }
        if (!areaIds.contains(id)) {
            throw parent.error(key, "no area '" + id + "' in 'areas'" + Fields.suggestion(id, areaIds));
        }
        return id;
    }

    /** The agent id {@code key} names, one the scenario has. */
    static String agent(Fields parent, String key, java.util.Collection<String> agentIds) {
        String id = parent.string(key);
        if (!agentIds.contains(id)) {
            throw parent.error(key, "no agent '" + id + "' in 'agents'" + Fields.suggestion(id, agentIds));
        }
        return id;
    }
}
