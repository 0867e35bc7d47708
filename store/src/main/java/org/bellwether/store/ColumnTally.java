package org.bellwether.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL that tallies what DuckDB loaded, to compare with the importer's own tally of the file ({@link DirectTally}):
 * the row count, each column's number of values, and the exact sums of its whole-number columns and of its dates (as
 * yyyymmdd numbers).
 */
final class ColumnTally {

    private final List<Column> columns;

    ColumnTally(List<Column> columns) {
        this.columns = columns;
    }

    /** The SELECT list computing the same tally over the staging table. */
    String sql() {
        StringBuilder select = new StringBuilder("count(*)");
        for (Column column : columns) {
            select.append(", count(").append(column.name()).append(')');
            switch (column.type()) {
                case BIGINT, INTEGER -> select.append(", coalesce(sum(").append(column.name()).append("), 0)::BIGINT");
                case DATE -> select.append(", coalesce(sum(year(").append(column.name()).append(") * 10000 + month(")
                        .append(column.name()).append(") * 100 + day(").append(column.name()).append(")), 0)::BIGINT");
                default -> { }
            }
        }
        return select.toString();
    }

    /** Whether the row of {@link #sql()} results equals {@code expected}. */
    boolean matches(ResultSet tally, DirectTally expected) throws SQLException {
        int index = 1;
        if (tally.getLong(index++) != expected.rows()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (tally.getLong(index++) != expected.present()[i]) {
                return false;
            }
            switch (columns.get(i).type()) {
                case BIGINT, INTEGER, DATE -> {
                    if (tally.getLong(index++) != expected.sums()[i]) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }
}
