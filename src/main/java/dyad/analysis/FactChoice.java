package dyad.analysis;

import dyad.scenario.BadInputException;
import dyad.scenario.FactSpec;
import dyad.scenario.Fields;
import dyad.scenario.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of a scenario's facts an analysis file targets: {@code all} of those the analysis can use, or a list of
 * fact ids (in any case), returned in the scenario's order, as the sweep's tables have them.
 */
public final class FactChoice {

    /** The word that chooses every usable fact. */
    public static final String ALL = "all";

    private FactChoice() {
    }

    /**
     * @param usable   the facts this analysis can target
     * @param unusable why a fact that is not usable cannot be named, given its id
     * @throws BadInputException naming the field of a fact that is unknown, unusable or listed twice, or of an
     *                           {@code all} that chooses none
     */
    public static List<FactSpec> read(Fields fields, String key, List<FactSpec> facts, Predicate<FactSpec> usable,
                                      java.util.function.Function<String, String> unusable) {
        List<String> ids = facts.stream().map(FactSpec::id).toList();
        YamlValue value = fields.value(key);
        if (value instanceof YamlValue.Scalar scalar) {
            if (!scalar.text().equals(ALL)) {
                throw fields.error(key, "write 'all' or a list of the scenario's fact ids, such as ["
                        + String.join(", ", ids) + "]");
            }
            List<FactSpec> chosen = facts.stream().filter(usable).toList();
            if (chosen.isEmpty()) {
                throw fields.error(key, facts.isEmpty() ? "the base scenario states no facts"
                        : "none of the base scenario's facts can be used here: " + unusable.apply(ids.get(0)));
            }
            return chosen;
        }
        List<YamlValue> items = fields.list(key);
        if (items.isEmpty()) {
            throw fields.error(key, "name at least one fact, or write 'all'");
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = fields.pathOf(key) + "[" + i + "]";
            String id = Fields.parseText(items.get(i), field);
            FactSpec fact = facts.stream().filter(known -> known.id().equalsIgnoreCase(id)).findFirst().orElse(null);
            if (fact == null) {
                throw new BadInputException(items.get(i).location(), field, "'" + id + "' is not a fact of the base"
                        + " scenario (its facts are " + String.join(", ", ids) + ")" + Fields.didYouMean(id, ids));
            }
            if (!usable.test(fact)) {
                throw new BadInputException(items.get(i).location(), field, unusable.apply(fact.id()));
            }
            if (chosen.contains(fact.id())) {
                throw new BadInputException(items.get(i).location(), field, "'" + id + "' is listed twice");
            }
            chosen.add(fact.id());
        }
        return facts.stream().filter(fact -> chosen.contains(fact.id())).toList();
    }
}
