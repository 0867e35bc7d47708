package org.bellwether.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A store table: its name, its columns in storage order, and its key.
 *
 * @param name the table name
 * @param description what a row is
 * @param columns the columns, in storage order
 * @param releaseColumn a date column that tells vintages of one row apart (rows of one key staged with different
 *     releases are vintages of one observation, and the first release is kept), or null
 */
public record TableSpec(String name, String description, List<Column> columns, String releaseColumn) {

    /** Creates a spec; the columns are copied. */
    public TableSpec {
        columns = List.copyOf(columns);
        if (columns.stream().noneMatch(Column::key)) {
            throw new IllegalArgumentException("table " + name + " needs at least one key column");
        }
        if (releaseColumn != null && columns.stream().noneMatch(column -> column.name().equals(releaseColumn)
                && !column.key())) {
            throw new IllegalArgumentException("table " + name + " has no value column " + releaseColumn);
        }
    }

    /** A spec whose rows have no vintages. */
    public TableSpec(String name, String description, List<Column> columns) {
        this(name, description, columns, null);
    }

    /** The key columns, in storage order. */
    public List<Column> keyColumns() {
        return columns.stream().filter(Column::key).toList();
    }

    /** The non-key columns, in storage order. */
    public List<Column> valueColumns() {
        return columns.stream().filter(column -> !column.key()).toList();
    }

    /** The index of the column named {@code columnName}. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + columnName);
    }

    /** The column names joined by {@code ", "}, each prefixed with {@code prefix}. */
    String columnList(List<Column> selected, String prefix) {
        return selected.stream().map(column -> prefix + column.name()).collect(Collectors.joining(", "));
    }

    /** The key columns, ascending, as an ORDER BY list. */
    String keyOrder() {
        return columnList(keyColumns(), "");
    }
}
