package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store left by every older Bellwether (each schema version from 1 up, built from its frozen schema) opens in this
 * one: migrated to the latest version on first open, the listener told, and the bars, instruments and alert history
 * it held still there. The frozen schemas are checked against the scripts, which are append-only.
 */
class MigrationsTest {

    @TempDir
    Path dir;

    static IntStream olderVersions() {
        return IntStream.range(1, Migrations.LATEST);
    }

    /**
     * The schema at {@code version} as an older Bellwether wrote it: frozen in the test resources, so that a store
     * built from it is what that release left, whatever today's scripts say.
     */
    private static String frozenSchema(int version) throws IOException {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("schemas/v" + version + ".sql")) {
            assertThat(in).as("schemas/v%d.sql: freeze each released schema (a new migration freezes the one before;"
                    + " the failing message of the_frozen_schemas_are_what_the_scripts_build shows it)", version)
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The DDL of every table of the attached catalog {@code catalog}, the rows scripts wrote, as SQL. */
    private static String schemaOf(Statement statement, String catalog) throws Exception {
        StringBuilder sql = new StringBuilder();
        try (ResultSet tables = statement.executeQuery("SELECT sql FROM duckdb_tables() WHERE database_name = '"
                + catalog + "' ORDER BY table_name")) {
            while (tables.next()) {
                sql.append(tables.getString(1).strip()).append("\n");
            }
        }
        try (ResultSet generation = statement.executeQuery("SELECT * FROM duckdb_tables() WHERE database_name = '"
                + catalog + "' AND table_name = 'store_generation'")) {
            if (generation.next()) {
                sql.append(rowsOf(statement, catalog + ".main.store_generation", "store_generation"));
            }
        }
        try (ResultSet versions = statement.executeQuery("SELECT version, script FROM " + catalog
                + ".main.schema_version ORDER BY version")) {
            while (versions.next()) {
                sql.append("INSERT INTO schema_version VALUES (").append(versions.getInt(1)).append(", '")
                        .append(versions.getString(2)).append("', TIMESTAMPTZ '2026-01-01 00:00:00+00');\n");
            }
        }
        return sql.toString();
    }

    /** The one row a script wrote (V6 starts the data generation at 1), as an INSERT. */
    private static String rowsOf(Statement statement, String table, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            StringBuilder sql = new StringBuilder();
            while (rows.next()) {
                sql.append("INSERT INTO ").append(name).append(" VALUES (").append(rows.getLong(1)).append(");\n");
            }
            return sql.toString();
        }
    }

    private static String withoutComments(String sql) {
        return sql.lines().filter(line -> !line.startsWith("--")).map(line -> line + "\n")
                .collect(Collectors.joining());
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("olderVersions")
    void the_frozen_schemas_are_what_the_scripts_build(int version) throws Exception {
        Path file = dir.resolve("scripted-v" + version + ".duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + file + "' AS old");
            statement.execute("USE old");
            Migrations.migrateTo(connection, "old", file.toString(), version);
            assertThat(withoutComments(frozenSchema(version))).as("an older migration script was edited: released "
                    + "stores were built by the frozen one; append a new script instead").isEqualTo(
                            schemaOf(statement, "old"));
        }
    }

    /** A store as the release at schema {@code version} left it, with a bar and an instrument (and an alert). */
    private Path storeAt(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + file + "' AS old");
            statement.execute("USE old");
            statement.execute(frozenSchema(version));
            statement.execute("INSERT INTO instruments (symbol, name, kind) VALUES ('OLD', 'Old Index', 'INDEX')");
            statement.execute("INSERT INTO daily_bars (symbol, date, high, low, close, volume) VALUES "
                    + "('OLD', DATE '2020-01-02', 11, 10, 10.5, 1000), ('OLD', DATE '2020-01-03', 12, 10.5, 11.75, 2000)");
            if (version >= 3) {
                statement.execute("INSERT INTO alert_history VALUES ('k1', 'r', 'breakout', 'warning', 'OLD', "
                        + "TIMESTAMPTZ '2020-01-03 15:00:00+00', DATE '2020-01-03', '{}', 'OLD broke out.', "
                        + "TIMESTAMPTZ '2020-01-03 15:00:01+00', true)");
            }
            statement.execute("USE memory");
            statement.execute("DETACH old");
        }
        return file;
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("olderVersions")
    void a_store_of_an_older_version_opens_migrated_with_its_data(int version) throws Exception {
        Path file = storeAt(version);
        List<String> told = new ArrayList<>();
        MarketStore store = MarketStore.at(file).withLockWait(MarketStore.at(file).lockWait(), told::add);
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement()) {
            try (ResultSet schema = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                schema.next();
                assertThat(schema.getInt(1)).isEqualTo(Migrations.LATEST);
            }
            try (ResultSet bars = statement.executeQuery("SELECT date, close, volume FROM daily_bars ORDER BY date")) {
                assertThat(bars.next()).isTrue();
                assertThat(bars.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2020, 1, 2));
                assertThat(bars.getDouble(2)).isEqualTo(10.5);
                assertThat(bars.getDouble(3)).isEqualTo(1000.0);
                assertThat(bars.next()).isTrue();
                assertThat(bars.getDouble(2)).isEqualTo(11.75);
                assertThat(bars.next()).isFalse();
            }
            if (version >= 3) {
                try (ResultSet alerts = statement.executeQuery("SELECT key, delivered FROM alert_history")) {
                    assertThat(alerts.next()).isTrue();
                    assertThat(alerts.getString(1)).isEqualTo("k1");
                    assertThat(alerts.getBoolean(2)).isTrue();
                }
            }
        }
        assertThat(told).singleElement().asString().endsWith("from schema version " + version + " to "
                + Migrations.LATEST);
        assertThat(SymbolSummary.list(store)).singleElement().satisfies(old -> {
            assertThat(old.name()).isEqualTo("Old Index");
            assertThat(old.dailyBars()).isEqualTo(2);
        });
        assertThat(store.generation()).isNotNegative();
        int written = store.writeState(connection -> 1);
        assertThat(written).as("writable after the migration").isEqualTo(1);
    }
}
