package dyad.gui;

import dyad.model.rules.Rule;
import dyad.model.rules.RuleSet;
import dyad.scenario.AgentSpec;
import dyad.scenario.BadInputException;
import dyad.scenario.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The agents' parameters as MASON's inspector shows them (the console's Model tab): one property per agent
 * and field or rule weight, each with a range for its slider. A value set here takes effect from the coming
 * month and is recorded with that month; a value the scenario does not allow changes nothing and is reported
 * to {@code messages}.
 */
final class AgentParameters implements Propertied {

    /** The fields the inspector offers, with their slider ranges (within what a scenario allows). */
    private static final List<Field> FIELDS = List.of(
            new Field("oil_dependence", 0, 1),
            new Field("room_midpoint", 0.05, 5),
            new Field("strength_half_life_months", 0, 120),
            new Field("memory_half_life_months", 0, 120),
            new Field("grievance_half_life_months", 0, 120),
            new Field("forgiveness", 0, 1));

    /** What the inspector offers in each issue area of a scenario with areas, with slider ranges. */
    private static final List<Field> AREA_FIELDS = List.of(
            new Field("threat", -3, 3),
            new Field("shared_interest", -3, 3),
            new Field("threat_exposure", 0, 4));

    private record Field(String key, double min, double max) {
    }

    private record Entry(String agent, String field, String name, Interval domain) {
    }

    private final LiveSession session;
    private final Consumer<String> messages;
    private final Texts texts;
    private final List<Entry> entries = new ArrayList<>();

    AgentParameters(LiveSession session, Texts texts, Consumer<String> messages) {
        this.session = session;
        this.texts = texts;
        this.messages = messages;
        for (AgentSpec agent : session.opened().agents()) {
            String name = texts.of(agent.name());
            for (Field field : FIELDS) {
                entries.add(new Entry(agent.id(), field.key(), name + ": " + texts.get("field." + field.key()),
                        new Interval(field.min(), field.max())));
            }
            for (Rule rule : RuleSet.STANDARD.rules()) {
                String label = texts.has("rule." + rule.key() + ".name") ? texts.get("rule." + rule.key() + ".name")
                        : rule.key();
                entries.add(new Entry(agent.id(), "weights." + rule.key(), name + ": "
                        + texts.get("field.weight", label), new Interval(rule.minWeight(), rule.maxWeight())));
            }
            for (dyad.scenario.IssueArea area : session.opened().areas()) {
                for (Field field : AREA_FIELDS) {
                    entries.add(new Entry(agent.id(), "areas." + area.id() + "." + field.key(),
                            texts.get("sweep.parameter.agentArea", name, texts.get("field.area." + field.key()),
                                    texts.of(area.label())), new Interval(field.min(), field.max())));
                }
            }
        }
    }

    /** The dotted path of property {@code index}, such as {@code agents.<agent>.oil_dependence}. */
    String path(int index) {
        return "agents." + entries.get(index).agent() + "." + entries.get(index).field();
    }

    int size() {
        return entries.size();
    }

    /**
     * Sets property {@code index} from the coming month.
     *
     * @return whether the value was taken
     */
    boolean set(int index, double value) {
        Entry entry = entries.get(index);
        try {
            session.set(path(index), value);
            messages.accept(texts.get("live.changed", entry.name(), value, session.comingMonth()));
            return true;
        } catch (BadInputException e) {
            messages.accept(texts.get("live.refused", e.problem()));
            return false;
        } catch (RuntimeException e) {
            messages.accept(texts.get("live.refused", String.valueOf(e.getMessage())));
            return false;
        }
    }

    double get(int index) {
        return session.value(entries.get(index).agent(), entries.get(index).field());
    }

    @Override
    public Properties properties() {
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isVolatile() {
                return true;
            }

            @Override
            public int numProperties() {
                return entries.size();
            }

            @Override
            public Object getValue(int index) {
                return get(index);
            }

            @Override
            public Object getDomain(int index) {
                return entries.get(index).domain();
            }

            @Override
            public boolean isReadWrite(int index) {
                return true;
            }

            @Override
            public String getName(int index) {
                return entries.get(index).name();
            }

            @Override
            public Class getType(int index) {
                return Double.TYPE;
            }

            @Override
            protected Object _setValue(int index, Object value) {
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    set(index, number.doubleValue());
                } else {
                    messages.accept(texts.get("live.refused", "'" + value + "' is not a number"));
                }
                return get(index);
            }
        };
    }
}
