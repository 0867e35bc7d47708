package org.bellwether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Runs bench/compare/screen_duckdb.sql (the screen in DuckDB window SQL) on a store file and writes its rows as CSV:
 * the DuckDB side of the screen comparison in docs/performance.md.
 *
 * <p>Usage: {@code DuckDbScreen SQL_FILE STORE VS AS_OF OUT.csv}
 */
public final class DuckDbScreen {

    private DuckDbScreen() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException, SQLException {
        String sql = Files.readString(Path.of(args[0])).replace(":vs", args[2]).replace(":as_of", args[3]);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1], readOnly);
                Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("COPY (" + sql + ") TO '" + Path.of(args[4]).toAbsolutePath() + "' (HEADER)");
            long queryNanos = System.nanoTime() - start;
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_csv('"
                    + Path.of(args[4]).toAbsolutePath() + "')")) {
                count.next();
                System.out.printf("duckdb screen: %d rows, query %.0f ms in-process%n", count.getLong(1),
                        queryNanos / 1e6);
            }
        }
    }
}
