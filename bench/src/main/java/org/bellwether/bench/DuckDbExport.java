package org.bellwether.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The peer of the dataset export benchmark: DuckDB's own partitioned {@code COPY} of a store's 1-minute bars in one
 * statement (what {@code bellwether export intraday_bars --dataset} did before it wrote a batch of symbols at a
 * time), sorted by key and partitioned by symbol and year, with DuckDB's default settings.
 *
 * <p>Usage: {@code DuckDbExport STORE OUTDIR}
 */
public final class DuckDbExport {

    private DuckDbExport() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws SQLException {
        Path store = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
                Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'"); // the years of the partitions are UTC years, as the store's
            statement.execute("COPY (SELECT symbol, ts, interval_s, open, high, low, close, volume, year(ts) AS year "
                    + "FROM intraday_bars ORDER BY symbol, ts, interval_s) TO '" + out + "' (FORMAT parquet, COMPRESSION zstd, "
                    + "PARTITION_BY (symbol, year))");
        }
        System.out.printf("duckdb partitioned COPY: %.2f s%n", (System.nanoTime() - start) / 1e9);
    }
}
