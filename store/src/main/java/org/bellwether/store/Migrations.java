package org.bellwether.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema versions. Version N is reached by running the first N scripts in order, each in the
 * transaction that records it in {@code schema_version}; a store newer than this code is refused.
 */
final class Migrations {

    /** The migration scripts, oldest first; append only. */
    private static final List<String> SCRIPTS = List.of("V1__market_tables.sql", "V2__instrument_source.sql",
            "V3__alert_history.sql", "V4__screen_results.sql", "V5__spark_results.sql",
            "V6__store_generation.sql", "V7__import_undo.sql", "V8__concentration_coverage.sql",
            "V9__filing_date.sql",
            "V10__macro_release.sql", "V11__screen_stale_since.sql", "V12__fractional_volume.sql",
            "V13__import_retrieved_at.sql", "V14__corporate_actions.sql");

    /** The schema version this code writes and reads. */
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** The schema version of the attached catalog {@code catalog}: 0 for an empty database. */
    static int currentVersion(Connection connection, String catalog) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = '"
                    + catalog + "' AND table_name = 'schema_version'")) {
                tables.next();
                if (tables.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet version = statement.executeQuery(
                    "SELECT coalesce(max(version), 0) FROM " + catalog + ".main.schema_version")) {
                version.next();
                return version.getInt(1);
            }
        }
    }

    /** Brings the attached catalog {@code catalog} to {@link #LATEST}; the connection must have it as default. */
    static void migrate(Connection connection, String catalog, String file) throws SQLException {
        migrateTo(connection, catalog, file, LATEST);
    }

    /**
     * Brings the attached catalog {@code catalog} to {@code target} (a store as an older Bellwether left it), every
     * pending script in one transaction: all of them or none, and one commit to the file (a new store takes them all).
     */
    static void migrateTo(Connection connection, String catalog, String file, int target) throws SQLException {
        int current = currentVersion(connection, catalog);
        requireNotNewer(current, file);
        if (current >= target) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN TRANSACTION");
            int version = current + 1;
            try {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                        + "script VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
                for (; version <= target; version++) {
                    String script = SCRIPTS.get(version - 1);
                    statement.execute(read(script));
                    statement.execute("INSERT INTO schema_version VALUES (" + version + ", '" + script + "', now())");
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                rollback(connection);
                throw new StoreException("could not migrate the store " + file + " to schema version " + version
                        + " (" + SCRIPTS.get(Math.min(version, target) - 1) + "): " + e.getMessage(), e);
            }
        }
    }

    /** Rolls back after a failed statement (which may have closed its own statement), keeping the first error. */
    static void rollback(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the failure being reported matters; DuckDB has already aborted the transaction
        }
    }

    static void requireNotNewer(int version, String file) {
        if (version > LATEST) {
            throw new StoreException("the store " + file + " has schema version " + version
                    + ", written by a newer Bellwether; this one reads up to version " + LATEST + ". Upgrade Bellwether.");
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
