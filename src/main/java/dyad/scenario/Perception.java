package dyad.scenario;

/** What an event can change in an agent's view of the relationship; the model reads nothing else. */
public enum Perception {
    /** Danger the agent sees from the other side's policies (enlargement, wars, missile defence). */
    THREAT,
    /** Interest both sides share (counter-terrorism, aid, arms control). */
    SHARED_INTEREST,
    /** The agent's own opportunity to extend influence at the other's expense. */
    AMBITION,
    /** Domestic pressure on the government to stand up to the other side (nationalism, opposition). */
    DOMESTIC_PRESSURE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
