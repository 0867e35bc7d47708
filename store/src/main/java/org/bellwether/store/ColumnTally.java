package org.bellwether.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Counts and sums over staged rows, kept once from the parsed values and once by SQL over what DuckDB loaded, to
 * prove both read the same rows: the row count, each column's number of values, and the exact sums of its
 * whole-number columns and of its dates (as yyyymmdd numbers).
 */
final class ColumnTally {

    private final List<Column> columns;
    private long rows;
    private final long[] present;
    private final long[] sums;

    ColumnTally(List<Column> columns) {
        this.columns = columns;
        this.present = new long[columns.size()];
        this.sums = new long[columns.size()];
    }

    void add(String[] values) {
        rows++;
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value == null) {
                continue;
            }
            present[i]++;
            switch (columns.get(i).type()) {
                case BIGINT, INTEGER -> sums[i] += Long.parseLong(value);
                case DATE -> sums[i] += dateNumber(value);
                default -> { }
            }
        }
    }

    /** {@code 2026-01-22} as 20260122. */
    private static long dateNumber(String isoDate) {
        long number = 0;
        for (int i = 0; i < isoDate.length(); i++) {
            char c = isoDate.charAt(i);
            if (c != '-') {
                number = number * 10 + (c - '0');
            }
        }
        return number;
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

    /** Whether the row of {@link #sql()} results equals this tally. */
    boolean matches(ResultSet tally) throws SQLException {
        int index = 1;
        if (tally.getLong(index++) != rows) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (tally.getLong(index++) != present[i]) {
                return false;
            }
            switch (columns.get(i).type()) {
                case BIGINT, INTEGER, DATE -> {
                    if (tally.getLong(index++) != sums[i]) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }
}
