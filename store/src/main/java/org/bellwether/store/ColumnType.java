package org.bellwether.store;

/** The SQL types a store column can have. Lists are written as {@code ;}-separated text in staging files. */
public enum ColumnType {
    VARCHAR("VARCHAR"), DATE("DATE"), TIMESTAMPTZ("TIMESTAMPTZ"), DOUBLE("DOUBLE"), BIGINT("BIGINT"),
    INTEGER("INTEGER"), VARCHAR_LIST("VARCHAR[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    /** The DuckDB type name. */
    public String sql() {
        return sql;
    }
}
