package dyad.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table Dyad writes: what a row is, and its columns in order. {@link CsvTable} and
 * {@link AppendableTable} write its header from the columns, and {@link DataPackage} describes it from them.
 */
public record TableSchema(String description, List<Column> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("a table would have two columns '" + column.name() + "'");
            }
        }
    }

    /** The header row: the columns' names in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** A table built column by column. */
    public static Builder of(String description) {
        return new Builder(description);
    }

    /** Adds columns in order; {@link #build} makes the table. */
    public static final class Builder {

        private final String description;
        private final List<Column> columns = new ArrayList<>();

        private Builder(String description) {
            this.description = description;
        }

        public Builder add(Column column) {
            columns.add(column);
            return this;
        }

        public Builder addAll(List<Column> more) {
            columns.addAll(more);
            return this;
        }

        public Builder text(String name, String what) {
            return add(Column.text(name, what));
        }

        public Builder integer(String name, String what) {
            return add(Column.integer(name, what));
        }

        public Builder number(String name, String what, String unit) {
            return add(Column.number(name, what, unit));
        }

        public Builder bool(String name, String what) {
            return add(Column.bool(name, what));
        }

        public TableSchema build() {
            return new TableSchema(description, columns);
        }
    }
}
