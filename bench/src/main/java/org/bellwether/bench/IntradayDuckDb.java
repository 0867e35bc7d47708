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
 * Runs bench/compare/intraday_duckdb.sql (the intraday workload in DuckDB window SQL) on a store file, read-only, and
 * writes its rows as CSV: the DuckDB side of the intraday comparison in docs/performance.md (bench/intraday-speed.sh).
 * Prints the rows and the query's own time to stdout.
 *
 * <p>Usage: {@code IntradayDuckDb SQL_FILE STORE OUT.csv}
 */
public final class IntradayDuckDb {

    private IntradayDuckDb() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 3) {
            System.err.println("usage: IntradayDuckDb SQL_FILE STORE OUT.csv");
            System.exit(2);
        }
        String sql = Files.readString(Path.of(args[0]));
        String out = Path.of(args[2]).toAbsolutePath().toString().replace("'", "''");
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1], readOnly);
                Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("COPY (" + sql + ") TO '" + out + "' (HEADER)");
            long queryNanos = System.nanoTime() - start;
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_csv('" + out + "')")) {
                count.next();
                System.out.printf("duckdb intraday: %d rows, query %.0f ms in-process%n", count.getLong(1),
                        queryNanos / 1e6);
            }
        }
    }
}
