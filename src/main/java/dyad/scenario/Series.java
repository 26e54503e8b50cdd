package dyad.scenario;

/**
 * An exogenous series, one value per month of the scenario's period.
 *
 * @param source where the numbers come from (publisher, data set, licence), as written in the scenario
 */
public record Series(String id, String unit, String source, MonthlySeries values) {

    public Series {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(values, "values");
    }
}
