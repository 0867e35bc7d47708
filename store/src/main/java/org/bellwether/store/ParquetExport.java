package org.bellwether.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes a store table to a Parquet file, ordered by its key, for Spark, pandas, polars and re-import. */
public final class ParquetExport {

    private ParquetExport() {
    }

    /** Exports {@code table} to {@code file} and returns the number of rows written. */
    public static long export(MarketStore store, TableSpec table, Path file) {
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT " + table.columnList(table.columns(), "") + " FROM " + table.name()
                    + " ORDER BY " + table.keyOrder() + ") TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("could not export " + table.name() + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
