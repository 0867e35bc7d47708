package org.bellwether.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The baseline for the import benchmark: DuckDB's own {@code read_csv} loading the same long CSV into a table of a
 * new database file, with the column types given (no sniffing; the store's types) and no validation beyond type
 * casts; with {@code fastest}, insertion order not preserved (DuckDB's fastest load, as the import's: rows in the order
 * its threads read them leave nothing for the checkpoint at close), else DuckDB's default settings.
 *
 * <p>Usage: {@code DuckDbReadCsv CSV DBFILE [fastest|default]}
 */
public final class DuckDbReadCsv {

    private DuckDbReadCsv() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws SQLException, java.io.IOException {
        Path csv = Path.of(args[0]);
        Path db = Path.of(args[1]);
        Files.deleteIfExists(db);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement statement = connection.createStatement()) {
            boolean fastest = args.length < 3 || args[2].equals("fastest");
            if (fastest) {
                statement.execute("SET preserve_insertion_order = false");
            }
            statement.execute("CREATE TABLE daily_bars AS SELECT * FROM read_csv('" + csv + "', header = true, columns = "
                    + "{'symbol': 'VARCHAR', 'date': 'DATE', 'open': 'DOUBLE', 'high': 'DOUBLE', 'low': 'DOUBLE', "
                    + "'close': 'DOUBLE', 'volume': 'DOUBLE'})");
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM daily_bars")) {
                count.next();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("duckdb read_csv: %,d rows in %.2f s = %,.0f rows/s%n", count.getLong(1), seconds,
                        count.getLong(1) / seconds);
            }
        }
    }
}
