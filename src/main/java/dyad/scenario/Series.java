package dyad.scenario;

/**
 * An exogenous series, one value per month of the scenario's period.
 *
 * @param unit   what one unit of the values is, as written in the scenario (empty if not given)
 * @param source where the numbers come from (publisher, data set, licence), as written in the scenario
 */
public record Series(String id, Text unit, Text source, MonthlySeries values) {

    public Series {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(values, "values");
    }
}
