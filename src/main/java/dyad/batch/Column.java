package dyad.batch;

import java.util.Locale;

/**
 * One column of a table Dyad writes: its name in the header, its type, what it holds and its unit. The same
 * definition writes the header and describes the column in the folder's {@code datapackage.json}, so the two
 * cannot differ.
 *
 * @param unit what a number is measured in, or null where it has no unit (a count, an id)
 */
public record Column(String name, Type type, String description, String unit) {

    /** The types of Frictionless Data's Table Schema that Dyad's columns take. */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN, YEARMONTH;

        /** As Table Schema writes it. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The month a row is of, in every table that has one. */
    public static final Column DATE = new Column("date", Type.YEARMONTH, "month of the row (YYYY-MM)", null);
    /** A replication of a run: 0 to replications - 1; replication r draws the same random numbers in every scenario. */
    public static final Column REPLICATION = integer("replication",
            "replication number, from 0; replication r draws from the same random streams in every scenario and point");
    /** The seed a run was drawn with. */
    public static final Column SEED = integer("seed", "the master seed of the run's random numbers");
    /** A point of a sweep's design. */
    public static final Column POINT = integer("point", "point of the sweep's design, from 0");
    /** A parameter, by the path a sweep names it with, as a value in a row. */
    public static final Column PARAMETER = text("parameter",
            "the parameter's path in the scenario, as the sweep file names it (such as agents.<id>.oil_dependence)");
    /** The mean cooperation index over replications. */
    public static final Column COOPERATION_INDEX = number("cooperation_index",
            "cooperation index: mean over replications of the agents' net stance (+1 all cooperate, -1 all resist)",
            Units.INDEX);

    public Column {
        if (name == null || name.isBlank() || type == null || description == null) {
            throw new IllegalArgumentException("a column needs a name, a type and a description: " + name);
        }
    }

    public static Column text(String name, String description) {
        return new Column(name, Type.STRING, description, null);
    }

    public static Column integer(String name, String description) {
        return new Column(name, Type.INTEGER, description, null);
    }

    public static Column number(String name, String description, String unit) {
        return new Column(name, Type.NUMBER, description, unit);
    }

    public static Column bool(String name, String description) {
        return new Column(name, Type.BOOLEAN, description, null);
    }

    public static Column month(String name, String description) {
        return new Column(name, Type.YEARMONTH, description, null);
    }

    /** The units Dyad's numbers are in. */
    public static final class Units {
        /** The cooperation index and its kin: -1 (all resist) to +1 (all cooperate). */
        public static final String INDEX = "index, -1 to 1";
        /** A share of choices, of runs or of draws. */
        public static final String SHARE = "share, 0 to 1";
        /** A probability of cooperating. */
        public static final String PROBABILITY = "probability, 0 to 1";
        /** A term of an agent's log-odds of cooperating. */
        public static final String LOG_ODDS = "log-odds";
        /** Months. */
        public static final String MONTHS = "months";
        /** Years. */
        public static final String YEARS = "years";

        private Units() {
        }
    }
}
