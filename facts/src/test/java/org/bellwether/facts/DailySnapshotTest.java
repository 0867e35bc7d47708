package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bellwether.core.series.DailySeries;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.DailySnapshot;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar snapshot of the daily bars answers exactly as DuckDB does, and is never used once the store has
 * changed: the S&P 500 history the project ships plus a close-only series (NaN highs, lows and volumes).
 */
class DailySnapshotTest {

    @TempDir
    Path dir;

    MarketStore store;
    MarketData data;
    Imports imports;

    @BeforeEach
    void fillStore() throws IOException {
        store = MarketStore.at(dir.resolve("snapshot.duckdb"));
        imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Path.of("../data/real/SPX.csv"), BarOptions.defaults());
        imports.bars(Files.writeString(dir.resolve("close-only.csv"), """
                symbol,date,close
                ONLY,2019-12-30,10
                ONLY,2019-12-31,11
                ONLY,2020-01-02,10.5
                """), BarOptions.defaults());
        data = new MarketData(store);
    }

    @Test
    void every_symbol_read_through_the_snapshot_equals_the_read_through_duckdb() {
        LocalDate from = LocalDate.of(2019, 12, 31);
        Map<String, DailySeries> fromDuckDb = data.dailySince(List.of("SPX", "ONLY"), from);
        Map<String, double[]> historyFromDuckDb = data.historyBefore(LocalDate.of(2020, 1, 1));
        assertThat(DailySnapshot.openIfCurrent(store)).as("not written before a read of every symbol").isEmpty();

        Map<String, DailySeries> fromSnapshot = data.dailySince(null, from);

        assertThat(DailySnapshot.openIfCurrent(store)).isPresent();
        assertThat(fromSnapshot.keySet()).containsExactly("ONLY", "SPX");
        for (String symbol : fromDuckDb.keySet()) {
            DailySeries expected = fromDuckDb.get(symbol);
            DailySeries actual = fromSnapshot.get(symbol);
            assertThat(actual.days()).isEqualTo(expected.days());
            assertThat(actual.closes()).isEqualTo(expected.closes());
            assertThat(actual.highs()).isEqualTo(expected.highs());
            assertThat(actual.lows()).isEqualTo(expected.lows());
            assertThat(actual.volumes()).isEqualTo(expected.volumes());
        }
        assertThat(fromSnapshot.get("ONLY").highs()).containsOnly(Double.NaN);
        assertThat(fromSnapshot.get("SPX").size()).isEqualTo(fromDuckDb.get("SPX").size()).isGreaterThan(50);
        Map<String, double[]> historyFromSnapshot = data.historyBefore(LocalDate.of(2020, 1, 1));
        assertThat(historyFromSnapshot.keySet()).isEqualTo(historyFromDuckDb.keySet());
        historyFromDuckDb.forEach((symbol, expected) -> assertThat(historyFromSnapshot.get(symbol)).isEqualTo(expected));
        assertThat(historyFromSnapshot.get("ONLY")).containsExactly(11, LocalDate.of(2019, 12, 30).toEpochDay());
    }

    @Test
    void an_import_removes_the_snapshot_and_the_next_read_sees_the_new_bars() throws IOException {
        data.dailySince(null, LocalDate.MIN);
        assertThat(DailySnapshot.fileOf(store)).exists();
        long generation = store.generation();
        assertThat(DailySnapshot.openIfCurrent(store).orElseThrow().generation()).isEqualTo(generation);

        imports.bars(Files.writeString(dir.resolve("more.csv"), "symbol,date,close\nONLY,2020-01-03,12\n"),
                BarOptions.defaults());

        assertThat(DailySnapshot.fileOf(store)).doesNotExist();
        assertThat(data.dailySince(null, LocalDate.MIN).get("ONLY").closes()).containsExactly(10, 11, 10.5, 12);
        assertThat(DailySnapshot.openIfCurrent(store).orElseThrow().generation()).as("the import's")
                .isEqualTo(generation + 1).isEqualTo(store.generation());
        assertThat(data.source().generation()).as("what facts name").isEqualTo(generation + 1);
    }

    @Test
    void a_write_by_another_duckdb_client_makes_the_snapshot_unusable() throws SQLException {
        data.dailySince(null, LocalDate.MIN);
        assertThat(DailySnapshot.openIfCurrent(store)).isPresent();

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.file());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE daily_bars SET close = 20 WHERE symbol = 'ONLY' AND date = DATE '2020-01-02'");
        }

        assertThat(DailySnapshot.openIfCurrent(store)).isEmpty();
        assertThat(data.dailySince(null, LocalDate.MIN).get("ONLY").closes()).containsExactly(10, 11, 20);
    }

    @Test
    void temporaries_of_killed_writers_are_cleaned_up_by_the_next_one() throws IOException {
        Path abandoned = Files.writeString(dir.resolve("snapshot.duckdb.daily.123.tmp"), "half written");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path recent = Files.writeString(dir.resolve("snapshot.duckdb.daily.456.tmp"), "being written now");
        data.dailySince(null, LocalDate.MIN);
        assertThat(abandoned).doesNotExist();
        assertThat(recent).as("perhaps another writer's, still at work").exists();
    }

    @Test
    void a_copy_duckdb_cannot_make_leaves_no_snapshot_and_no_temporary() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            // a table the copy refuses midway (a NULL close), as DuckDB running out of memory would stop it
            statement.execute("CREATE TABLE daily_bars (symbol VARCHAR, date DATE, close DOUBLE, high DOUBLE, "
                    + "low DOUBLE, volume DOUBLE)");
            statement.execute("INSERT INTO daily_bars VALUES ('X', DATE '2020-01-02', 1, 1, 1, 1), "
                    + "('X', DATE '2020-01-03', NULL, 1, 1, 1)");
            statement.execute("CREATE TABLE instruments (source VARCHAR)");
            statement.execute("CREATE TABLE store_generation AS SELECT 1 AS generation");
            assertThat(DailySnapshot.write(store, DailySnapshot.Fingerprint.of(store).orElseThrow(), connection))
                    .isFalse();
        }
        assertThat(DailySnapshot.fileOf(store)).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(data.dailySince(List.of("ONLY"), LocalDate.MIN).get("ONLY").closes()).as("the store still answers")
                .containsExactly(10, 11, 10.5);
    }

    @Test
    void a_damaged_snapshot_is_ignored() throws IOException {
        data.dailySince(null, LocalDate.MIN);
        byte[] whole = Files.readAllBytes(DailySnapshot.fileOf(store));
        Files.write(DailySnapshot.fileOf(store), java.util.Arrays.copyOf(whole, whole.length - 8));
        assertThat(DailySnapshot.openIfCurrent(store)).isEmpty();

        Files.writeString(DailySnapshot.fileOf(store), "not a snapshot");
        assertThat(DailySnapshot.openIfCurrent(store)).isEmpty();
        assertThat(data.dailySince(List.of("ONLY"), LocalDate.MIN).get("ONLY").closes()).containsExactly(10, 11, 10.5);
    }
}
