package org.bellwether.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports results computed outside the embedded engine: {@code DIR/screen}, the Parquet rows of
 * {@code bellwether spark screen}, into {@code screen_results}. One transaction: every (as_of, vs) screen in the
 * files replaces the one held before, whole (no symbol of an older run stays behind); importing the same results
 * again changes nothing.
 */
public final class ResultsImport {

    /** The columns a screen result file must have. */
    static final List<String> SCREEN_COLUMNS = List.of("as_of", "vs", "symbol", "return_mtd_pct", "return_ytd_pct",
            "volatility_20_pct", "beta_60", "correlation_60", "records_ytd", "breakout_252");

    /**
     * What an import brought in.
     *
     * @param screens the (as_of, vs) screens, as "2026-01-22 vs SPX"
     * @param rows the rows stored
     */
    public record Report(List<String> screens, long rows) {
    }

    private ResultsImport() {
    }

    /** Imports the results in {@code dir}, naming {@code source} as where they come from. */
    public static Report importResults(MarketStore store, Path dir, String source) {
        Path screen = dir.resolve("screen");
        if (!Files.isDirectory(screen)) {
            throw new IllegalArgumentException(dir + " holds no results: expected the folder " + screen
                    + " written by bellwether spark screen");
        }
        String files = screen.toAbsolutePath().toString().replace("'", "''") + "/*.parquet";
        return store.writeState(connection -> {
            try (Statement statement = connection.createStatement()) {
                List<String> missing = new ArrayList<>(SCREEN_COLUMNS);
                try (ResultSet columns = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + files
                        + "')")) {
                    while (columns.next()) {
                        missing.remove(columns.getString(1));
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException("the results " + screen + " lack the columns "
                            + String.join(", ", missing) + " (expected: " + String.join(", ", SCREEN_COLUMNS) + ")");
                }
                statement.execute("CREATE TEMP TABLE incoming AS SELECT " + String.join(", ", SCREEN_COLUMNS)
                        + " FROM read_parquet('" + files + "')");
                List<String> screens = new ArrayList<>();
                try (ResultSet pairs = statement.executeQuery("SELECT DISTINCT as_of, vs FROM incoming ORDER BY 1, 2")) {
                    while (pairs.next()) {
                        screens.add(pairs.getObject(1) + " vs " + pairs.getString(2));
                    }
                }
                statement.execute("DELETE FROM screen_results WHERE (as_of, vs) IN (SELECT DISTINCT as_of, vs FROM "
                        + "incoming)");
                long rows;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO screen_results SELECT "
                        + String.join(", ", SCREEN_COLUMNS) + ", ?, now() FROM incoming")) {
                    insert.setString(1, source);
                    rows = insert.executeUpdate();
                }
                statement.execute("DROP TABLE incoming");
                return new Report(screens, rows);
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("No files found")) {
                    throw new IllegalArgumentException("the results folder " + screen + " holds no Parquet files");
                }
                throw e;
            }
        });
    }
}
