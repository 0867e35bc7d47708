package org.bellwether.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports results computed outside the embedded engine: the Parquet folders {@code bellwether spark ... --out DIR}
 * writes ({@code DIR/screen}, {@code DIR/stats}, ...), each into its table. One transaction for all of them: every
 * run in the files (a kind's key columns, e.g. the date and benchmark of a screen) replaces the run held before,
 * whole (no row of an older run stays behind); importing the same results again changes nothing.
 */
public final class ResultsImport {

    /**
     * A kind of result: the folder a Spark job writes, the table it goes to, its columns and the columns that name
     * one run of it.
     */
    record Kind(String folder, String table, List<String> columns, List<String> run) {
    }

    /** Columns added after their kind's first version: results written before them lack them, and get nulls. */
    private static final Set<String> ADDED_LATER = Set.of("stale_since", "with_data");

    /** The kinds of result, in the order they are imported. */
    static final List<Kind> KINDS = List.of(
            new Kind("screen", "screen_results", List.of("as_of", "vs", "symbol", "return_mtd_pct", "return_ytd_pct",
                    "volatility_20_pct", "beta_60", "correlation_60", "records_ytd", "breakout_252", "stale_since"),
                    List.of("as_of", "vs")),
            new Kind("stats", "stats_results", List.of("vs", "from_date", "to_date", "symbol", "sessions",
                    "volatility_pct", "beta", "correlation", "tracking_error_pct", "max_drawdown_pct"),
                    List.of("vs", "from_date", "to_date")),
            new Kind("records", "records_results", List.of("year", "as_of", "symbol", "date", "close",
                    "history_start"), List.of("year", "as_of")),
            new Kind("breakouts", "breakout_results", List.of("interval", "from_date", "to_date", "symbol", "n",
                    "time", "level", "direction", "touches", "held_minutes", "volume_ratio", "confirmed"),
                    List.of("interval", "from_date", "to_date")),
            new Kind("breadth", "breadth_results", List.of("index_symbol", "as_of", "members", "with_data",
                    "above_50d", "above_50d_pct", "advancers", "decliners", "unchanged", "new_highs", "new_lows",
                    "net_new_highs"), List.of("index_symbol", "as_of")),
            new Kind("concentration", "concentration_results", List.of("index_symbol", "as_of", "members",
                    "with_data", "weighting", "top_n", "top_weight_pct", "herfindahl", "effective_number", "period_start",
                    "cap_weighted_return_pct", "equal_weighted_return_pct", "cap_minus_equal_bp"),
                    List.of("index_symbol", "as_of", "top_n", "period_start")),
            new Kind("zombies", "zombie_results", List.of("index_symbol", "as_of", "symbol", "sector", "period_end",
                    "coverage", "zombie", "strict", "leverage", "floating_share", "market_cap", "total_debt",
                    "floating_rate_debt", "ebit", "interest_expense"), List.of("index_symbol", "as_of")));

    /** Runs listed by name in a report; more are counted. */
    private static final int RUNS_LISTED = 5;

    /**
     * What an import brought in.
     *
     * @param imported per kind, its rows and runs, e.g. "screen: 2,504 rows (2026-01-22 SPX)"
     * @param rows the rows stored, all kinds
     */
    public record Report(List<String> imported, long rows) {
    }

    private ResultsImport() {
    }

    /** Imports the results in {@code dir}, naming {@code source} as where they come from. */
    public static Report importResults(MarketStore store, Path dir, String source) {
        List<Kind> present = KINDS.stream().filter(kind -> Files.isDirectory(dir.resolve(kind.folder()))).toList();
        if (present.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no results: expected one of the folders "
                    + String.join(", ", KINDS.stream().map(Kind::folder).toList())
                    + " written by bellwether spark ... --out " + dir);
        }
        return store.writeState(connection -> {
            List<String> imported = new ArrayList<>();
            long rows = 0;
            for (Kind kind : present) {
                long added = importKind(connection, kind, dir.resolve(kind.folder()), source, imported);
                rows += added;
            }
            return new Report(imported, rows);
        });
    }

    /** The data generation the results were computed from, as the Spark job wrote it beside them, or null. */
    private static Long generation(Path folder) {
        Path file = folder.resolve(ParquetExport.GENERATION_FILE);
        try {
            return Files.exists(file) ? Long.valueOf(Files.readString(file).strip()) : null;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("the results " + folder + " have an unreadable "
                    + ParquetExport.GENERATION_FILE + " (" + e.getMessage() + "): run the Spark job again", e);
        }
    }

    private static long importKind(Connection connection, Kind kind, Path folder, String source, List<String> imported)
            throws SQLException {
        String files = folder.toAbsolutePath().toString().replace("'", "''") + "/*.parquet";
        String columns = String.join(", ", kind.columns());
        String run = String.join(", ", kind.run());
        try (Statement statement = connection.createStatement()) {
            List<String> missing = new ArrayList<>(kind.columns());
            try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + files + "')")) {
                while (described.next()) {
                    missing.remove(described.getString(1));
                }
            }
            List<String> absentLater = missing.stream().filter(ADDED_LATER::contains).toList();
            missing.removeAll(absentLater);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the results " + folder + " lack the columns "
                        + String.join(", ", missing) + " (expected: " + columns + ")");
            }
            String read = kind.columns().stream().map(column -> absentLater.contains(column) ? "NULL AS " + column
                    : column).collect(Collectors.joining(", "));
            statement.execute("CREATE TEMP TABLE incoming AS SELECT " + read + " FROM read_parquet('" + files
                    + "')");
            List<String> runs = new ArrayList<>();
            try (ResultSet keys = statement.executeQuery("SELECT DISTINCT " + run + " FROM incoming ORDER BY "
                    + run)) {
                while (keys.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= kind.run().size(); i++) {
                        values.add(String.valueOf(keys.getObject(i)));
                    }
                    runs.add(String.join(" ", values));
                }
            }
            statement.execute("DELETE FROM " + kind.table() + " WHERE (" + run + ") IN (SELECT DISTINCT " + run
                    + " FROM incoming)");
            long rows;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + kind.table() + " (" + columns
                    + ", source, imported_at, data_generation) SELECT " + columns + ", ?, now(), ? FROM incoming")) {
                insert.setString(1, source);
                insert.setObject(2, generation(folder)); // null: a dataset that did not say, never answered from
                rows = insert.executeUpdate();
            }
            statement.execute("DROP TABLE incoming");
            imported.add(kind.folder() + ": " + String.format(Locale.ROOT, "%,d", rows) + " rows (" + String.join(", ",
                    runs.subList(0, Math.min(RUNS_LISTED, runs.size()))) + (runs.size() > RUNS_LISTED ? " and "
                    + (runs.size() - RUNS_LISTED) + " more" : "") + ")");
            return rows;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("No files found")) {
                throw new IllegalArgumentException("the results folder " + folder + " holds no Parquet files");
            }
            throw e;
        }
    }
}
